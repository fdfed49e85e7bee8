import "server-only";
import { db } from "@/lib/db";
import { parseSnapshot } from "@/lib/reports/snapshot";
import { definitionsOfSection, rowsOfSection } from "./section-metrics";
import type { MetricDefinition, MetricRow, UnitKind, UnitRef } from "./types";

export type PublicMetricReport = UnitRef & { year: number; url: string; districtId: string };

export type PublicMetrics = {
  rows: MetricRow[];
  definitions: MetricDefinition[];
  /** Reports whose figures are included: the current publication, public (not withdrawn). */
  reports: PublicMetricReport[];
  /** Reports left out because their current publication is withdrawn. */
  withdrawn: (UnitRef & { year: number })[];
};

export type LoadPublicMetricsOptions = {
  /** One year; without it every year (or every year from `fromYear`, for the later labels). */
  year?: number;
  fromYear?: number;
  kind?: UnitKind;
};

/**
 * Figures of the reports the public may read, from the frozen snapshot of each report's current
 * publication: never a draft, an unpublished revision or a correction under review, and nothing
 * of a withdrawn report. One year, or every year when none is given.
 */
export async function loadPublicMetrics({ year, fromYear, kind }: LoadPublicMetricsOptions = {}): Promise<PublicMetrics> {
  const yearWhere = year !== undefined ? { year } : fromYear !== undefined ? { year: { gte: fromYear } } : undefined;
  const report = { ...(yearWhere ? { year: yearWhere } : {}), ...(kind ? { unit: { kind } } : {}) };
  const reportSelect = { select: { year: { select: { year: true } }, unit: { select: { id: true, shortName: true, kind: true, slug: true, isActive: true, districtId: true } } } } as const;
  const [current, withdrawn] = await Promise.all([
    db.publication.findMany({
      where: { isCurrent: true, withdrawnAt: null, report },
      select: { revision: { select: { snapshot: true } }, report: reportSelect },
    }),
    db.publication.findMany({ where: { isCurrent: true, withdrawnAt: { not: null }, report }, select: { report: reportSelect } }),
  ]);
  type ReportRow = (typeof withdrawn)[number]["report"];
  const refOf = (r: ReportRow): UnitRef & { year: number } => ({
    unitId: r.unit.id,
    unitName: r.unit.shortName,
    unitKind: r.unit.kind,
    slug: r.unit.slug,
    unitInactive: !r.unit.isActive,
    year: r.year.year,
  });

  const rows: MetricRow[] = [];
  const definitions: MetricDefinition[] = [];
  const reports: PublicMetricReport[] = [];
  for (const publication of current) {
    const unit = refOf(publication.report);
    reports.push({ ...unit, url: `/reports/${unit.year}/${unit.slug}`, districtId: publication.report.unit.districtId });
    parseSnapshot(publication.revision.snapshot).sections.forEach((section, sectionIndex) => {
      const order = section.metricOrder.length ? section.metricOrder : Object.keys(section.metricLabels);
      const keys = [...new Set([...order, ...Object.keys(section.metricLabels)])];
      rows.push(...rowsOfSection({ unit, year: unit.year, sectionKey: section.key, values: section.metrics, keys }));
      const fields = keys.flatMap((key) => (section.metricLabels[key] ? [{ key, ...section.metricLabels[key] }] : []));
      const districtId = publication.report.unit.districtId;
      definitions.push(...definitionsOfSection({ year: unit.year, sectionKey: section.key, sectionIndex, fields }).map((d) => ({ ...d, districtId })));
    });
  }
  return { rows, definitions, reports, withdrawn: withdrawn.map((p) => refOf(p.report)) };
}
