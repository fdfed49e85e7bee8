// Just enough XML for the parts of a .docx mammoth does not expose (numbering, outline levels).
// Elements are named by namespace, not by the prefix a writer chose, the way mammoth names them,
// so "w:p" also matches a Strict OOXML paragraph.
import { DOMParser } from "@xmldom/xmldom";

const prefixes: Record<string, string> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "urn:schemas-microsoft-com:vml": "v",
  "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
};

/** Parses like mammoth does: any complaint from the parser is an error. */
export function parseXml(text: string): Element {
  let problem: string | null = null;
  const parser = new DOMParser({
    errorHandler: (level: string, message: unknown) => {
      problem ??= `${level}: ${String(message)}`;
    },
  });
  const document = parser.parseFromString(text.replace(/^\uFEFF/, ""), "text/xml");
  if (problem !== null || !document.documentElement) throw new Error(problem ?? "empty XML document");
  return document.documentElement;
}

/** "w:p", "mc:Fallback", "v:shape"…; an unknown namespace gives "?:localName". */
export function nameOf(element: Element): string {
  return `${prefixes[element.namespaceURI ?? ""] ?? "?"}:${element.localName}`;
}

export function childElements(element: Element): Element[] {
  const result: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) result.push(node as Element);
  }
  return result;
}

export function firstChild(element: Element | undefined, name: string): Element | undefined {
  if (!element) return undefined;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && nameOf(node as Element) === name) return node as Element;
  }
  return undefined;
}

export function childrenNamed(element: Element, name: string): Element[] {
  return childElements(element).filter((child) => nameOf(child) === name);
}

/** An attribute by local name, whatever its prefix (w:val, val, r:id…). */
export function attribute(element: Element | undefined, localName: string): string | undefined {
  if (!element) return undefined;
  for (let i = 0; i < element.attributes.length; i++) {
    const attr = element.attributes[i];
    if ((attr.localName ?? attr.name) === localName) return attr.value;
  }
  return undefined;
}

/** The w:val of a child element ("w:pStyle", "w:numId"…). */
export function childValue(element: Element | undefined, name: string): string | undefined {
  return attribute(firstChild(element, name), "val");
}

/** A whole number from an attribute, or undefined when missing or not a number. */
export function integer(value: string | undefined): number | undefined {
  if (value === undefined || !/^-?\d+$/.test(value.trim())) return undefined;
  return Number.parseInt(value, 10);
}
