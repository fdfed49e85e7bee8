// Copies of the same report differ in width and spacing: （一） or (一), ： or :, full-width
// spaces, EN spaces or no-break spaces for indentation. Patterns match one canonical form;
// the text kept in the result is always the text as written.

// JS \s covers NBSP, EN/EM spaces, U+3000 and the BOM; zero-width spaces come from web copies too.
const edgeSpaces = /^[\s\u200b-\u200d\u2060]+|[\s\u200b-\u200d\u2060]+$/g;
const allSpaces = /[\s\u200b-\u200d\u2060]+/g;

/** The paragraph without leading and trailing spaces of any kind. */
export function trimSpaces(text: string): string {
  return text.replace(edgeSpaces, "");
}

/** The text with every space removed: "部  门" and "字 号:" as their labels read. */
export function compact(text: string): string {
  return text.replace(allSpaces, "");
}

/**
 * Full-width ASCII forms (（ ） ： ， ． ０-９ Ａ-Ｚ) as their half-width twins, one character for
 * one, so positions found in the folded text hold in the original.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Both folds at once, for matching labels and patterns. */
export function matchForm(text: string): string {
  return foldWidth(compact(text));
}
