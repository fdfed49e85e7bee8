import { describe, expect, it } from "vitest";
import { svgToPng } from "@/lib/charts/svg-to-png";
import { renderBarChart } from "@/lib/charts/render-bar-chart";

describe("svgToPng", () => {
  it("rasterises a chart at twice its size by default", async () => {
    const { svg } = renderBarChart({ title: "行政复议案件数", unitLabel: "件", bars: [{ label: "珍溪镇", value: 3 }] });
    const png = await svgToPng({ svg });
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    // IHDR: width and height are the big-endian words at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1440, 720]);
  });
});
