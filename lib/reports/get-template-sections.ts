import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { MetricField, TemplateSectionDef } from "@/lib/reports/template";

export type TemplateSectionRow = TemplateSectionDef & { sortOrder: number };

export async function getTemplateSections(client: Db | Tx, options: { yearId: string; unitKind: "TOWN" | "DEPARTMENT" }): Promise<TemplateSectionRow[]> {
  const template = await client.template.findUnique({
    where: { yearId_unitKind: { yearId: options.yearId, unitKind: options.unitKind } },
    select: { sections: { orderBy: { sortOrder: "asc" } } },
  });
  return (template?.sections ?? []).map((s) => ({
    key: s.key,
    level: s.level === 1 ? 1 : 2,
    parentKey: s.parentKey,
    title: s.title,
    guidance: s.guidance,
    isRequired: s.isRequired,
    minLength: s.minLength,
    maxLength: s.maxLength,
    metrics: (s.metrics ?? []) as MetricField[],
    sortOrder: s.sortOrder,
  }));
}
