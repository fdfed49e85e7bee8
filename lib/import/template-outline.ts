import type { OutlineSection } from "@/lib/import/import-plan";
import { isGroupHeading, type TemplateSectionDef } from "@/lib/reports/template";

/** A report not created yet (a historical import, the seed's report): the template's outline, empty. */
export function templateOutline(template: TemplateSectionDef[]): OutlineSection[] {
  return template.map((t) => ({
    key: t.key,
    level: t.level,
    parentKey: t.parentKey,
    title: t.title,
    guidance: t.guidance,
    isGroup: isGroupHeading(t.key, template),
    body: "",
    version: null,
    metrics: t.metrics,
  }));
}
