// Folding makes a search match what a reader would call the same text: "LED" finds "led", and
// "村（居）" typed with full-width brackets finds "村(居)" and the other way round.
//
// Both the indexed text and the query are folded by this one function, so SQLite and
// PostgreSQL match the same way. It never changes the length of a string (in UTF-16 code
// units): a match found in the folded text sits at the same place in the original, which is how
// snippets show the original text around it.

/** Full-width ASCII forms (！ to ～) are their ASCII counterpart plus this offset. */
const fullWidthOffset = 0xff01 - 0x21;

function foldChar(char: string): string {
  const code = char.codePointAt(0)!;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - fullWidthOffset).toLowerCase();
  // The ideographic space is a space.
  if (code === 0x3000) return " ";
  const lower = char.toLowerCase();
  // A few letters lower-case into more than one code unit (İ → i̇); keep those as they are.
  return lower.length === char.length ? lower : char;
}

export function foldText(text: string): string {
  let folded = "";
  for (const char of text) folded += foldChar(char);
  return folded;
}
