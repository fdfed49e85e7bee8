import "server-only";
import type { Tx } from "@/lib/db";
import type { OutlineSection } from "@/lib/import/import-plan";
import type { TemplateSectionRow } from "@/lib/reports/get-template-sections";
import { isGroupHeading } from "@/lib/reports/template";
import { findDroppedKeys } from "@/lib/templates/dropped-sections";

/**
 * The sections an import may write into: the report's own (its titles, its extra sub-sections),
 * not those the admin dropped from the template, which wait for the unit to move them by hand.
 */
export async function reportOutline(tx: Tx, reportId: string, template: TemplateSectionRow[]): Promise<OutlineSection[]> {
  const sections = await tx.reportSection.findMany({
    where: { reportId },
    orderBy: { sortOrder: "asc" },
    select: { key: true, templateKey: true, level: true, parentKey: true, title: true, body: true, version: true },
  });
  const dropped = findDroppedKeys(sections, template);
  const byKey = new Map(template.map((t) => [t.key, t]));
  const live = sections.filter((s) => !dropped.has(s.key));
  return live.map((s) => {
    const def = s.templateKey ? byKey.get(s.templateKey) : undefined;
    return {
      key: s.key,
      level: s.level === 1 ? 1 : 2,
      parentKey: s.parentKey,
      title: s.title,
      guidance: def?.guidance ?? "",
      isGroup: isGroupHeading(s.key, live),
      body: s.body,
      version: s.version,
      metrics: def?.metrics ?? [],
    };
  });
}
