// Folding makes a search match what a reader would call the same text: "LED" finds "led", and
// "村（居）" typed with full-width brackets finds "村(居)" and the other way round.
//
// Both the indexed text and the query are folded by this one function, so SQLite and
// PostgreSQL match the same way. It never changes the length of a string (in UTF-16 code
// units): a match found in the folded text sits at the same place in the original, which is how
// snippets show the original text around it.

/** Full-width ASCII forms (！ to ～) are their ASCII counterpart plus this offset. */
const fullWidthOffset = 0xff01 - 0x21;

function halfWidth(char: string): string {
  // The ideographic space is a space.
  return char === "\u3000" ? " " : String.fromCharCode(char.charCodeAt(0) - fullWidthOffset);
}

/** Lower case one character at a time, keeping the few that lower-case longer (İ → i̇). */
function lowerEach(text: string): string {
  let lower = "";
  for (const char of text) {
    const folded = char.toLowerCase();
    lower += folded.length === char.length ? folded : char;
  }
  return lower;
}

export function foldText(text: string): string {
  // Lower-casing never shortens a string, so the same length means every character kept its
  // own: the fast path for almost every text.
  const whole = text.toLowerCase();
  const lower = whole.length === text.length ? whole : lowerEach(text);
  return lower.replace(/[\uff01-\uff5e\u3000]/g, halfWidth);
}
