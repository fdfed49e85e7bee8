import { describe, expect, it } from "vitest";
import { defaultPublisherPattern, formatPublisher, publisherPatternProblem } from "@/lib/reports/publisher-pattern";

describe("publisher pattern (发布机构)", () => {
  it("is the unit's full name by default", () => {
    expect(formatPublisher(defaultPublisherPattern, "重庆市涪陵区珍溪镇人民政府")).toBe("重庆市涪陵区珍溪镇人民政府");
  });

  it("wraps the full name in the district's wording", () => {
    expect(formatPublisher("{unitName}（依法治区办汇总）", "区司法局")).toBe("区司法局（依法治区办汇总）");
  });

  it("refuses a pattern without the unit name or with an unknown placeholder", () => {
    expect(publisherPatternProblem("涪陵区人民政府")).toContain("须包含 {unitName}");
    expect(publisherPatternProblem("{unitname}")).toContain("不认识的占位符");
    expect(publisherPatternProblem("{unitName}")).toBeNull();
  });
});
