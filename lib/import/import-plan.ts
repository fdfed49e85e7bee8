// What an import will write, worked out from the split source, where each part goes, and, for
// sections that already hold text, whether the import replaces or follows it. Pure: the
// browser's preview and the server's confirm build the same plan from the same decisions, so
// the server never trusts text the browser composed.
import type { ClassifiedLine, SplitReport } from "@/lib/import/types";
import type { SectionMapping } from "@/lib/import/map-sections";
import type { MetricField } from "@/lib/reports/template";

export type ImportTarget =
  /** A section of the report (for a report still to be created: of the year's template). */
  | { kind: "section"; key: string }
  /** A new sub-section under a heading that groups sub-sections, titled by the found heading. */
  | { kind: "extra"; parentKey: string }
  /** Part of the body of whatever the part before it goes to (level-3 headings). */
  | { kind: "fold" }
  /** The user chose to leave it out. */
  | { kind: "skip" }
  /** Nothing matched: the user has to say where it goes. */
  | { kind: "unplaced" };

/** A section of the report the import writes into, as it stands when the preview is built. */
export type OutlineSection = {
  key: string;
  level: 1 | 2;
  parentKey: string | null;
  title: string;
  /** The template's guidance, which helps match sub-headings units word their own way. */
  guidance: string;
  isGroup: boolean;
  body: string;
  /** The optimistic lock's version; null for a report not created yet. */
  version: number | null;
  metrics: MetricField[];
};

export type ImportPart = {
  /** "preamble", "h{line}" for a heading, "i{line}" for the text under a grouping heading. */
  id: string;
  kind: "preamble" | "heading" | "intro";
  level: 0 | 1 | 2 | 3;
  marker: string;
  heading: string;
  /** The heading ran into its paragraph: its first paragraph is the rest of that paragraph. */
  isRunIn: boolean;
  paragraphs: string[];
  /** Where the splitter and matcher put it, before any choice of the user. */
  suggested: ImportTarget;
  target: ImportTarget;
  reason: string;
};

export type ImportMode = "replace" | "append";

export type PlanEntry = {
  /** The section written: an outline key, or "new:{partId}" for a new sub-section. */
  key: string;
  isNew: boolean;
  level: 1 | 2;
  parentKey: string | null;
  partIds: string[];
  /** The section's title after the import. */
  title: string;
  currentTitle: string;
  currentBody: string;
  currentVersion: number | null;
  /** The imported text alone. */
  importedBody: string;
  /** The section holds text and the import brings text: the user says replace or append. */
  needsMode: boolean;
  mode: ImportMode | null;
  /** What the section will hold; null while a needed mode is not chosen. */
  finalBody: string | null;
  /** Paragraphs that were the app's own "主要数据：…" sentence, turned back into figures. */
  metricsParagraphs: string[];
};

export type CharCounts = {
  /** Characters in the source, spaces not counted. */
  source: number;
  /** Recognised page furniture (including metadata and signature lines). */
  furniture: number;
  /** Lines the user marked as furniture, and parts the user left out. */
  removedByUser: number;
  /** Title, headings, numbering markers and body text that the import writes. */
  imported: number;
  /** Parts still waiting for a place. */
  unplaced: number;
};

export type ImportPlan = {
  title: string | null;
  date: string | null;
  docNumber: string | null;
  parts: ImportPart[];
  entries: PlanEntry[];
  counts: CharCounts;
  /** Problems that block confirming, in Chinese. */
  blockers: string[];
};

const spaces = /[\s\u00a0\u2000-\u200b\u3000\ufeff]/g;
export const countChars = (text: string) => text.replace(spaces, "").length;

function mappingTarget(mapping: SectionMapping | undefined): ImportTarget {
  if (!mapping) return { kind: "unplaced" };
  const t = mapping.target;
  if (t.kind === "template") return { kind: "section", key: t.key };
  if (t.kind === "extra") return t.parentKey ? { kind: "extra", parentKey: t.parentKey } : { kind: "unplaced" };
  return t;
}

function firstFillable(outline: OutlineSection[], parentKey?: string): string | null {
  return outline.find((s) => !s.isGroup && (parentKey === undefined || s.parentKey === parentKey))?.key ?? null;
}

/**
 * The parts of the source in order: the text before the first heading, one part per heading,
 * and the text under a grouping heading as a part of its own (a group has no body to hold it).
 */
export function buildParts(
  lines: ClassifiedLine[],
  split: SplitReport,
  mappings: SectionMapping[],
  outline: OutlineSection[],
  overrides: Record<string, ImportTarget> = {},
): ImportPart[] {
  const headingLines = lines.filter((l) => l.role === "heading");
  const byKey = new Map(outline.map((s) => [s.key, s]));
  const parts: ImportPart[] = [];

  if (split.preamble.length > 0) {
    const first = firstFillable(outline);
    // With no heading at all nothing says where the text belongs: the user decides (the preview
    // offers to put it all in one section) rather than finding it all in the first one.
    const suggested: ImportTarget = first && split.sections.length > 0 ? { kind: "section", key: first } : { kind: "unplaced" };
    parts.push({ id: "preamble", kind: "preamble", level: 0, marker: "", heading: "", isRunIn: false, paragraphs: split.preamble, suggested, target: overrides.preamble ?? suggested, reason: "正文开头（第一个标题之前）" });
  }

  // The section the latest level-1 part went to: level-2 parts under a heading without
  // sub-sections in the template belong in its body (a report's "1." points under 存在的不足).
  let parentTarget: OutlineSection | null = null;
  split.sections.forEach((section, i) => {
    const line = headingLines[i]?.index ?? i;
    const mapping = mappings.find((m) => m.source === i);
    let suggested = mappingTarget(mapping);
    let reason = mapping?.reason ?? "";
    if (section.level === 1) parentTarget = suggested.kind === "section" ? (byKey.get(suggested.key) ?? null) : null;
    if (section.level >= 2 && parentTarget && !parentTarget.isGroup && (suggested.kind === "unplaced" || suggested.kind === "extra")) {
      suggested = { kind: "fold" };
      reason = `并入“${parentTarget.title}”正文`;
    }
    const isRunIn = headingLines[i]?.rest !== undefined && headingLines[i]?.rest !== "";
    const target = overrides[`h${line}`] ?? suggested;
    const heading: ImportPart = {
      id: `h${line}`, kind: "heading", level: section.level, marker: section.marker, heading: section.heading,
      isRunIn, paragraphs: section.paragraphs, suggested, target, reason,
    };
    const group = target.kind === "section" ? byKey.get(target.key) : undefined;
    if (group?.isGroup && section.paragraphs.length > 0) {
      const child = firstFillable(outline, group.key);
      const introSuggested: ImportTarget = child ? { kind: "section", key: child } : { kind: "unplaced" };
      parts.push({ ...heading, paragraphs: [], isRunIn: false });
      parts.push({
        id: `i${line}`, kind: "intro", level: section.level, marker: "", heading: "", isRunIn: false,
        paragraphs: section.paragraphs, suggested: introSuggested, target: overrides[`i${line}`] ?? introSuggested,
        reason: `“${section.heading}”下的导语`,
      });
      return;
    }
    parts.push(heading);
  });
  return parts;
}

/** Where each part finally goes: a folded part goes wherever the part before it goes. */
export function resolveTargets(parts: ImportPart[]): ImportTarget[] {
  const resolved: ImportTarget[] = [];
  let previous: ImportTarget = { kind: "unplaced" };
  for (const part of parts) {
    const target: ImportTarget = part.target.kind === "fold" ? previous : part.target;
    resolved.push(target);
    // Text under a grouping heading is not where the next heading's folded text belongs.
    if (part.kind !== "intro") previous = target;
  }
  return resolved;
}

function headingLine(part: ImportPart): string[] {
  if (part.kind !== "heading") return part.paragraphs;
  const opening = `${part.marker}${part.heading}`;
  if (part.isRunIn && part.paragraphs.length > 0) return [`${opening}${part.paragraphs[0]}`, ...part.paragraphs.slice(1)];
  return [opening, ...part.paragraphs];
}

export type PlanOptions = {
  lines: ClassifiedLine[];
  split: SplitReport;
  parts: ImportPart[];
  outline: OutlineSection[];
  modes: Record<string, ImportMode>;
  /** Lines the user marked as furniture (indices), for the counts. */
  userFurniture?: ReadonlySet<number>;
  /** Recognises the app's own figures sentence for a section's metric fields. */
  isMetricsSentence?: (paragraph: string, fields: MetricField[]) => boolean;
};

export function composePlan(options: PlanOptions): ImportPlan {
  const { lines, split, parts, outline, modes } = options;
  const targets = resolveTargets(parts);
  const entries = new Map<string, PlanEntry>();
  const byKey = new Map(outline.map((s) => [s.key, s]));
  const paragraphsOf = new Map<string, string[]>();
  const titleTaken = new Set<string>();
  const counts: CharCounts = { source: 0, furniture: 0, removedByUser: 0, imported: 0, unplaced: 0 };
  const blockers: string[] = [];

  parts.forEach((part, i) => {
    const target = targets[i];
    const own = part.kind === "heading" ? countChars(part.marker + part.heading) : 0;
    const text = own + part.paragraphs.reduce((sum, p) => sum + countChars(p), 0);
    if (target.kind === "skip") {
      counts.removedByUser += text;
      return;
    }
    if (target.kind === "unplaced" || target.kind === "fold") {
      counts.unplaced += text;
      return;
    }
    const section = target.kind === "section" ? byKey.get(target.key) : undefined;
    if (target.kind === "section" && !section) {
      counts.unplaced += text;
      return;
    }
    const key = target.kind === "section" ? target.key : `new:${part.id}`;
    let entry = entries.get(key);
    if (!entry) {
      entry = {
        key,
        isNew: target.kind === "extra",
        level: section?.level ?? 2,
        parentKey: section ? section.parentKey : target.kind === "extra" ? target.parentKey : null,
        partIds: [],
        title: section?.title ?? part.heading,
        currentTitle: section?.title ?? "",
        currentBody: section?.body ?? "",
        currentVersion: section?.version ?? null,
        importedBody: "",
        needsMode: false,
        mode: null,
        finalBody: null,
        metricsParagraphs: [],
      };
      entries.set(key, entry);
      paragraphsOf.set(key, []);
    }
    entry.partIds.push(part.id);
    const paragraphs = paragraphsOf.get(key)!;
    // The first heading a section receives becomes its title (numbering is the app's); any
    // further heading stays in the text, so no words are lost when two parts share a section.
    const takesTitle = part.kind === "heading" && part.target.kind !== "fold" && !titleTaken.has(key);
    if (takesTitle) {
      titleTaken.add(key);
      entry.title = part.heading;
      paragraphs.push(...part.paragraphs);
    } else {
      paragraphs.push(...headingLine(part));
    }
    counts.imported += text;
  });

  for (const entry of entries.values()) {
    const section = byKey.get(entry.key);
    const fields = section?.metrics ?? [];
    const paragraphs = paragraphsOf.get(entry.key)!;
    const isFigures = options.isMetricsSentence;
    entry.metricsParagraphs = isFigures && fields.length > 0 ? paragraphs.filter((p) => isFigures(p, fields)) : [];
    entry.importedBody = paragraphs.filter((p) => !entry.metricsParagraphs.includes(p)).join("\n");
    const isGroup = section?.isGroup ?? false;
    if (isGroup && entry.importedBody) blockers.push(`“${entry.currentTitle}”只含小节，不能直接放入正文，请把这段文字放到它的某个小节。`);
    entry.needsMode = countChars(entry.currentBody) > 0 && entry.importedBody.length > 0;
    entry.mode = entry.needsMode ? (modes[entry.key] ?? null) : "replace";
    if (entry.needsMode && !entry.mode) blockers.push(`“${entry.currentTitle}”已有内容，请选择替换还是追加。`);
    if (entry.mode === "append") entry.title = entry.currentTitle;
    entry.finalBody =
      entry.mode === null ? null : entry.mode === "append" && entry.currentBody ? `${entry.currentBody}\n${entry.importedBody}` : entry.importedBody || entry.currentBody;
  }

  for (const line of lines) {
    const chars = countChars(line.text);
    counts.source += chars;
    if (line.role === "furniture") {
      if (options.userFurniture?.has(line.index)) counts.removedByUser += chars;
      else counts.furniture += chars;
    }
    if (line.role === "title") counts.imported += chars;
  }
  const unplacedParts = parts.filter((_, i) => targets[i].kind === "unplaced" || targets[i].kind === "fold");
  if (unplacedParts.length > 0) blockers.unshift(`还有 ${unplacedParts.length} 部分没有安排位置，请为它们选择放入的部分，或选择“不导入”。`);
  if (entries.size === 0) blockers.push("没有可导入的正文。");

  const order = new Map(outline.map((s, i) => [s.key, i]));
  const sorted = [...entries.values()].sort((a, b) => rank(a) - rank(b));
  function rank(entry: PlanEntry): number {
    if (!entry.isNew) return order.get(entry.key) ?? 0;
    // A new sub-section comes after its parent's last sub-section.
    const siblings = outline.filter((s) => s.parentKey === entry.parentKey).map((s) => order.get(s.key) ?? 0);
    return Math.max(order.get(entry.parentKey ?? "") ?? 0, ...siblings) + 0.5;
  }

  return { title: split.title, date: split.date, docNumber: split.docNumber, parts, entries: sorted, counts, blockers };
}
