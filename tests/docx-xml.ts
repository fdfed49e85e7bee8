// Reading a generated .docx in tests: its parts as XML text, its paragraphs with their text, and
// the attributes of an element. The XML comes from one library and has no nested paragraphs, so
// patterns are enough here.
import { strFromU8, unzipSync } from "fflate";

export function readDocxParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => entities[entity]);

export type XmlParagraph = { xml: string; text: string };

export function paragraphsOf(xml: string): XmlParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g)].map(([p]) => ({
    xml: p,
    text: [...p.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => unescape(t[1])).join(""),
  }));
}

/** The attributes of the first `<tag …>` in the XML, or null when there is none. */
export function attributesOf(xml: string, tag: string): Record<string, string> | null {
  const element = new RegExp(`<${tag}(\\s[^>]*?)?/?>`).exec(xml);
  if (!element) return null;
  return Object.fromEntries([...(element[1] ?? "").matchAll(/([\w:]+)="([^"]*)"/g)].map(([, name, value]) => [name, unescape(value)]));
}

/** Runs of a paragraph, each with its text and whether it is bold. */
export function runsOf(paragraphXml: string): { text: string; isBold: boolean; xml: string }[] {
  return [...paragraphXml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map(([r]) => ({
    xml: r,
    text: [...r.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => unescape(t[1])).join(""),
    isBold: /<w:b\/>|<w:b w:val="(true|1|on)"\/>/.test(r),
  }));
}
