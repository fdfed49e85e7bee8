import { describe, expect, it } from "vitest";
import { renderBarChart } from "@/lib/charts/render-bar-chart";

/** echarts tags each series shape in SSR output with its series index and ssr type "chart". */
function barShapes(svg: string): string[] {
  return svg.match(/<path\b[^>]*\becmeta_series_index="0"[^>]*ecmeta_ssr_type="chart"[^>]*>/g) ?? [];
}
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
}

const bars = [
  { label: "珍溪镇", value: 3 },
  { label: "区司法局", value: 12 },
  { label: "义和镇", value: 0 },
  { label: "区生态环境局", value: 7 },
];

describe("renderBarChart", () => {
  it("draws one bar per unit, zero values included", () => {
    const { svg } = renderBarChart({ title: "行政复议案件数", unitLabel: "件", bars });
    expect(barShapes(svg)).toHaveLength(4);
  });

  it("writes the unit names, title and unit as text", () => {
    const { svg } = renderBarChart({ title: "行政复议案件数", unitLabel: "件", bars });
    expect(texts(svg)).toEqual(expect.arrayContaining(["珍溪镇", "区司法局", "义和镇", "区生态环境局", "行政复议案件数", "件"]));
  });

  it("sorts by value, largest first, in the chart and in the table", () => {
    const { svg, table } = renderBarChart({ title: "行政复议案件数", unitLabel: "件", bars });
    expect(table).toEqual({
      caption: "行政复议案件数",
      headers: ["单位", "行政复议案件数（件）"],
      rows: [["区司法局", 12], ["区生态环境局", 7], ["珍溪镇", 3], ["义和镇", 0]],
    });
    const order = ["区司法局", "区生态环境局", "珍溪镇", "义和镇"].map((name) => svg.indexOf(`>${name}<`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Value labels are drawn with the bars, in the same order.
    const valueLabels = texts(svg).filter((t) => ["12", "7", "3", "0"].includes(t));
    expect(valueLabels.slice(-4)).toEqual(["12", "7", "3", "0"]);
  });

  it("turns horizontal above 12 units and still draws every bar, largest at the top", () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ label: `测试单位${i + 1}`, value: i + 1 }));
    const { svg, table } = renderBarChart({ title: "学法次数", unitLabel: "次", bars: many });
    const shapes = barShapes(svg);
    expect(shapes).toHaveLength(40);
    expect(table.rows).toHaveLength(40);
    expect(table.rows[0]).toEqual(["测试单位40", 40]);
    // Horizontal: bars differ in width, share a left edge, and the first (largest) is at the top.
    const firstY = (path: string) => Number(/d="M[\d.]+ ([\d.]+)/.exec(path)![1]);
    const largest = shapes.find((p) => p.includes('ecmeta_data_index="0"'))!;
    const smallest = shapes.find((p) => p.includes('ecmeta_data_index="39"'))!;
    expect(firstY(largest)).toBeLessThan(firstY(smallest));
    expect(Number(/height="(\d+)"/.exec(svg)![1])).toBeGreaterThan(40 * 20);
  });

  it("cuts long names on the axis but keeps them whole in the table", () => {
    const long = "重庆市涪陵区发展和改革委员会办公室";
    const many = Array.from({ length: 13 }, (_, i) => ({ label: i === 0 ? long : `单位${i}`, value: i }));
    const { svg, table } = renderBarChart({ title: "学法次数", unitLabel: "次", bars: many });
    expect(svg).not.toContain(`>${long}<`);
    expect(texts(svg).some((t) => t.startsWith("重庆市") && t.endsWith("..."))).toBe(true);
    expect(table.rows.map((r) => r[0])).toContain(long);
  });

  it("escapes markup in names", () => {
    const { svg } = renderBarChart({ title: "A<B", unitLabel: "次", bars: [{ label: "甲&乙<局>", value: 1 }] });
    expect(svg).not.toContain("甲&乙<局>");
    expect(svg).toContain("<title>A&lt;B</title>");
  });
});
