import "server-only";
// The one place that drives echarts. Charts are drawn on the server as SVG strings, so the
// browser gets markup and no chart code (TOOLCHAIN.md: init(null, null, { ssr: true })).
import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TitleComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import type { EChartsCoreOption } from "echarts/core";
import { makeSvgAccessible } from "@/lib/charts/accessible-svg";

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

/** The system CJK stack the site uses (next/font cannot download here). */
export const chartFontFamily = "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif";

/** Colours that stay apart for common colour-vision deficiencies (Okabe–Ito, darkened for contrast on white). */
export const chartPalette = ["#0a5ea8", "#c26a00", "#0b7a5c", "#b83a1b", "#6a3d9a", "#3b8fc4", "#9c6b00", "#505050"];

export type RenderSvgOptions = { title: string; option: EChartsCoreOption; width: number; height: number };

export function renderSvg({ title, option, width, height }: RenderSvgOptions): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      color: chartPalette,
      textStyle: { fontFamily: chartFontFamily, color: "#1f2937" },
      title: { text: title, left: "center", top: 8, textStyle: { fontSize: 16, fontWeight: "bold", color: "#111827" } },
      ...option,
    });
    return makeSvgAccessible({ svg: chart.renderToSVGString(), title, width, height });
  } finally {
    chart.dispose();
  }
}
