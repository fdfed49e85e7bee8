// Pure text diff for section history: paragraphs are aligned first, then changed paragraphs are
// compared word by word. Chinese has no spaces, so words come from Intl.Segmenter's dictionary;
// runs it cannot split into words (unknown names, odd symbols) come back as single characters,
// which makes the diff character-level exactly where word boundaries are unknown.
import { diffArrays } from "diff";
import { toParagraphs } from "@/lib/reports/numbering";

export type DiffPartType = "same" | "added" | "removed";
export type DiffPart = { type: DiffPartType; text: string };
/** One paragraph of the comparison: a wholly added or removed paragraph is a single part. */
export type DiffParagraph = DiffPart[];

// Two paragraphs sharing less than this share of their words are shown as one removed and one
// added paragraph rather than as an edit riddled with changes.
const minSimilarity = 0.4;
// Pairing compares every removed paragraph with every added one; past this many pairs a block
// is shown as removed-then-added, which is still correct, only coarser.
const maxPairings = 2_500;

const segmenter = typeof Intl !== "undefined" && "Segmenter" in Intl ? new Intl.Segmenter("zh", { granularity: "word" }) : null;

/** Words (and punctuation, digits, spaces) in order; joined they give back the text. */
export function tokenize(text: string): string[] {
  if (!segmenter) return Array.from(text);
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

function push(parts: DiffPart[], type: DiffPartType, text: string) {
  if (!text) return;
  const last = parts.at(-1);
  if (last && last.type === type) last.text += text;
  else parts.push({ type, text });
}

function typeOf(change: { added: boolean; removed: boolean }): DiffPartType {
  return change.added ? "added" : change.removed ? "removed" : "same";
}

/** Word-level diff of one line of text (a title or a paragraph). */
export function diffWords(oldText: string, newText: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffArrays(tokenize(oldText), tokenize(newText))) push(parts, typeOf(change), change.value.join(""));
  return parts;
}

function similarity(a: string, b: string): number {
  const oldTokens = tokenize(a);
  const newTokens = tokenize(b);
  const total = oldTokens.length + newTokens.length;
  if (total === 0) return 1;
  const common = diffArrays(oldTokens, newTokens)
    .filter((c) => !c.added && !c.removed)
    .reduce((sum, c) => sum + c.count, 0);
  return (2 * common) / total;
}

/**
 * A block of removed paragraphs followed by added ones: pairs each removed paragraph with the
 * most similar added one after the previous pair (so order is kept), and diffs each pair word
 * by word. Unpaired paragraphs stay wholly removed or added, in their original order.
 */
function diffBlock(removed: string[], added: string[]): DiffParagraph[] {
  const pairs: [number, number][] = [];
  if (removed.length * added.length <= maxPairings) {
    let from = 0;
    for (let i = 0; i < removed.length && from < added.length; i++) {
      let best = -1;
      let bestScore = minSimilarity;
      for (let j = from; j < added.length; j++) {
        const score = similarity(removed[i], added[j]);
        if (score >= bestScore && (best === -1 || score > bestScore)) {
          best = j;
          bestScore = score;
        }
      }
      if (best !== -1) {
        pairs.push([i, best]);
        from = best + 1;
      }
    }
  }

  const out: DiffParagraph[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [removed.length, added.length] as [number, number]]) {
    for (; i < pi; i++) out.push([{ type: "removed", text: removed[i] }]);
    for (; j < pj; j++) out.push([{ type: "added", text: added[j] }]);
    if (pi < removed.length) {
      out.push(diffWords(removed[pi], added[pj]));
      i = pi + 1;
      j = pj + 1;
    }
  }
  return out;
}

/** Paragraph-aware, word-level diff of two section bodies (paragraphs are lines; blank lines carry no meaning). */
export function diffText(oldText: string, newText: string): DiffParagraph[] {
  const out: DiffParagraph[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    if (removed.length || added.length) out.push(...diffBlock(removed, added));
    removed = [];
    added = [];
  };
  for (const change of diffArrays(toParagraphs(oldText), toParagraphs(newText))) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flush();
      for (const paragraph of change.value) out.push([{ type: "same", text: paragraph }]);
    }
  }
  flush();
  return out;
}

/** Whether a comparison found any difference at all. */
export function hasDifferences(paragraphs: DiffPart[][]): boolean {
  return paragraphs.some((parts) => parts.some((p) => p.type !== "same"));
}
