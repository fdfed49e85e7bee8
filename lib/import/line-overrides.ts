// The user's corrections to the splitter, line by line: this line is page furniture, this one
// is body text (merging its section into the one before), this one starts a section (splitting
// the one it was in). Applied on top of the splitter's result the same way in the browser and
// on the server.
import type { ClassifiedLine, HeadingLevel } from "@/lib/import/types";

export type LineOverride = { index: number; role: "furniture" | "body" | "heading"; level?: HeadingLevel };

// A number the way reports number their headings: 一、 (一) （一） 1. 1、 1． (1) （1）.
const markerPattern = /^(?:[一二三四五六七八九十]+[、．.]|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.．、](?!\d)|[(（]\d{1,2}[)）])\s*/;
/** A heading phrase run into its paragraph ends at the first 。 or ： within this many characters. */
const maxRunInHeading = 40;

/** Reads a line the user says is a heading: its marker, its phrase, and the text run into it. */
export function asHeading(text: string, level: HeadingLevel): Pick<ClassifiedLine, "level" | "marker" | "heading" | "rest"> {
  const marker = markerPattern.exec(text)?.[0] ?? "";
  const phrase = text.slice(marker.length);
  const end = phrase.search(/[。：:]/);
  if (end !== -1 && end < maxRunInHeading && end + 1 < phrase.length) {
    return { level, marker: marker.trimEnd(), heading: phrase.slice(0, end + 1), rest: phrase.slice(end + 1) };
  }
  return { level, marker: marker.trimEnd(), heading: phrase };
}

export function applyLineOverrides(lines: ClassifiedLine[], overrides: readonly LineOverride[]): ClassifiedLine[] {
  if (overrides.length === 0) return lines;
  const byIndex = new Map(overrides.map((o) => [o.index, o]));
  return lines.map((line) => {
    const override = byIndex.get(line.index);
    if (!override || line.role === "blank") return line;
    const base = { index: line.index, text: line.text };
    if (override.role === "furniture") return { ...base, role: "furniture", reason: "手动标记为页面元素" };
    if (override.role === "body") return { ...base, role: "body" };
    return { ...base, role: "heading", ...asHeading(line.text, override.level ?? 2) };
  });
}

/** Overrides that name a line the source does not have, or change nothing, are dropped. */
export function userFurnitureLines(lines: ClassifiedLine[], overrides: readonly LineOverride[]): Set<number> {
  const auto = new Map(lines.map((l) => [l.index, l.role]));
  return new Set(overrides.filter((o) => o.role === "furniture" && auto.has(o.index) && auto.get(o.index) !== "furniture").map((o) => o.index));
}
