import type { MetricDefinition } from "@/lib/statistics/types";

/**
 * The labels the reports' own districts published: another district of the same installation
 * may name (or rename) a metric of the same key otherwise.
 */
export function definitionsOfDistricts(definitions: MetricDefinition[], reports: { districtId: string }[]): MetricDefinition[] {
  const districts = new Set(reports.map((r) => r.districtId));
  return definitions.filter((d) => !d.districtId || districts.has(d.districtId));
}
