// What word/styles.xml says about headings and numbering: a paragraph style's name ("heading 1",
// "标题 1"), its outline level and its list, each inherited through basedOn.
import { attribute, childElements, childValue, firstChild, integer, nameOf } from "./xml";

type StyleFacts = {
  name?: string;
  basedOn?: string;
  /** w:outlineLvl: 0–8 for outline levels 1–9, 9 for body text. */
  outlineLevel?: number;
  numId?: string;
  ilvl?: number;
};

export type DocxStyles = {
  /** The paragraph style applying when a paragraph names none. */
  defaultParagraphStyleId?: string;
  /** Paragraph and numbering styles by id. */
  byId: Map<string, StyleFacts>;
};

export const emptyStyles: DocxStyles = { byId: new Map() };

export function readStyles(root: Element | null): DocxStyles {
  const styles: DocxStyles = { byId: new Map() };
  if (!root) return styles;
  for (const style of childElements(root)) {
    if (nameOf(style) !== "w:style") continue;
    const type = attribute(style, "type");
    const id = attribute(style, "styleId");
    if (!id || (type !== "paragraph" && type !== "numbering")) continue;
    const pPr = firstChild(style, "w:pPr");
    const numPr = firstChild(pPr, "w:numPr");
    styles.byId.set(id, {
      name: childValue(style, "w:name"),
      basedOn: childValue(style, "w:basedOn"),
      outlineLevel: integer(childValue(pPr, "w:outlineLvl")),
      numId: childValue(numPr, "w:numId"),
      ilvl: integer(childValue(numPr, "w:ilvl")),
    });
    const isDefault = attribute(style, "default");
    if (type === "paragraph" && (isDefault === "1" || isDefault === "true")) styles.defaultParagraphStyleId = id;
  }
  return styles;
}

/** The style and those it is based on, nearest first (a loop in basedOn ends the chain). */
function chain(styles: DocxStyles, styleId: string | undefined): StyleFacts[] {
  const result: StyleFacts[] = [];
  const seen = new Set<string>();
  for (let id = styleId ?? styles.defaultParagraphStyleId; id && !seen.has(id); ) {
    seen.add(id);
    const style = styles.byId.get(id);
    if (!style) break;
    result.push(style);
    id = style.basedOn;
  }
  return result;
}

const headingName = /^(?:heading|标题)\s*([1-9])$/i;

/** Heading level from a style name: "heading 1", "Heading 2", "标题 3", "标题3". */
export function headingLevelFromStyleName(name: string | null | undefined): number | undefined {
  const match = name ? headingName.exec(name.trim()) : null;
  return match ? Number(match[1]) : undefined;
}

function fromOutline(level: number): number | undefined {
  return level >= 0 && level <= 8 ? level + 1 : undefined;
}

/**
 * The heading level (1–9) of a paragraph: its own outline level, else the first style in its
 * chain that is a heading style by name or sets an outline level. Outline level 9 is body text.
 */
export function paragraphHeadingLevel(styles: DocxStyles, styleId: string | undefined, outlineLevel: number | undefined): number | undefined {
  if (outlineLevel !== undefined) return fromOutline(outlineLevel);
  for (const style of chain(styles, styleId)) {
    const byName = headingLevelFromStyleName(style.name);
    if (byName !== undefined) return byName;
    if (style.outlineLevel !== undefined) return fromOutline(style.outlineLevel);
  }
  return undefined;
}

/** The list a paragraph style puts its paragraphs in (the nearest style with a w:numPr). */
export function styleNumbering(styles: DocxStyles, styleId: string | undefined): { numId: string; ilvl?: number } | undefined {
  for (const style of chain(styles, styleId)) {
    if (style.numId !== undefined) return { numId: style.numId, ilvl: style.ilvl };
  }
  return undefined;
}

/** The w:numId a numbering style (the target of a w:numStyleLink) refers to. */
export function numberingStyleNumId(styles: DocxStyles, styleId: string): string | undefined {
  return styles.byId.get(styleId)?.numId;
}
