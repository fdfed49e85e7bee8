// The w:pPr facts mammoth drops (the list id w:numId, w:outlineLvl), for every paragraph in the
// order mammoth's document tree holds them. The walk copies mammoth's own (1.13, body-reader.js):
// only the Fallback of mc:AlternateContent, no DrawingML text boxes, no deleted rows, a deleted
// paragraph's content joined to the next paragraph, and paragraphs inside a paragraph (VML text
// boxes) placed after it. The caller checks the count against mammoth's before trusting it.
import { childElements, childValue, firstChild, integer, nameOf } from "./xml";

export type ParagraphFacts = { styleId?: string; numId?: string; ilvl?: number; outlineLevel?: number };

// Elements mammoth reads the children of; anything else (w:drawing, w:del, w:moveFrom…) it skips.
const containers = new Set([
  "w:body", "w:r", "w:hyperlink", "w:tc", "w:customXml", "w:ins", "w:moveTo", "w:object", "w:smartTag",
  "w:pict", "v:roundrect", "v:shape", "v:textbox", "w:txbxContent", "v:group", "v:rect",
]);

function factsOf(pPr: Element | undefined): ParagraphFacts {
  const numPr = firstChild(pPr, "w:numPr");
  return {
    styleId: childValue(pPr, "w:pStyle"),
    numId: childValue(numPr, "w:numId"),
    ilvl: integer(childValue(numPr, "w:ilvl")),
    outlineLevel: integer(childValue(pPr, "w:outlineLvl")),
  };
}

export function readParagraphFacts(documentRoot: Element): ParagraphFacts[] {
  const out: ParagraphFacts[] = [];
  let deletedContent: Element[] = [];

  function visit(element: Element, into: ParagraphFacts[]): void {
    const name = nameOf(element);
    if (name === "w:p") {
      const pPr = firstChild(element, "w:pPr");
      if (firstChild(firstChild(pPr, "w:rPr"), "w:del")) {
        deletedContent.push(...childElements(element));
        return;
      }
      const content = [...deletedContent, ...childElements(element)];
      deletedContent = [];
      const inner: ParagraphFacts[] = [];
      for (const child of content) visit(child, inner);
      into.push(factsOf(pPr), ...inner);
    } else if (name === "mc:AlternateContent") {
      const fallback = firstChild(element, "mc:Fallback");
      if (fallback) for (const child of childElements(fallback)) visit(child, into);
    } else if (name === "w:sdt") {
      const content = firstChild(element, "w:sdtContent");
      if (content) for (const child of childElements(content)) visit(child, into);
    } else if (name === "w:tbl") {
      for (const child of childElements(element)) visit(child, into);
    } else if (name === "w:tr") {
      if (firstChild(firstChild(element, "w:trPr"), "w:del")) return;
      for (const child of childElements(element)) visit(child, into);
    } else if (containers.has(name)) {
      for (const child of childElements(element)) visit(child, into);
    }
  }

  const body = firstChild(documentRoot, "w:body");
  if (body) visit(body, out);
  return out;
}
