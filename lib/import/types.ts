// The shapes an import passes through: source paragraphs (from pasted text, a .txt or a .docx),
// each paragraph's role as the splitter sees it, and the split report the preview and the
// `npm run split` command show. Pure data: the browser's preview re-assembles these itself.

/** One paragraph of the source, with what Word said about it where it came from a .docx. */
export type SourceLine = {
  /** The paragraph's text as in the source, leading spaces included. */
  text: string;
  /** Word's heading style (标题 1 → 1, 标题 2 → 2 …), when the paragraph had one. */
  styleLevel?: number;
  /** Word's automatic numbering: the marker Word shows ("一、", "（一）", "1.") and its level (0-based). */
  listMarker?: string;
  listLevel?: number;
  /** How many characters at the paragraph's start are bold (the whole length when it all is). */
  boldPrefix?: number;
};

export type LineRole =
  | "blank"
  /** Web page or document furniture: navigation, metadata, share bar, view counter, signature… */
  | "furniture"
  | "title"
  | "heading"
  | "body";

export type HeadingLevel = 1 | 2 | 3;

export type ClassifiedLine = {
  /** Position in the SourceLine[] the classification was made from. */
  index: number;
  /** The paragraph with leading and trailing spaces of any kind removed. */
  text: string;
  role: LineRole;
  /** For headings. */
  level?: HeadingLevel;
  /** For headings: the numbering marker as written ("一、", "(一)", "1."), "" for an unnumbered one. */
  marker?: string;
  /** For headings: the heading phrase without the marker. */
  heading?: string;
  /** For a heading run into its paragraph: the body text that follows the heading phrase. */
  rest?: string;
  /** For furniture: what it was recognised as, in Chinese ("导航栏", "浏览次数", "落款"…). */
  reason?: string;
  /** Values furniture carried: a 成文日期/发布日期 (yyyy-mm-dd) or a 字号. */
  date?: string;
  docNumber?: string;
};

export type SplitSection = {
  level: HeadingLevel;
  marker: string;
  heading: string;
  paragraphs: string[];
};

export type SplitReport = {
  title: string | null;
  /** yyyy-mm-dd */
  date: string | null;
  docNumber: string | null;
  /** Every furniture line left out, as it stood in the source (trimmed), in source order. */
  removed: string[];
  /** Body paragraphs before the first heading (an opening paragraph such as "现将有关情况报告如下"). */
  preamble: string[];
  sections: SplitSection[];
};
