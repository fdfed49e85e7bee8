// Search words reach SQL only as bound parameters; these make each one mean its literal
// characters in the two small languages parameters are read in: FTS5 queries and LIKE patterns.

/** An FTS5 string: the term as one phrase, its characters literal (", *, :, ^, AND, NEAR…). */
export function ftsPhrase(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** A LIKE pattern for the term anywhere in the text, for use with ESCAPE '\'. */
export function likeContains(term: string): string {
  return `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * The upper bound of a range holding every string that starts with `prefix`: no character
 * sorts after U+10FFFF in either database's byte-wise (UTF-8) order.
 */
export function prefixUpperBound(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}
