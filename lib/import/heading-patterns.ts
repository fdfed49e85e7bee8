// The numbering of report headings — 一、 (level 1), （一） (level 2), 1. 1、 1． （1） (level 3,
// or level 2 directly under a level 1) — and how far the heading phrase after it runs: the whole
// line, up to the 。 or ： that closes a heading run into its paragraph, or, where copying lost
// the formatting, up to a known heading phrase with the text glued on.
import { foldWidth } from "@/lib/import/text-forms";
import { startsWithTemplateTitle } from "@/lib/import/template-titles";

export type MarkerKind = "cn" | "paren-cn" | "arabic" | "paren-arabic";

/** Higher in the outline first: a new 一、 ends a run of （一）, a new （一） a run of 1. */
export const markerRank: Record<MarkerKind, number> = { cn: 1, "paren-cn": 2, arabic: 3, "paren-arabic": 4 };

export type Marker = { kind: MarkerKind; marker: string; end: number };

const cnNumeral = "[一二三四五六七八九十]{1,3}";
const markerPatterns: [MarkerKind, RegExp][] = [
  ["cn", new RegExp(`^${cnNumeral}\\s*(?:、|\\.(?!\\d))`)],
  ["paren-cn", new RegExp(`^\\(${cnNumeral}\\)(?:\\s*[、.](?!\\d))?`)],
  // "1." but not "1.5亿元"; "2022年" has no dot and is no marker.
  ["arabic", /^\d{1,2}\s*(?:[、.](?!\d))/],
  ["paren-arabic", /^\(\d{1,2}\)(?:\s*[、.](?!\d))?/],
];

/** The numbering at the start of the (trimmed) line, as written, and where it ends. */
export function readMarker(text: string): Marker | null {
  const folded = foldWidth(text);
  for (const [kind, pattern] of markerPatterns) {
    const match = pattern.exec(folded);
    if (match) return { kind, marker: text.slice(0, match[0].length), end: match[0].length };
  }
  return null;
}

/** What a numbered line (or one Word numbered) says after its marker. */
export type PhraseReading =
  | { form: "own-line"; strength: Strength; heading: string }
  | { form: "run-in"; strength: Strength; heading: string; rest: string }
  | { form: "sentence" };

/** strong: reads as a heading on its own; weak: a heading only among sibling headings. */
export type Strength = "strong" | "weak";

/** A run-in heading phrase is short; 31–45 characters pass only among sibling headings. */
const strongRunIn = 30;
const weakRunIn = 45;
const strongOwnLine = 45;
const weakOwnLine = 60;

const sentenceEnd = /[。；;!?！？…]$/;
const commas = /[,，]/g;

function countCommas(text: string): number {
  return text.match(commas)?.length ?? 0;
}

/** The first 。 or ： outside quotes and book-title marks. */
function headingEnd(folded: string): number {
  let depth = 0;
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i];
    if (ch === "“" || ch === "《" || ch === "‘") depth++;
    else if ((ch === "”" || ch === "》" || ch === "’") && depth > 0) depth--;
    else if (depth === 0 && (ch === "。" || ch === ":")) return i;
  }
  return -1;
}

// What starts the body text glued onto a heading phrase when copying dropped the line break.
const bodyOpener =
  /^(\d{4}年|今年|去年|全年|近年来|近年|年初以来|根据|按照|为进一步|为深入|为切实|为全面|围绕|我(镇|乡|街道|局|区|县|委|办|市|单位|们)|本(镇|乡|街道|局|区|县|单位|年度)|(镇|乡|街道|区|县|局)(党委|政府|党工委|办事处|党组|委员会)|一是|首先)/;
const headingSuffix = /(情况|工作|建设|成效|举措|问题|不足|原因|安排|计划|打算|机制|体系)/g;

/** A heading phrase glued to its text without a delimiter: "学习贯彻习近平法治思想情况根据区委要求…". */
function gluedHeadingEnd(text: string): { end: number; strength: Strength } | null {
  const template = startsWithTemplateTitle(text);
  if (template > 0 && template < text.length) return { end: template, strength: "strong" };
  const clause = text.slice(0, strongRunIn + 1).split(/[,，。;；:]/)[0];
  for (const match of clause.matchAll(headingSuffix)) {
    const end = match.index + match[0].length;
    if (end >= 6 && bodyOpener.test(text.slice(end))) return { end, strength: "weak" };
  }
  return null;
}

/** Reads the text after a marker (already trimmed of the spaces after the marker). */
export function readPhrase(after: string): PhraseReading {
  if (after === "") return { form: "sentence" };
  const folded = foldWidth(after);
  const end = headingEnd(folded);
  if (end === -1 || end === folded.length - 1) {
    if (sentenceEnd.test(folded) && !folded.endsWith("。")) return { form: "sentence" };
    // A line closed by 。 stands as a heading only when it is a short phrase: "（一）加强组织领导。"
    const canStandAlone = !folded.endsWith("。") || (after.length <= strongRunIn + 1 && countCommas(after) <= 1);
    if (canStandAlone && after.length <= strongOwnLine && countCommas(after) <= 2) {
      return { form: "own-line", strength: "strong", heading: after };
    }
    if (canStandAlone && after.length <= weakOwnLine && countCommas(after) <= 3) {
      return { form: "own-line", strength: "weak", heading: after };
    }
    return readGlued(after);
  }
  const heading = after.slice(0, end + 1);
  const rest = after.slice(end + 1);
  if (end <= strongRunIn && countCommas(heading) <= 2) return { form: "run-in", strength: "strong", heading, rest };
  if (end <= weakRunIn && countCommas(heading) <= 3) return { form: "run-in", strength: "weak", heading, rest };
  return readGlued(after);
}

function readGlued(after: string): PhraseReading {
  const glued = gluedHeadingEnd(after);
  if (!glued) return { form: "sentence" };
  return { form: "run-in", strength: glued.strength, heading: after.slice(0, glued.end), rest: after.slice(glued.end) };
}
