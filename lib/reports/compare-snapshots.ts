// What changed between two frozen versions of a report, section by section: the reviewer's
// "since the previous submission" and "against the published text" views. Pure, so the
// comparison is tested without a database.
import { diffText, diffWords, hasDifferences, type DiffPart, type DiffParagraph } from "@/lib/reports/diff-text";
import { numberSections } from "@/lib/reports/numbering";
import type { ReportSnapshot, SnapshotSection } from "@/lib/reports/snapshot";

export type SectionChange = "same" | "changed" | "added" | "removed";

export type MetricChange = { key: string; label: string; unit: string; before: number | null; after: number | null };

export type SectionComparison = {
  key: string;
  level: number;
  /** Heading number in the newer version (in the older one for a removed section). */
  number: string;
  title: string;
  change: SectionChange;
  /** Word diff of the heading, when it was reworded. */
  titleParts: DiffPart[] | null;
  paragraphs: DiffParagraph[];
  /** Only the metrics whose value changed. */
  metrics: MetricChange[];
};

export type ReportComparison = {
  titleParts: DiffPart[] | null;
  sections: SectionComparison[];
  changedSections: number;
};

function metricChanges(before: SnapshotSection | undefined, after: SnapshotSection | undefined): MetricChange[] {
  const labels = { ...before?.metricLabels, ...after?.metricLabels };
  const order = after?.metricOrder.length ? after.metricOrder : (before?.metricOrder ?? []);
  const keys = [...new Set([...order, ...Object.keys(before?.metrics ?? {}), ...Object.keys(after?.metrics ?? {})])];
  return keys
    .map((key) => ({
      key,
      label: labels[key]?.label ?? key,
      unit: labels[key]?.unit ?? "",
      before: before?.metrics[key] ?? null,
      after: after?.metrics[key] ?? null,
    }))
    .filter((m) => m.before !== m.after);
}

function compareSection(before: SnapshotSection | undefined, after: SnapshotSection | undefined, number: string): SectionComparison {
  const section = (after ?? before)!;
  const paragraphs = diffText(before?.body ?? "", after?.body ?? "");
  const titleChanged = before !== undefined && after !== undefined && before.title !== after.title;
  const metrics = metricChanges(before, after);
  const change: SectionChange = !before ? "added" : !after ? "removed" : titleChanged || metrics.length || hasDifferences(paragraphs) ? "changed" : "same";
  return {
    key: section.key,
    level: section.level,
    number,
    title: section.title,
    change,
    titleParts: titleChanged ? diffWords(before.title, after.title) : null,
    paragraphs,
    metrics,
  };
}

/**
 * Sections in the newer version's order; a section only the older version has is placed after
 * the section that preceded it there, so a removal shows where it happened.
 */
export function compareSnapshots(before: ReportSnapshot, after: ReportSnapshot): ReportComparison {
  const oldSections = numberSections(before.sections);
  const newSections = numberSections(after.sections);
  const oldByKey = new Map(oldSections.map((s) => [s.key, s]));
  const newKeys = new Set(newSections.map((s) => s.key));

  const removedAfter = new Map<string | null, typeof oldSections>();
  let previousKept: string | null = null;
  for (const s of oldSections) {
    if (newKeys.has(s.key)) previousKept = s.key;
    else removedAfter.set(previousKept, [...(removedAfter.get(previousKept) ?? []), s]);
  }

  const sections: SectionComparison[] = (removedAfter.get(null) ?? []).map((s) => compareSection(s, undefined, s.number));
  for (const s of newSections) {
    sections.push(compareSection(oldByKey.get(s.key), s, s.number));
    for (const removed of removedAfter.get(s.key) ?? []) sections.push(compareSection(removed, undefined, removed.number));
  }

  return {
    titleParts: before.title === after.title ? null : diffWords(before.title, after.title),
    sections,
    changedSections: sections.filter((s) => s.change !== "same").length,
  };
}
