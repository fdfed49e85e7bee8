import { describe, expect, it } from "vitest";
import { renderStatusFlowChart } from "@/lib/charts/render-status-flow-chart";

const input = {
  title: "2024年度报告进度",
  weeks: ["截止前2周", "截止前1周", "截止日"],
  series: [
    { label: "已提交", counts: [1, 3, 2] },
    { label: "已审核通过", counts: [0, 1, 3] },
    { label: "已发布", counts: [0, 0, 1] },
  ],
};

describe("renderStatusFlowChart", () => {
  it("stacks one segment per state and week, zero-height where the count is 0", () => {
    const { svg } = renderStatusFlowChart(input);
    // Series shapes are tagged ecmeta_ssr_type="chart"; the legend's swatches are "legend".
    const segments = (series: number) => svg.match(new RegExp(`<path\\b[^>]*ecmeta_series_index="${series}"[^>]*ecmeta_ssr_type="chart"[^>]*>`, "g")) ?? [];
    expect([0, 1, 2].map((s) => segments(s).length)).toEqual([3, 3, 3]);
    // A zero is a segment of no height ("l0 0"): present, but nothing shows.
    const drawn = (series: number) => segments(series).filter((p) => !/l0 -?0l/.test(p)).length;
    expect([0, 1, 2].map(drawn)).toEqual([3, 2, 1]);
    for (const label of ["截止前2周", "截止日", "已提交", "已审核通过", "已发布"]) expect(svg).toContain(`>${label}<`);
  });

  it("tabulates the counts with a total per week", () => {
    expect(renderStatusFlowChart(input).table).toEqual({
      caption: "2024年度报告进度",
      headers: ["时间", "已提交（个单位）", "已审核通过（个单位）", "已发布（个单位）", "合计（个单位）"],
      rows: [["截止前2周", 1, 0, 0, 1], ["截止前1周", 3, 1, 0, 4], ["截止日", 2, 3, 1, 6]],
    });
  });
});
