import { describe, expect, it } from "vitest";
import { sectionCompleteness, type CompletenessUnit } from "@/lib/statistics/section-completeness";

const a: CompletenessUnit = { unitId: "a", name: "甲镇", kind: "TOWN" };
const b: CompletenessUnit = { unitId: "b", name: "乙镇", kind: "TOWN" };
const c: CompletenessUnit = { unitId: "c", name: "区司法局", kind: "DEPARTMENT" };
const text = "全年组织党委理论学习中心组专题学习习近平法治思想六次，举办法治讲座两场，领导干部旁听庭审一次。";

describe("section completeness", () => {
  const result = sectionCompleteness({
    units: [a, b, c],
    sections: [{ key: "law-study", title: "学习贯彻习近平法治思想情况" }],
    thisYear: new Map([
      ["a", new Map([["law-study", text]])],
      ["b", new Map([["law-study", "本年度新修订了执法公示制度，全面推行执法全过程记录，办理行政许可事项一百二十件。"]])],
      ["c", new Map([["law-study", "   "]])],
    ]),
    lastYear: new Map([
      ["a", new Map([["law-study", text.replace("六次", "五次")]])],
      ["b", new Map([["law-study", "短文。"]])],
    ]),
  });
  const [section] = result;

  it("counts who wrote the section and lists who did not (blank is not written)", () => {
    expect(section.written).toBe(2);
    expect(section.missing).toEqual([c]);
  });

  it("gives lengths and the average against last year's", () => {
    expect(section.lengths.map((l) => l.unit.name)).toEqual(["甲镇", "乙镇"]);
    expect(section.averageLength).toBe(Math.round((section.lengths[0].characters + section.lengths[1].characters) / 2));
    expect(section.lastYearAverageLength).toBe(Math.round((section.lengths[0].characters + 2) / 2));
  });

  it("flags the unit whose text is mostly last year's, not the one that rewrote it", () => {
    expect(section.copied).toEqual([a]);
    expect(section.lengths[0].copiedRatio).toBeGreaterThan(0.9);
    expect(section.lengths[1].copiedRatio).toBeLessThan(0.3);
  });
});
