import { splitMetricId } from "./metric-id";
import type { MetricDefinition, MetricInfo, MetricRow } from "./types";

/**
 * One MetricInfo per metric identity, labelled as its latest year defines it (a renamed label
 * does not split the series), ordered as in the latest year's template; metrics only older
 * years have follow, newest first. Keys the rows use without any definition keep the key as label.
 */
export function resolveMetrics(definitions: MetricDefinition[], rows: MetricRow[] = []): MetricInfo[] {
  const latest = new Map<string, MetricDefinition>();
  for (const d of definitions) {
    const seen = latest.get(d.key);
    if (!seen || d.year > seen.year) latest.set(d.key, d);
  }
  for (const row of rows) {
    if (!latest.has(row.metricKey)) latest.set(row.metricKey, { key: row.metricKey, label: splitMetricId(row.metricKey).metricKey, unit: "", year: -Infinity, order: Infinity });
  }
  return [...latest.values()]
    .sort((a, b) => b.year - a.year || a.order - b.order || a.key.localeCompare(b.key))
    .map((d) => ({ key: d.key, ...splitMetricId(d.key), label: d.label, unit: d.unit }));
}
