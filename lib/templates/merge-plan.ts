// What a template change does to one report that is still in the works. Pure, so "a template
// change never loses content" is tested section by section without a database.
//
// - A template section the report lacks is added, empty, with the template's title.
// - A section the report has keeps its title (the unit's own wording), body and metrics; only
//   its place, level, parent and required flag follow the template.
// - A unit's own sub-section stays at the end of its heading's sub-sections.
// - A section the template dropped stays with its text, after every live section, in the group
//   "已从模板中移除的部分", until the unit moves or deletes it; it is never required. An empty one
//   is simply removed from a report not yet submitted (nothing to lose, nothing to review).
import type { TemplateSectionDef } from "@/lib/reports/template";
import { findDroppedKeys } from "@/lib/templates/dropped-sections";

export type ReportSectionState = {
  key: string;
  templateKey: string | null;
  level: number;
  parentKey: string | null;
  sortOrder: number;
  isRequired: boolean;
  body: string;
  metrics: Record<string, number | null>;
};

export type SectionPlacement = { key: string; level: number; parentKey: string | null; sortOrder: number; isRequired: boolean };

export type MergePlan = {
  /** Existing sections whose place or required flag changes (title and text never do). */
  updates: SectionPlacement[];
  /** Template sections the report gains, empty. */
  creates: (SectionPlacement & { title: string })[];
  /** Empty dropped sections removed (only from reports not yet submitted). */
  deletes: string[];
  /** Dropped sections kept because they hold text (or the report is with the reviewer). */
  kept: string[];
};

function hasContent(s: ReportSectionState): boolean {
  return s.body.trim().length > 0 || Object.values(s.metrics ?? {}).some((v) => v != null);
}

export function planTemplateMerge(options: { sections: ReportSectionState[]; template: TemplateSectionDef[]; isUnsubmitted: boolean }): MergePlan {
  const { sections, template } = options;
  const byTemplateKey = new Map(sections.filter((s) => s.templateKey).map((s) => [s.templateKey!, s]));
  const ordered = [...sections].sort((a, b) => a.sortOrder - b.sortOrder);
  const dropped = findDroppedKeys(sections, template);

  const placed: (SectionPlacement & { title?: string; existing?: ReportSectionState })[] = [];
  const place = (p: Omit<SectionPlacement, "sortOrder"> & { title?: string; existing?: ReportSectionState }) =>
    placed.push({ ...p, sortOrder: (placed.length + 1) * 10 });
  const extrasOf = (parentKey: string) => ordered.filter((s) => s.templateKey === null && s.parentKey === parentKey && !dropped.has(s.key));

  template.forEach((t, i) => {
    const existing = byTemplateKey.get(t.key);
    place({ key: existing?.key ?? t.key, level: t.level, parentKey: t.parentKey, isRequired: t.isRequired, title: existing ? undefined : t.title, existing });
    const isLastOfGroup = t.level === 2 && template[i + 1]?.parentKey !== t.parentKey;
    const isChildlessHeading = t.level === 1 && template[i + 1]?.parentKey !== t.key;
    const group = isLastOfGroup ? t.parentKey! : isChildlessHeading ? t.key : null;
    if (group) for (const extra of extrasOf(group)) place({ key: extra.key, level: 2, parentKey: group, isRequired: extra.isRequired, existing: extra });
  });

  const deletes: string[] = [];
  const kept: string[] = [];
  const droppedSections = ordered.filter((s) => dropped.has(s.key));
  const keptKeys = new Set(droppedSections.filter((s) => hasContent(s) || !options.isUnsubmitted).map((s) => s.key));
  // A dropped heading stays while a kept sub-section hangs under it.
  for (const s of droppedSections) if (s.parentKey && keptKeys.has(s.key) && dropped.has(s.parentKey)) keptKeys.add(s.parentKey);
  for (const s of droppedSections) {
    if (!keptKeys.has(s.key)) {
      deletes.push(s.key);
      continue;
    }
    kept.push(s.key);
    const underDroppedHeading = s.parentKey !== null && keptKeys.has(s.parentKey);
    place({ key: s.key, level: underDroppedHeading ? 2 : 1, parentKey: underDroppedHeading ? s.parentKey : null, isRequired: false, existing: s });
  }

  const updates: SectionPlacement[] = [];
  const creates: MergePlan["creates"] = [];
  for (const { existing, title, ...p } of placed) {
    if (!existing) creates.push({ ...p, title: title! });
    else if (existing.level !== p.level || existing.parentKey !== p.parentKey || existing.sortOrder !== p.sortOrder || existing.isRequired !== p.isRequired)
      updates.push(p);
  }
  return { updates, creates, deletes, kept };
}
