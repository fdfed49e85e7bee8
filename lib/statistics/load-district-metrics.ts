import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { definitionsOfSection, metricFieldsOf, metricValuesOf, rowsOfSection } from "./section-metrics";
import type { MetricDefinition, MetricRow, UnitKind, UnitRef } from "./types";

/** Reports whose working figures the district reviews: submitted at least once and not withdrawn. */
export const districtMetricStatuses = ["SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED"] as const;

export type DistrictMetricReport = UnitRef & { year: number; reportId: string; status: (typeof districtMetricStatuses)[number] };

export type DistrictMetrics = { rows: MetricRow[]; definitions: MetricDefinition[]; reports: DistrictMetricReport[] };

export type LoadDistrictMetricsOptions = { actor: Actor; year?: number; kind?: UnitKind };

/**
 * Figures of the actor's district for reviewers, from the reports' current sections (so a
 * report being corrected shows its new figures). Units deactivated since keep their report,
 * marked unitInactive. Labels come from each year's templates.
 */
export async function loadDistrictMetrics({ actor, year, kind }: LoadDistrictMetricsOptions): Promise<DistrictMetrics> {
  assertCan(actor, "review:list");
  const yearWhere = { districtId: actor.districtId, ...(year !== undefined ? { year } : {}) };
  const [reports, templateSections] = await Promise.all([
    db.report.findMany({
      where: { year: yearWhere, status: { in: [...districtMetricStatuses] }, unit: { districtId: actor.districtId, ...(kind ? { kind } : {}) } },
      select: {
        id: true,
        status: true,
        year: { select: { year: true } },
        unit: { select: { id: true, shortName: true, kind: true, slug: true, isActive: true } },
        sections: { orderBy: { sortOrder: "asc" }, select: { key: true, templateKey: true, metrics: true } },
      },
    }),
    db.templateSection.findMany({
      where: { template: { year: yearWhere, ...(kind ? { unitKind: kind } : {}) } },
      orderBy: { sortOrder: "asc" },
      select: { key: true, metrics: true, template: { select: { unitKind: true, year: { select: { year: true } } } } },
    }),
  ]);

  const definitions = templateSections.flatMap((s, sectionIndex) =>
    definitionsOfSection({ year: s.template.year.year, sectionKey: s.key, sectionIndex, fields: metricFieldsOf(s.metrics) }),
  );
  const fieldKeys = new Map<string, string[]>();
  for (const s of templateSections) fieldKeys.set(`${s.template.year.year}:${s.template.unitKind}:${s.key}`, metricFieldsOf(s.metrics).map((f) => f.key));

  const rows: MetricRow[] = [];
  const included: DistrictMetricReport[] = [];
  for (const report of reports) {
    const unit: UnitRef = { unitId: report.unit.id, unitName: report.unit.shortName, unitKind: report.unit.kind, slug: report.unit.slug, unitInactive: !report.unit.isActive };
    const reportYear = report.year.year;
    included.push({ ...unit, year: reportYear, reportId: report.id, status: report.status as DistrictMetricReport["status"] });
    for (const section of report.sections) {
      const sectionKey = section.templateKey ?? section.key;
      rows.push(...rowsOfSection({ unit, year: reportYear, sectionKey, values: metricValuesOf(section.metrics), keys: fieldKeys.get(`${reportYear}:${unit.unitKind}:${sectionKey}`) }));
    }
  }
  return { rows, definitions, reports: included };
}
