import "server-only";
// Where the year's reports stood in the weeks up to the deadline: one stacked bar per week, one
// segment per state. The counts must be exclusive (each unit in one state) for the stack to add up;
// lib/charts/status-flow.ts produces them that way.
import { renderSvg } from "@/lib/charts/render-svg";
import type { ChartResult } from "@/lib/charts/chart-table";

export type StatusFlowChartInput = {
  title: string;
  /** Labels such as "截止前8周" … "截止日". */
  weeks: string[];
  /** Bottom of the stack first; counts[i] belongs to weeks[i]. */
  series: { label: string; counts: number[] }[];
  /** What is counted, for the axis and table header; 个单位 by default. */
  unitLabel?: string;
  width?: number;
};

/** Light to dark as a report moves on: submitted, approved, published. */
const stateColors = ["#9cc3e6", "#3b7fc4", "#0b3d73", "#505050"];

export function renderStatusFlowChart({ title, weeks, series, unitLabel = "个单位", width = 720 }: StatusFlowChartInput): ChartResult {
  for (const s of series) {
    if (s.counts.length !== weeks.length) throw new Error(`renderStatusFlowChart: "${s.label}" has ${s.counts.length} counts for ${weeks.length} weeks`);
  }
  const height = 380;
  const svg = renderSvg({
    title,
    width,
    height,
    option: {
      color: stateColors,
      legend: { bottom: 8, textStyle: { fontSize: 12 } },
      grid: { top: 64, bottom: 64, left: 16, right: 24 },
      xAxis: { type: "category", data: weeks, axisLabel: { interval: 0, fontSize: 11 } },
      yAxis: { type: "value", name: unitLabel, minInterval: 1, splitLine: { lineStyle: { color: "#e5e7eb" } } },
      series: series.map((s) => ({
        type: "bar",
        name: s.label,
        stack: "status",
        data: s.counts,
        barMaxWidth: 40,
        silent: true,
        emphasis: { disabled: true },
      })),
    },
  });
  return {
    svg,
    table: {
      caption: title,
      headers: ["时间", ...series.map((s) => `${s.label}（${unitLabel}）`), `合计（${unitLabel}）`],
      rows: weeks.map((week, i) => [week, ...series.map((s) => s.counts[i]), series.reduce((sum, s) => sum + s.counts[i], 0)]),
    },
  };
}
