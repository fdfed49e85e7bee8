// The passage a search result shows: a window of the paragraph around the first match, with
// every match marked. Parts are plain strings; the page renders matches as <mark> elements, so
// nothing from a report ever becomes HTML.
import { foldText } from "./fold-text";

export type TextPart = { text: string; isMatch: boolean };

export type Snippet = {
  parts: TextPart[];
  /** The window starts or ends inside its paragraph (the page shows an ellipsis there). */
  isCutBefore: boolean;
  isCutAfter: boolean;
};

type Range = { start: number; end: number };

/** Characters shown before the first match, and the window's whole length (UTF-16 units). */
const leadIn = 30;
const windowLength = 120;

/** Every occurrence of every term, merged where they overlap; `folded` is foldText(text). */
export function findMatches(folded: string, terms: string[]): Range[] {
  const ranges: Range[] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      ranges.push({ start: at, end: at + term.length });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** The text cut into plain and matching parts, for highlighting a short text such as a title. */
export function highlight(text: string, terms: string[]): TextPart[] {
  return split(text, 0, text.length, findMatches(foldText(text), terms));
}

export type SnippetOptions = {
  /** Look for the first match from here on (e.g. past the title line). */
  from?: number;
  /** `text` is itself cut out of a longer paragraph at its start / its end. */
  cutBefore?: boolean;
  cutAfter?: boolean;
};

/**
 * A window around the first match, kept inside its paragraph (a line of `text`). Null when
 * nothing matches.
 */
export function makeSnippet(text: string, terms: string[], options: SnippetOptions = {}): Snippet | null {
  const matches = findMatches(foldText(text), terms).filter((m) => m.start >= (options.from ?? 0));
  const first = matches[0];
  if (!first) return null;

  const lineStart = text.lastIndexOf("\n", first.start - 1) + 1;
  const lineEndAt = text.indexOf("\n", first.start);
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  let start = Math.max(lineStart, first.start - leadIn);
  const end = Math.min(lineEnd, Math.max(start + windowLength, first.end));
  // Near the paragraph's end, show more of what comes before instead of a short window.
  start = Math.max(lineStart, Math.min(start, end - windowLength));
  const [from, to] = [avoidSplitPair(text, start), avoidSplitPair(text, end)];

  return {
    parts: split(text, from, to, matches),
    isCutBefore: from > lineStart || (from === 0 && Boolean(options.cutBefore)),
    isCutAfter: to < lineEnd || (to === text.length && Boolean(options.cutAfter)),
  };
}

function split(text: string, from: number, to: number, matches: Range[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = from;
  for (const match of matches) {
    const start = Math.max(match.start, from);
    const end = Math.min(match.end, to);
    if (end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), isMatch: false });
    parts.push({ text: text.slice(start, end), isMatch: true });
    at = end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), isMatch: false });
  return parts;
}

/** Moves a cut that would fall inside a surrogate pair (e.g. 𠀀) to the pair's start. */
function avoidSplitPair(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return index > 0 && code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}
