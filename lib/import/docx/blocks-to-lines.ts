// Paragraphs and tables as source lines, one per paragraph piece.
//
// Tables: a row whose cells each hold at most one line of text becomes ONE line, the cells joined
// by a space, or by nothing after a label ending in a colon: the metadata table a portal page
// carries (| 索引号： | 1150… | 发布机构： | 珍溪镇 |) reads "索引号：1150… 发布机构：珍溪镇", the way it
// reads when copied as text. A row with a cell of several paragraphs is a layout table (a whole
// web page pasted into Word sits in one cell): its cells' paragraphs become lines of their own,
// row by row, cell by cell. Rows with no text are left out.
import type { SourceLine } from "@/lib/import/types";
import type { Block, DocxParagraph, Segment } from "./mammoth-tree";

/** What Word's styles and numbering add to a paragraph. */
export type ParagraphExtras = { styleLevel?: number; listLevel?: number; listMarker?: string };
type ExtrasOf = (paragraph: DocxParagraph) => ParagraphExtras;

const textOf = (segments: Segment[]) => segments.map((segment) => segment.text).join("");

/** Characters at the start in bold runs; whitespace-only runs between them do not end the count. */
export function boldPrefixOf(segments: Segment[]): number | undefined {
  let count = 0;
  let pendingSpace = 0;
  for (const { text, bold } of segments) {
    if (text === "") continue;
    if (bold) {
      count += pendingSpace + text.length;
      pendingSpace = 0;
    } else if (text.trim() === "") {
      pendingSpace += text.length;
    } else {
      break;
    }
  }
  return count > 0 ? count : undefined;
}

function line(segments: Segment[], extras: ParagraphExtras, first: boolean): SourceLine {
  const result: SourceLine = { text: textOf(segments) };
  if (extras.styleLevel !== undefined) result.styleLevel = extras.styleLevel;
  if (first && extras.listLevel !== undefined) result.listLevel = extras.listLevel;
  if (first && extras.listMarker !== undefined) result.listMarker = extras.listMarker;
  const boldPrefix = boldPrefixOf(segments);
  if (boldPrefix !== undefined) result.boldPrefix = boldPrefix;
  return result;
}

function paragraphLines(paragraph: DocxParagraph, extrasOf: ExtrasOf): SourceLine[] {
  const extras = extrasOf(paragraph);
  return paragraph.pieces.map((piece, i) => line(piece, extras, i === 0));
}

/** The segments without the spaces at either end (a cell's padding). */
function trimSegments(segments: Segment[]): Segment[] {
  const result = segments.map((segment) => ({ ...segment }));
  while (result.length > 0 && result[0].text.trimStart() === "") result.shift();
  if (result.length > 0) result[0].text = result[0].text.trimStart();
  while (result.length > 0 && result[result.length - 1].text.trimEnd() === "") result.pop();
  if (result.length > 0) result[result.length - 1].text = result[result.length - 1].text.trimEnd();
  return result;
}

type CellLine = { paragraph: DocxParagraph; piece: Segment[] };

/** The cell's only line of text, null for an empty cell, undefined when it has more than one or a table. */
function singleLine(cell: Block[]): CellLine | null | undefined {
  let found: CellLine | null = null;
  for (const block of cell) {
    if (block.kind === "table") return undefined;
    for (const piece of block.paragraph.pieces) {
      if (textOf(piece).trim() === "") continue;
      if (found) return undefined;
      found = { paragraph: block.paragraph, piece };
    }
  }
  return found;
}

function rowLines(row: Block[][], extrasOf: ExtrasOf): SourceLine[] {
  const cells = row.map(singleLine);
  if (cells.some((cell) => cell === undefined)) return row.flatMap((cell) => blocksToLines(cell, extrasOf));
  const filled = cells.filter((cell): cell is CellLine => cell !== null);
  if (filled.length === 0) return [];
  if (filled.length === 1) return [line(filled[0].piece, extrasOf(filled[0].paragraph), true)];
  const segments: Segment[] = [];
  for (const cell of filled) {
    const trimmed = trimSegments(cell.piece);
    if (segments.length > 0 && !/[：:]$/.test(textOf(segments))) segments.push({ text: " ", bold: false });
    segments.push(...trimmed);
  }
  return [line(segments, {}, true)];
}

export function blocksToLines(blocks: Block[], extrasOf: ExtrasOf): SourceLine[] {
  return blocks.flatMap((block) =>
    block.kind === "paragraph" ? paragraphLines(block.paragraph, extrasOf) : block.rows.flatMap((row) => rowLines(row, extrasOf)),
  );
}
