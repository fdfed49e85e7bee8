// The signature block of a document without a seal (GB/T 9704-2012 §7.3.5.3): the issuing
// office's name right-indented two characters, the date on the next line starting two
// characters further right than the name; when the date is the longer line, the date keeps
// the two-character indent and the name moves left to stay two characters before it.

/** Width in characters of 3号 text: Chinese characters take one, half-width digits and letters half. */
export function widthInChars(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! < 0x2e80 ? 0.5 : 1;
  return width;
}

/** Right indents, in characters, of the office's name and the date below it. */
export function signatureIndents(publisher: string, date: string): { publisher: number; date: number } {
  const name = widthInChars(publisher);
  const dated = widthInChars(date);
  const dateIndent = Math.max(2, name - dated);
  return { publisher: dateIndent + dated + 2 - name, date: dateIndent };
}
