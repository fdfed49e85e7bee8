import "server-only";
import { compareYears } from "./compare-years";
import { listStatisticsYears } from "./list-statistics-years";
import { listUnpublishedUnits, type UnpublishedUnit } from "./list-unpublished-units";
import { loadPublicMetrics, type PublicMetricReport } from "./load-public-metrics";
import { rollUpYear } from "./roll-up-year";
import { definitionsOfDistricts } from "./definitions-of-districts";
import type { MetricDefinition, MetricRow, UnitRef, YearComparison, YearRollUp } from "./types";

export type YearStatistics = {
  years: number[];
  rollUp: YearRollUp;
  /** Against the year before, when it has public reports. */
  comparison: YearComparison | null;
  reports: PublicMetricReport[];
  withdrawn: (UnitRef & { year: number })[];
  unpublished: UnpublishedUnit[];
  /** Every public year's rows, for the trend charts. */
  history: { rows: MetricRow[]; definitions: MetricDefinition[] };
};

/** The public statistics page of a year, or null when no report of that year is public. */
export async function getYearStatistics({ year }: { year: number }): Promise<YearStatistics | null> {
  const years = await listStatisticsYears();
  if (!years.includes(year)) return null;
  const [data, unpublished] = await Promise.all([loadPublicMetrics({}), listUnpublishedUnits({ year })]);
  const reports = data.reports.filter((r) => r.year === year);
  // Rows up to this year (the trend ends here); labels as the reports' districts publish them
  // today, so a renamed metric keeps one history under its current name.
  const rows = data.rows.filter((r) => r.year <= year);
  const definitions = definitionsOfDistricts(data.definitions, reports);
  const rollUp = rollUpYear({ year, rows, definitions, units: reports });
  const comparison = years.includes(year - 1) ? compareYears({ year, rows, definitions }) : null;
  return { years, rollUp, comparison, reports, withdrawn: data.withdrawn.filter((r) => r.year === year), unpublished, history: { rows, definitions } };
}
