// The splitter's reading of a source, one role per paragraph: page furniture (with what it
// carried: a date, a 字号), the title, headings with their level, marker and phrase, and body
// text. The preview shows this and lets the user correct it; assembleReport builds the report.
import { isLabelValue, matchFurniture, type FurnitureMatch } from "@/lib/import/furniture";
import { readCandidate, type Candidate } from "@/lib/import/heading-candidates";
import { assignLevels } from "@/lib/import/heading-levels";
import { readMarker } from "@/lib/import/heading-patterns";
import { readDate } from "@/lib/import/read-date";
import { findSignature } from "@/lib/import/signature";
import { settleSiblings } from "@/lib/import/sibling-headings";
import { matchForm, trimSpaces } from "@/lib/import/text-forms";
import { findTitleLines } from "@/lib/import/title-lines";
import type { ClassifiedLine, HeadingLevel, SourceLine } from "@/lib/import/types";
import { isUnnumberedHeading, type Neighbour } from "@/lib/import/unnumbered-headings";

type Furniture = (FurnitureMatch | null)[];

function nextNonBlank(texts: string[], from: number): number {
  let i = from + 1;
  while (i < texts.length && texts[i] === "") i++;
  return i < texts.length ? i : -1;
}

/** A label alone on its line ("索引号：", "字号：") takes the line under it as its value. */
function attachLabelValues(texts: string[], furniture: Furniture): void {
  furniture.forEach((match, i) => {
    const kind = match?.awaitsValue;
    if (!match || !kind) return;
    const j = nextNonBlank(texts, i);
    if (j === -1 || (furniture[j] && furniture[j].reason !== "孤立的日期")) return;
    const value = texts[j];
    if (!isLabelValue(value) || readMarker(value) || /(报告|总结)$/.test(matchForm(value))) return;
    const date = kind === "date" ? readDate(value) : null;
    furniture[j] = { reason: match.reason, ...(date ? { date } : {}), ...(kind === "docNumber" ? { docNumber: value } : {}) };
  });
}

function markDocumentFurniture(texts: string[], furniture: Furniture): Set<number> {
  const titles = findTitleLines(texts, (i) => furniture[i] !== null);
  for (const i of titles.repeated) furniture[i] = { reason: "重复的标题" };
  for (const i of titles.pageHead) furniture[i] = { reason: "页头" };
  const title = new Set(titles.title);
  const signature = findSignature(texts, (i) => furniture[i] !== null || title.has(i));
  for (const i of signature?.lines ?? []) {
    const date = i === signature!.dateLine ? signature!.date : null;
    furniture[i] = { reason: "落款", ...(date ? { date } : {}) };
  }
  // After the signature only a note in brackets may follow (附注, such as "（此件公开发布）" or the
  // app's own correction note): part of the document, but no section's text.
  if (signature) {
    for (let i = signature.dateLine + 1; i < texts.length; i++) {
      if (texts[i] !== "" && furniture[i] === null && /^[(（].*[)）]$/.test(texts[i])) furniture[i] = { reason: "附注" };
    }
  }
  return title;
}

function furnitureLine(index: number, text: string, match: FurnitureMatch): ClassifiedLine {
  const line: ClassifiedLine = { index, text, role: "furniture", reason: match.reason };
  if (match.date) line.date = match.date;
  if (match.docNumber !== undefined) line.docNumber = match.docNumber;
  return line;
}

function headingLine(index: number, text: string, candidate: Candidate, level: HeadingLevel): ClassifiedLine {
  const line: ClassifiedLine = { index, text, role: "heading", level, marker: candidate.marker, heading: candidate.heading };
  if (candidate.rest) line.rest = candidate.rest;
  return line;
}

function neighbour(line: ClassifiedLine | undefined): Neighbour | null {
  if (!line) return null;
  const role = line.role === "body" || line.role === "heading" ? line.role : "other";
  return { role, text: line.text, isUnnumbered: line.role === "heading" && line.marker === "" };
}

/** Unnumbered sub-headings sit one level under the numbered heading before them. */
function markUnnumberedHeadings(result: ClassifiedLine[], candidates: (Candidate | null)[], accepted: boolean[]): void {
  let parent: number | null = null;
  let previous: ClassifiedLine | undefined;
  const texts = result.map((line) => (line.role === "blank" ? "" : line.text));
  result.forEach((line, i) => {
    if (line.role === "blank") return;
    if (line.role === "heading") parent = line.level ?? parent;
    const candidate = candidates[i];
    if (line.role === "body" && parent !== 3) {
      const next = result[nextNonBlank(texts, i)];
      const isBold = candidate?.kind === "unnumbered" && accepted[i];
      if (isBold || isUnnumberedHeading(line.text, neighbour(previous), neighbour(next))) {
        const level = (parent === null ? 1 : parent + 1) as HeadingLevel;
        result[i] = headingLine(line.index, line.text, candidate ?? { kind: "unnumbered", marker: "", strength: "strong", heading: line.text }, level);
      }
    }
    previous = result[i];
  });
}

export function classifyLines(lines: SourceLine[]): ClassifiedLine[] {
  const texts = lines.map((line) => trimSpaces(line.text));
  const furniture: Furniture = texts.map((text) => (text ? matchFurniture(text) : null));
  attachLabelValues(texts, furniture);
  const title = markDocumentFurniture(texts, furniture);

  const candidates = texts.map((text, i) => (text && !furniture[i] && !title.has(i) ? readCandidate(lines[i], text) : null));
  const accepted = settleSiblings(candidates);
  const levels = assignLevels(candidates, accepted);

  const result = texts.map((text, index): ClassifiedLine => {
    if (text === "") return { index, text, role: "blank" };
    const match = furniture[index];
    if (match) return furnitureLine(index, text, match);
    if (title.has(index)) return { index, text, role: "title" };
    const level = levels[index];
    const candidate = candidates[index];
    if (level !== null && candidate) return headingLine(index, text, candidate, level);
    return { index, text, role: "body" };
  });
  markUnnumberedHeadings(result, candidates, accepted);
  return result;
}
