// A .docx as source lines. Two readings of the same package, side by side:
// - mammoth (its document tree): paragraphs and tables in order, runs with bold, tabs, breaks,
//   text boxes, fields, tracked changes; it gives a paragraph's style name and list level, but not
//   which list (w:numId) it is in, nor the marker text Word draws;
// - word/document.xml, numbering.xml and styles.xml read here: per paragraph its w:numId/w:ilvl
//   and outline level, walked the way mammoth walks, so the two line up paragraph by paragraph.
// When the paragraph counts differ (a construct one reading skips), the markers are left out
// rather than put on the wrong paragraphs, and the levels mammoth gives are used alone.
import type { SourceLine } from "@/lib/import/types";
import { blocksToLines, type ParagraphExtras } from "./blocks-to-lines";
import { openDocxPackage, type DocxPackage } from "./docx-package";
import { readMammothTree, type DocxParagraph } from "./mammoth-tree";
import { createListCounter, readNumbering } from "./numbering";
import { readParagraphFacts } from "./paragraph-facts";
import { headingLevelFromStyleName, paragraphHeadingLevel, readStyles, styleNumbering } from "./styles";

export type DocxReading = {
  lines: SourceLine[];
  /** Pictures in the body, to tell a scanned document from an empty one. */
  imageCount: number;
  /** False when Word's numbering could not be lined up with mammoth's paragraphs. */
  numberingAligned: boolean;
};

/** Styles and numbering per paragraph, in document order; null when document.xml does not parse. */
async function readWordExtras(docx: DocxPackage): Promise<ParagraphExtras[] | null> {
  const [documentRoot, stylesRoot, numberingRoot] = await Promise.all([
    docx.readXml(docx.mainDocumentPath),
    docx.readXml(docx.stylesPath),
    docx.readXml(docx.numberingPath),
  ]);
  if (!documentRoot) return null;
  const styles = readStyles(stylesRoot);
  const counter = createListCounter(readNumbering(numberingRoot), styles);
  return readParagraphFacts(documentRoot).map((facts) => {
    const extras: ParagraphExtras = { styleLevel: paragraphHeadingLevel(styles, facts.styleId, facts.outlineLevel) };
    const fromStyle = styleNumbering(styles, facts.styleId);
    const numId = facts.numId ?? fromStyle?.numId;
    if (numId === undefined || numId === "0") return extras;
    const ilvl = facts.ilvl ?? fromStyle?.ilvl ?? counter.levelForStyle(numId, facts.styleId) ?? 0;
    const item = counter.next(numId, ilvl);
    return item ? { ...extras, listLevel: item.level, listMarker: item.marker } : extras;
  });
}

export async function readDocxParagraphs(bytes: Uint8Array): Promise<DocxReading> {
  const docx = await openDocxPackage(bytes);
  const [tree, wordExtras] = await Promise.all([readMammothTree(bytes), readWordExtras(docx)]);
  const aligned = wordExtras !== null && wordExtras.length === tree.paragraphCount;

  const extrasOf = (paragraph: DocxParagraph): ParagraphExtras => {
    const byName = headingLevelFromStyleName(paragraph.styleName);
    if (!aligned) return { styleLevel: byName, listLevel: paragraph.listLevel };
    const extras = wordExtras[paragraph.ordinal];
    return { ...extras, styleLevel: extras.styleLevel ?? byName };
  };
  return { lines: blocksToLines(tree.blocks, extrasOf), imageCount: tree.imageCount, numberingAligned: aligned };
}
