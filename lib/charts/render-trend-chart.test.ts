import { describe, expect, it } from "vitest";
import { renderTrendChart } from "@/lib/charts/render-trend-chart";

/** The polyline of series `i`: echarts draws a line as one path with one M per unbroken run. */
function linePaths(svg: string): string[] {
  return (svg.match(/<path\b[^>]*>/g) ?? []).filter((p) => /fill="none"/.test(p) && /stroke-width="2"/.test(p));
}
const moveCount = (path: string) => (/\sd="([^"]*)"/.exec(path)![1].match(/M/g) ?? []).length;

describe("renderTrendChart", () => {
  it("leaves a gap for a missing year instead of drawing it as zero", () => {
    const { svg } = renderTrendChart({
      title: "行政诉讼案件数",
      unitLabel: "件",
      years: [2020, 2021, 2022, 2023],
      series: [{ name: "全区", values: [5, null, 8, 9] }],
    });
    const [line] = linePaths(svg);
    expect(moveCount(line)).toBe(2);
    // The axis starts at 0; a 0 would put a point on it. The gap has no point at all.
    const points = svg.match(/ecmeta_series_index="0"[^>]*ecmeta_ssr_type="chart"/g) ?? [];
    expect(points).toHaveLength(3);
  });

  it("draws a full series as one unbroken line, one line per series", () => {
    const { svg } = renderTrendChart({
      title: "行政诉讼案件数",
      unitLabel: "件",
      years: [2021, 2022, 2023],
      series: [
        { name: "珍溪镇", values: [1, 2, 3] },
        { name: "义和镇", values: [3, null, 1] },
      ],
    });
    const lines = linePaths(svg);
    expect(lines).toHaveLength(2);
    expect(lines.map(moveCount).sort()).toEqual([1, 2]);
    for (const label of ["2021年", "2022年", "2023年", "珍溪镇", "义和镇", "行政诉讼案件数"]) expect(svg).toContain(`>${label}<`);
  });

  it("puts the same values, gaps as null, in the table", () => {
    const { table } = renderTrendChart({
      title: "学法次数",
      unitLabel: "次",
      years: [2022, 2023],
      series: [
        { name: "珍溪镇", values: [4, null] },
        { name: "义和镇", values: [null, 6] },
      ],
    });
    expect(table).toEqual({
      caption: "学法次数",
      headers: ["年度", "珍溪镇（次）", "义和镇（次）"],
      rows: [["2022年", 4, null], ["2023年", null, 6]],
    });
  });

  it("refuses a series whose length does not match the years", () => {
    expect(() => renderTrendChart({ title: "x", unitLabel: "次", years: [2022, 2023], series: [{ name: "a", values: [1] }] })).toThrow();
  });
});
