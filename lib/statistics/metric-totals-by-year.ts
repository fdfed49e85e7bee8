// A metric's total per year, over the units that reported it; null for a year in which nobody
// did (a gap in the trend, not a zero). Years run from the first to the last with any data.
import type { MetricDefinition, MetricRow } from "@/lib/statistics/types";

export function metricTotalsByYear(key: string, rows: MetricRow[], definitions: MetricDefinition[]): { years: number[]; totals: (number | null)[] } {
  const known = [...rows.map((r) => r.year), ...definitions.map((d) => d.year)];
  if (known.length === 0) return { years: [], totals: [] };
  const [first, last] = [Math.min(...known), Math.max(...known)];
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const totals = years.map((year) => {
    const values = rows.filter((r) => r.year === year && r.metricKey === key && r.value !== null).map((r) => r.value as number);
    return values.length ? values.reduce((a, b) => a + b, 0) : null;
  });
  return { years, totals };
}
