// GB/T 9704-2012 (DESIGN.md §7) in Word's units: twips (1/20 pt) for lengths, half-points for
// font sizes. Offices that have the official fonts see the exact layout; others get the ASCII
// fallbacks for Latin text and their own substitutes for the Chinese names.

export const page = {
  /** A4: 210 × 297 mm. */
  width: 11906,
  height: 16838,
  /**
   * 天头 37 mm, bottom 35 mm, 订口 28 mm, right 26 mm: a 156 × 225 mm text block. The footer,
   * 25 mm from the page's edge, puts the page number's dashes about 7 mm below the text (§7.5).
   */
  margin: { top: 2098, bottom: 1984, left: 1588, right: 1474, header: 851, footer: 1417 },
} as const;

/** Exact line spacing in twentieths of a point (28.95 pt): 22 lines fill the 225 mm text block. */
export const linePitch = 579;

/**
 * 28 characters of 3号 on the 156 mm line (442.2 pt) need a pitch of at most 15.79 pt: each
 * character is set 0.25 pt tighter (twentieths of a point). Word's own 公文 templates get there
 * with a character grid (docGrid charSpace), but LibreOffice lays a 16 pt character over two
 * cells of such a grid and spreads every line out; character spacing reads the same everywhere.
 */
export const textCharSpacing = -5;

/** Font sizes in half-points: 2号 title, 3号 text, 4号 page numbers. */
export const size = { title: 44, text: 32, pageNumber: 28 } as const;

/** One character of 3号 text, in twips: indents are counted in characters. */
export const textChar = 320;
/** One character of 4号, in twips: page numbers sit one character in from the text block's edge. */
export const pageNumberChar = 280;

export type FontSet = { eastAsia: string; ascii: string };

/** Per kind of text: the official East-Asian font, and a Latin face every office has for digits. */
export const fonts = {
  title: { eastAsia: "方正小标宋简体", ascii: "Times New Roman" },
  text: { eastAsia: "仿宋_GB2312", ascii: "Times New Roman" },
  heading1: { eastAsia: "黑体", ascii: "Arial" },
  heading2: { eastAsia: "楷体_GB2312", ascii: "Times New Roman" },
  pageNumber: { eastAsia: "宋体", ascii: "Times New Roman" },
} satisfies Record<string, FontSet>;
