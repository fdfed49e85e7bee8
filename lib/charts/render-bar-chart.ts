import "server-only";
// One metric across units (e.g. 行政复议案件数 by unit). Vertical bars while the names fit;
// more than 12 units read better as horizontal bars, one row per unit, largest first.
import { renderSvg } from "@/lib/charts/render-svg";
import type { ChartResult } from "@/lib/charts/chart-table";

export type BarChartInput = {
  title: string;
  /** Shown on the value axis and in the table header, e.g. "次", "件". */
  unitLabel: string;
  bars: { label: string; value: number }[];
  width?: number;
};

/** Above this many bars, the chart turns horizontal. */
export const horizontalBarThreshold = 12;

const fontSize = 12;
/** Long unit names are cut with an ellipsis at this width; the table keeps the full name. */
const maxLabelWidth = fontSize * 8;

export function renderBarChart({ title, unitLabel, bars, width = 720 }: BarChartInput): ChartResult {
  const sorted = [...bars].sort((a, b) => b.value - a.value);
  const isHorizontal = sorted.length > horizontalBarThreshold;
  const labels = sorted.map((bar) => bar.label);
  const values = sorted.map((bar) => bar.value);
  const table = {
    caption: title,
    headers: ["单位", `${title}（${unitLabel}）`],
    rows: sorted.map((bar) => [bar.label, bar.value]),
  };

  const valueAxis = { type: "value" as const, name: unitLabel, minInterval: 1, splitLine: { lineStyle: { color: "#e5e7eb" } } };
  const series = {
    type: "bar" as const,
    data: values,
    barMaxWidth: 36,
    label: { show: true, position: isHorizontal ? ("right" as const) : ("top" as const), fontSize },
    emphasis: { disabled: true },
    silent: true,
  };

  if (isHorizontal) {
    const height = 100 + sorted.length * 26;
    const svg = renderSvg({
      title,
      width,
      height,
      option: {
        grid: { top: 76, bottom: 24, left: 16, right: 56 },
        xAxis: { ...valueAxis, position: "top" },
        // inverse: the first (largest) bar at the top, where reading starts.
        yAxis: { type: "category", inverse: true, data: labels, axisLabel: { fontSize, width: maxLabelWidth, overflow: "truncate" } },
        series: [series],
      },
    });
    return { svg, table };
  }

  const height = 360;
  const slot = (width - 96) / Math.max(sorted.length, 1);
  const isRotated = labels.some((label) => label.length * fontSize > slot - 8);
  const svg = renderSvg({
    title,
    width,
    height,
    option: {
      grid: { top: 64, bottom: 16, left: 16, right: 24 },
      xAxis: {
        type: "category",
        data: labels,
        axisLabel: { interval: 0, fontSize, rotate: isRotated ? 30 : 0, width: isRotated ? maxLabelWidth : slot, overflow: "truncate" },
      },
      yAxis: valueAxis,
      series: [series],
    },
  });
  return { svg, table };
}
