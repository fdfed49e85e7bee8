import "server-only";
// The reviewer's statistics charts by name, for the page and for their SVG/PNG downloads alike,
// so a downloaded chart is exactly the one on screen.
import type { Actor } from "@/lib/auth/permissions";
import type { ChartResult } from "@/lib/charts/chart-table";
import { loadStatusFlow } from "@/lib/charts/load-status-flow";
import { renderStatusFlowChart } from "@/lib/charts/render-status-flow-chart";
import type { DistrictStatistics } from "@/lib/statistics/get-district-statistics";
import { metricBarChart, metricTrendChart } from "@/lib/statistics/metric-charts";

export const reviewChartNames = ["flow", "metric-bar", "metric-trend"] as const;
export type ReviewChartName = (typeof reviewChartNames)[number];

export type ReviewCharts = { metricKey: string | null; charts: Partial<Record<ReviewChartName, ChartResult>> };

/** The year's charts; the metric charts are of `metricKey`, or of the first metric when it names none. */
export async function buildReviewCharts({ actor, stats, metricKey }: { actor: Actor; stats: DistrictStatistics; metricKey?: string | null }): Promise<ReviewCharts> {
  const { year, rollUp, history } = stats;
  const flow = await loadStatusFlow({ actor, year });
  const metric = rollUp.metrics.find((m) => m.key === metricKey) ?? rollUp.metrics[0];
  return {
    metricKey: metric?.key ?? null,
    charts: {
      ...(flow ? { flow: renderStatusFlowChart({ title: `${year}年度报送进度`, weeks: flow.weeks, series: flow.series }) } : {}),
      ...(metric ? { "metric-bar": metricBarChart(year, metric), "metric-trend": metricTrendChart(metric, history.rows, history.definitions) } : {}),
    },
  };
}

/** The file name of a downloaded chart, e.g. 2024年度统计图-中心组学法次数-各单位.svg. */
export function reviewChartFileName(year: number, name: ReviewChartName, metricLabel: string | null, ext: "svg" | "png"): string {
  const what = { flow: "报送进度", "metric-bar": `${metricLabel ?? "指标"}-各单位`, "metric-trend": `${metricLabel ?? "指标"}-历年` }[name];
  return `${year}年度统计图-${what}.${ext}`.replace(/[\\/:*?"<>|]/g, "_");
}
