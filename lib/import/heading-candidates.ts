// Each line's claim to be a heading, before its siblings are compared: its numbering (written,
// or Word's automatic numbering), how its phrase reads, and what Word's formatting says. A
// heading style or a bold run decides outright; the wording only proposes.
import { readMarker, readPhrase, type MarkerKind, type Strength } from "@/lib/import/heading-patterns";
import { trimSpaces } from "@/lib/import/text-forms";
import type { HeadingLevel, SourceLine } from "@/lib/import/types";

export type Candidate = {
  kind: MarkerKind | "unnumbered";
  /** As written; "" for an unnumbered heading. */
  marker: string;
  /** "sentence": numbered, but reads as a paragraph. "certain": Word's style or bold says so. */
  strength: Strength | "sentence" | "certain";
  heading: string;
  rest?: string;
  /** Word's heading level, when the paragraph had a heading style. */
  styleLevel?: HeadingLevel;
};

const maxBoldHeading = 60;
const maxUnnumberedBold = 40;

function asStyleLevel(level: number | undefined): HeadingLevel | undefined {
  return level === 1 || level === 2 || level === 3 ? level : undefined;
}

function leadingSpaces(raw: string): number {
  return raw.length - raw.replace(/^[\s\u200b-\u200d\u2060]+/, "").length;
}

/** The heading a bold prefix marks: everything bold after the marker. */
function boldHeading(text: string, afterStart: number, boldEnd: number): { heading: string; rest?: string } | null {
  if (boldEnd <= afterStart) return null;
  if (boldEnd >= text.length) return text.length - afterStart <= maxBoldHeading ? { heading: text.slice(afterStart) } : null;
  const heading = text.slice(afterStart, boldEnd).trimEnd();
  const rest = trimSpaces(text.slice(boldEnd));
  return heading ? { heading, rest: rest || undefined } : null;
}

/** A whole short line in bold with no marker: a sub-heading some reports leave unnumbered. */
function isShortBoldLine(bold: { heading: string; rest?: string }): boolean {
  return bold.rest === undefined && bold.heading.length <= maxUnnumberedBold && !/[。：:；;]/.test(bold.heading);
}

export function readCandidate(line: SourceLine, text: string): Candidate | null {
  const written = readMarker(text);
  const listed = written ? null : line.listMarker ? readMarker(trimSpaces(line.listMarker)) : null;
  const kind = written?.kind ?? listed?.kind ?? "unnumbered";
  const marker = written ? written.marker.trimEnd() : listed ? trimSpaces(line.listMarker!) : "";
  const afterStart = written ? written.end + (text.slice(written.end).length - text.slice(written.end).trimStart().length) : 0;
  const after = text.slice(afterStart);

  const styleLevel = asStyleLevel(line.styleLevel);
  if (styleLevel && after) return { kind, marker, strength: "certain", heading: after, styleLevel };

  if (line.boldPrefix !== undefined && line.boldPrefix > 0) {
    const bold = boldHeading(text, afterStart, line.boldPrefix - leadingSpaces(line.text));
    if (bold && (kind !== "unnumbered" || isShortBoldLine(bold))) {
      return { kind, marker, strength: "certain", ...bold };
    }
  }
  if (kind === "unnumbered") return null;

  const phrase = readPhrase(after);
  if (phrase.form === "sentence") return { kind, marker, strength: "sentence", heading: "" };
  if (phrase.form === "own-line") return { kind, marker, strength: phrase.strength, heading: phrase.heading };
  const rest = trimSpaces(phrase.rest);
  return { kind, marker, strength: phrase.strength, heading: phrase.heading.trimEnd(), rest: rest || undefined };
}
