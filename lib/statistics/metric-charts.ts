import "server-only";
// The charts of the statistics pages, from the roll-ups: a bar per unit for a metric, and a
// metric's total across years. Rendering is lib/charts' business; this only picks the numbers.
import { renderBarChart } from "@/lib/charts/render-bar-chart";
import { renderTrendChart } from "@/lib/charts/render-trend-chart";
import type { ChartResult } from "@/lib/charts/chart-table";
import { metricTotalsByYear } from "@/lib/statistics/metric-totals-by-year";
import type { MetricDefinition, MetricRow, MetricSummary } from "@/lib/statistics/types";

export function metricBarChart(year: number, metric: MetricSummary): ChartResult {
  return renderBarChart({
    title: `${year}年度 ${metric.label}（各单位）`,
    unitLabel: metric.unit,
    bars: metric.byUnit.map((u) => ({ label: u.unitName, value: u.value })),
  });
}

export function metricTrendChart(metric: { key: string; label: string; unit: string }, rows: MetricRow[], definitions: MetricDefinition[]): ChartResult {
  const { years, totals } = metricTotalsByYear(metric.key, rows, definitions);
  return renderTrendChart({ title: `${metric.label} 历年合计`, unitLabel: metric.unit, years, series: [{ name: metric.label, values: totals }] });
}
