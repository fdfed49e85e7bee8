// One way to pair a stored section with its template row for the completeness rules, so the
// overview, the editor and the submit command can never disagree about what is missing.
import type { SectionForCheck } from "@/lib/reports/completeness";
import type { TemplateSectionDef } from "@/lib/reports/template";

type StoredSection = {
  key: string;
  templateKey: string | null;
  title: string;
  body: string;
  metrics: unknown;
  isRequired: boolean;
};

export function toSectionsForCheck<T extends StoredSection & { parentKey: string | null }>(
  sections: T[],
  template: TemplateSectionDef[],
): (SectionForCheck & { source: T })[] {
  const templateByKey = new Map(template.map((t) => [t.key, t]));
  const parentKeys = new Set(sections.map((s) => s.parentKey).filter(Boolean));
  return sections.map((s) => {
    const t = s.templateKey ? templateByKey.get(s.templateKey) : undefined;
    return {
      source: s,
      key: s.key,
      title: s.title,
      body: s.body,
      isRequired: s.isRequired,
      minLength: t?.minLength ?? null,
      maxLength: t?.maxLength ?? null,
      metrics: (s.metrics ?? {}) as Record<string, number | null>,
      metricFields: t?.metrics ?? [],
      isGroup: parentKeys.has(s.key),
    };
  });
}
