import "server-only";
import { paramOfUnitKind } from "@/lib/public/search/search-params";
import { listStatisticsYears } from "./list-statistics-years";
import { loadPublicMetrics } from "./load-public-metrics";
import { toOpenMetrics, type OpenMetrics } from "./open-metrics";
import { rollUpYear } from "./roll-up-year";
import { definitionsOfDistricts } from "./definitions-of-districts";
import type { UnitKind } from "./types";

/**
 * The open-data roll-up of a year (by default the latest with public reports), or null when no
 * report of that year is public. Every year from it on is read so that labels are the latest published
 * ones: a renamed metric's older figures appear under today's name, in one series.
 */
export async function getOpenMetrics({ year, kind }: { year?: number; kind?: UnitKind }): Promise<OpenMetrics | null> {
  const years = await listStatisticsYears();
  const chosen = year ?? years[0];
  if (chosen === undefined || !years.includes(chosen)) return null;
  // Both kinds, so a label renamed in either kind's later template names the series.
  const data = await loadPublicMetrics({ fromYear: chosen });
  const rows = data.rows.filter((r) => r.year === chosen && (!kind || r.unitKind === kind));
  const units = data.reports.filter((r) => r.year === chosen && (!kind || r.unitKind === kind));
  const definitions = definitionsOfDistricts(data.definitions, data.reports.filter((r) => r.year === chosen));
  return toOpenMetrics(rollUpYear({ year: chosen, rows, definitions, units }), kind ? paramOfUnitKind[kind] : null);
}
