import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { chinaToday } from "@/lib/dates";
import { chooseReportingYear } from "@/lib/reports/reporting-cycle";
import { compareYears } from "@/lib/statistics/compare-years";
import { loadDistrictMetrics, type DistrictMetricReport } from "@/lib/statistics/load-district-metrics";
import { loadSectionCompleteness, type KindCompleteness } from "@/lib/statistics/load-section-completeness";
import { rollUpYear } from "@/lib/statistics/roll-up-year";
import type { MetricDefinition, MetricRow, YearComparison, YearRollUp } from "@/lib/statistics/types";

export type DistrictStatistics = {
  year: number;
  years: number[];
  rollUp: YearRollUp;
  comparison: YearComparison;
  reports: DistrictMetricReport[];
  completeness: KindCompleteness[];
  history: { rows: MetricRow[]; definitions: MetricDefinition[] };
};

/**
 * The reviewer's statistics of a year (issue 14 §1): what the district may read of every unit's
 * report (handed in at least once), rolled up, against last year, with the sections' completeness.
 * Null when the district has no reporting year.
 */
export async function getDistrictStatistics({ actor, year: requested, now = new Date() }: { actor: Actor; year?: number; now?: Date }): Promise<DistrictStatistics | null> {
  const data = await loadDistrictMetrics({ actor });
  const years = await db.reportingYear.findMany({ where: { districtId: actor.districtId }, orderBy: { year: "desc" }, select: { year: true } });
  const chosen = chooseReportingYear(years, chinaToday(now), requested);
  if (!chosen) return null;
  const year = chosen.year;
  const rows = data.rows.filter((r) => r.year <= year);
  const definitions = data.definitions.filter((d) => d.year <= year);
  const reports = data.reports.filter((r) => r.year === year);
  return {
    year,
    years: years.map((y) => y.year),
    rollUp: rollUpYear({ year, rows, definitions, units: reports }),
    comparison: compareYears({ year, rows, definitions }),
    reports,
    completeness: await loadSectionCompleteness({ actor, year }),
    history: { rows, definitions },
  };
}
