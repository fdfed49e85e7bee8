import type { OutlineSection, PlanEntry } from "@/lib/import/import-plan";

export type LaidOutSection = { key: string; templateKey: string | null; level: 1 | 2; parentKey: string | null; title: string; body: string };

/**
 * A new report's sections from a plan: the outline in order with the imported titles and text,
 * each new sub-section after the last sub-section of its heading. `newKey` names new sections.
 */
export function layOutSections(outline: OutlineSection[], entries: PlanEntry[], newKey: (index: number) => string): LaidOutSection[] {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const result: LaidOutSection[] = outline.map((s) => {
    const entry = byKey.get(s.key);
    return { key: s.key, templateKey: s.key, level: s.level, parentKey: s.parentKey, title: entry?.title ?? s.title, body: entry?.finalBody ?? "" };
  });
  entries
    .filter((e) => e.isNew)
    .forEach((entry, i) => {
      const last = result.findLastIndex((s) => s.parentKey === entry.parentKey || s.key === entry.parentKey);
      result.splice(last + 1, 0, { key: newKey(i), templateKey: null, level: 2, parentKey: entry.parentKey, title: entry.title, body: entry.finalBody ?? "" });
    });
  return result;
}
