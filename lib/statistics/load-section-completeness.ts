import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { sectionCompleteness, type BodiesByUnit, type CompletenessUnit, type SectionCompleteness } from "@/lib/statistics/section-completeness";

/** What the district may read of a unit's report: everything handed in at least once. */
const readable = ["SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED", "WITHDRAWN"] as const;

export type KindCompleteness = { kind: "TOWN" | "DEPARTMENT"; units: number; sections: SectionCompleteness[] };

/**
 * Per unit kind, the year's required sections and who wrote them, against the year before. A
 * unit's draft (or a report waiting for its head's sign-off) is not the district's to read, so
 * it counts as not written yet.
 */
export async function loadSectionCompleteness({ actor, year }: { actor: Actor; year: number }): Promise<KindCompleteness[]> {
  assertCan(actor, "review:list");
  const years = await db.reportingYear.findMany({
    where: { districtId: actor.districtId, year: { in: [year, year - 1] } },
    select: { id: true, year: true },
  });
  const thisYear = years.find((y) => y.year === year);
  if (!thisYear) return [];
  const lastYear = years.find((y) => y.year === year - 1);
  const [units, templates, reports] = await Promise.all([
    db.unit.findMany({ where: { districtId: actor.districtId, isActive: true }, orderBy: [{ kind: "asc" }, { sortOrder: "asc" }], select: { id: true, shortName: true, kind: true } }),
    db.templateSection.findMany({
      where: { template: { yearId: thisYear.id } },
      orderBy: { sortOrder: "asc" },
      select: { key: true, title: true, parentKey: true, isRequired: true, template: { select: { unitKind: true } } },
    }),
    db.report.findMany({
      where: { yearId: { in: years.map((y) => y.id) }, status: { in: [...readable] }, unit: { districtId: actor.districtId } },
      select: { unitId: true, yearId: true, sections: { select: { templateKey: true, body: true } } },
    }),
  ]);
  const bodies = (yearId: string | undefined): BodiesByUnit =>
    new Map(reports.filter((r) => r.yearId === yearId).map((r) => [r.unitId, new Map(r.sections.filter((s) => s.templateKey).map((s) => [s.templateKey!, s.body]))]));
  const [current, previous] = [bodies(thisYear.id), bodies(lastYear?.id)];
  return (["TOWN", "DEPARTMENT"] as const).flatMap((kind) => {
    const ofKind: CompletenessUnit[] = units.filter((u) => u.kind === kind).map((u) => ({ unitId: u.id, name: u.shortName, kind }));
    // A heading that holds sub-sections is written through them: only sections with text count.
    const outline = templates.filter((t) => t.template.unitKind === kind);
    const keys = outline.filter((t) => t.isRequired && !outline.some((c) => c.parentKey === t.key));
    if (ofKind.length === 0) return [];
    return [{ kind, units: ofKind.length, sections: sectionCompleteness({ units: ofKind, sections: keys.map((t) => ({ key: t.key, title: t.title })), thisYear: current, lastYear: previous }) }];
  });
}
