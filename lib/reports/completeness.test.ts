import { describe, expect, it } from "vitest";
import { findSubmitBlockers, sectionProblems, sectionState, type SectionForCheck } from "@/lib/reports/completeness";

const metricFields = [
  { key: "study-sessions", label: "中心组学法次数", unit: "次" },
  { key: "lectures", label: "专题讲座次数", unit: "次" },
];

function section(overrides: Partial<SectionForCheck> = {}): SectionForCheck {
  return {
    key: "law-study",
    title: "学习贯彻习近平法治思想情况",
    body: "",
    isRequired: true,
    minLength: 50,
    maxLength: 5000,
    metrics: {},
    metricFields,
    isGroup: false,
    ...overrides,
  };
}

const fifty = "法".repeat(50);

describe("completeness", () => {
  describe("sectionProblems", () => {
    it("asks for an empty required section to be filled, and for its metric fields", () => {
      expect(sectionProblems(section())).toEqual(["必填部分尚未填写。", "请填写：中心组学法次数、专题讲座次数。"]);
    });

    it("needs at least the minimum length, counting no spaces or line breaks", () => {
      const body = `${"法".repeat(25)}\n\u3000${" ".repeat(30)}${"治".repeat(24)}`;
      expect(sectionProblems(section({ body, metrics: { "study-sessions": 1, lectures: 1 } }))).toEqual(["正文不少于 50 字，当前 49 字。"]);
      expect(sectionProblems(section({ body: `${body}治`, metrics: { "study-sessions": 1, lectures: 1 } }))).toEqual([]);
    });

    it("refuses a body over the maximum length", () => {
      expect(sectionProblems(section({ body: "法".repeat(5001), metrics: { "study-sessions": 1, lectures: 1 } }))).toEqual([
        "正文不超过 5000 字，当前 5001 字。",
      ]);
    });

    it("counts 0 as a filled metric and null as missing", () => {
      expect(sectionProblems(section({ body: fifty, metrics: { "study-sessions": 0, lectures: null } }))).toEqual(["请填写：专题讲座次数。"]);
      expect(sectionProblems(section({ body: fifty, metrics: { "study-sessions": 0, lectures: 0 } }))).toEqual([]);
    });

    it("does not require an optional section, nor its metrics", () => {
      expect(sectionProblems(section({ isRequired: false, minLength: null }))).toEqual([]);
    });

    it("holds an optional section that has a minimum length to it once text is written", () => {
      expect(sectionProblems(section({ isRequired: false, minLength: 10, body: "短" }))).toEqual(["正文不少于 10 字，当前 1 字。"]);
    });

    it("has nothing to ask of a heading that only groups sub-sections", () => {
      expect(sectionProblems(section({ isGroup: true }))).toEqual([]);
    });
  });

  describe("findSubmitBlockers", () => {
    it("lists every problem with its section, and nothing for complete sections", () => {
      const blockers = findSubmitBlockers([
        section({ key: "overview", title: "主要举措和成效", isGroup: true }),
        section(),
        section({ key: "reform", title: "深化“放管服”改革、优化营商环境情况", metricFields: [], body: fifty }),
        section({ key: "plans", title: "下一年度推进法治政府建设的主要安排", metricFields: [], body: "短" }),
      ]);
      expect(blockers).toEqual([
        { sectionKey: "law-study", sectionTitle: "学习贯彻习近平法治思想情况", message: "必填部分尚未填写。" },
        { sectionKey: "law-study", sectionTitle: "学习贯彻习近平法治思想情况", message: "请填写：中心组学法次数、专题讲座次数。" },
        { sectionKey: "plans", sectionTitle: "下一年度推进法治政府建设的主要安排", message: "正文不少于 50 字，当前 1 字。" },
      ]);
    });
  });

  describe("sectionState", () => {
    it("is empty with no text and no metric", () => {
      expect(sectionState(section({ body: " \n" }))).toBe("empty");
    });

    it("is in progress with only a metric, or text that is too short", () => {
      expect(sectionState(section({ metrics: { lectures: 0 } }))).toBe("in-progress");
      expect(sectionState(section({ body: "短", metrics: { "study-sessions": 1, lectures: 1 } }))).toBe("in-progress");
    });

    it("is complete when nothing is missing, and always for a group heading", () => {
      expect(sectionState(section({ body: fifty, metrics: { "study-sessions": 1, lectures: 2 } }))).toBe("complete");
      expect(sectionState(section({ isGroup: true }))).toBe("complete");
    });
  });
});
