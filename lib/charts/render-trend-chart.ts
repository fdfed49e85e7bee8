import "server-only";
// One or more series across reporting years. A missing year is a gap in the line, never a 0:
// a unit that did not report is not a unit that reported nothing.
import { renderSvg } from "@/lib/charts/render-svg";
import type { ChartResult } from "@/lib/charts/chart-table";

export type TrendChartInput = {
  title: string;
  unitLabel: string;
  years: number[];
  /** values[i] belongs to years[i]; null where there is no value for that year. */
  series: { name: string; values: (number | null)[] }[];
  width?: number;
};

/** Shapes as well as colours tell the lines apart, for readers who cannot tell the colours. */
const symbols = ["circle", "rect", "triangle", "diamond", "roundRect", "pin", "arrow"];

export function renderTrendChart({ title, unitLabel, years, series, width = 720 }: TrendChartInput): ChartResult {
  for (const s of series) {
    if (s.values.length !== years.length) throw new Error(`renderTrendChart: series "${s.name}" has ${s.values.length} values for ${years.length} years`);
  }
  const yearLabels = years.map((year) => `${year}年`);
  const hasLegend = series.length > 1;
  const height = 360;
  const svg = renderSvg({
    title,
    width,
    height,
    option: {
      legend: hasLegend ? { bottom: 8, textStyle: { fontSize: 12 } } : undefined,
      grid: { top: 64, bottom: hasLegend ? 56 : 24, left: 16, right: 32 },
      xAxis: { type: "category", data: yearLabels, boundaryGap: true, axisLabel: { interval: 0 } },
      yAxis: { type: "value", name: unitLabel, splitLine: { lineStyle: { color: "#e5e7eb" } } },
      series: series.map((s, i) => ({
        type: "line",
        name: s.name,
        data: s.values,
        connectNulls: false,
        // A year between two gaps has no line segment; its symbol is all that shows it.
        showAllSymbol: true,
        symbol: symbols[i % symbols.length],
        symbolSize: 7,
        lineStyle: { width: 2 },
        silent: true,
        emphasis: { disabled: true },
      })),
    },
  });
  return {
    svg,
    table: {
      caption: title,
      headers: ["年度", ...series.map((s) => `${s.name}（${unitLabel}）`)],
      rows: years.map((_, i) => [yearLabels[i], ...series.map((s) => s.values[i])]),
    },
  };
}
