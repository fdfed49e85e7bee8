import { describe, expect, it } from "vitest";
import { buildParts, composePlan, countChars, type OutlineSection } from "@/lib/import/import-plan";
import type { SectionMapping } from "@/lib/import/map-sections";
import type { ClassifiedLine, SplitReport } from "@/lib/import/types";

const outline: OutlineSection[] = [
  { key: "measures", level: 1, parentKey: null, title: "主要举措和成效", guidance: "", isGroup: true, body: "", version: 1, metrics: [] },
  { key: "law-study", level: 2, parentKey: "measures", title: "学习贯彻习近平法治思想情况", guidance: "", isGroup: false, body: "", version: 1, metrics: [{ key: "study-sessions", label: "中心组学法次数", unit: "次" }] },
  { key: "reform", level: 2, parentKey: "measures", title: "深化“放管服”改革、优化营商环境情况", guidance: "", isGroup: false, body: "已有的文字。", version: 3, metrics: [] },
  { key: "shortcomings", level: 1, parentKey: null, title: "存在的不足和原因", guidance: "", isGroup: false, body: "", version: 1, metrics: [] },
];

// 标题 / 开头一段 / 一、(intro) / （一） / （二）run-in / 二、 with two numbered points / furniture.
const lines: ClassifiedLine[] = [
  { index: 0, text: "某镇2024年法治政府建设年度报告", role: "title" },
  { index: 1, text: "现将有关情况报告如下。", role: "body" },
  { index: 2, text: "一、主要工作", role: "heading", level: 1, marker: "一、", heading: "主要工作" },
  { index: 3, text: "全年工作平稳有序。", role: "body" },
  { index: 4, text: "（一）强化理论学习", role: "heading", level: 2, marker: "（一）", heading: "强化理论学习" },
  { index: 5, text: "中心组学法6次。", role: "body" },
  { index: 6, text: "（二）优化营商环境。网上可办率98%。", role: "heading", level: 2, marker: "（二）", heading: "优化营商环境。", rest: "网上可办率98%。" },
  { index: 7, text: "二、存在的问题", role: "heading", level: 1, marker: "二、", heading: "存在的问题" },
  { index: 8, text: "1.执法力量不足。人员偏少。", role: "heading", level: 2, marker: "1.", heading: "执法力量不足。", rest: "人员偏少。" },
  { index: 9, text: "分享到：", role: "furniture", reason: "分享栏" },
];
const split: SplitReport = {
  title: "某镇2024年法治政府建设年度报告",
  date: null,
  docNumber: null,
  removed: ["分享到："],
  preamble: ["现将有关情况报告如下。"],
  sections: [
    { level: 1, marker: "一、", heading: "主要工作", paragraphs: ["全年工作平稳有序。"] },
    { level: 2, marker: "（一）", heading: "强化理论学习", paragraphs: ["中心组学法6次。"] },
    { level: 2, marker: "（二）", heading: "优化营商环境。", paragraphs: ["网上可办率98%。"] },
    { level: 1, marker: "二、", heading: "存在的问题", paragraphs: [] },
    { level: 2, marker: "1.", heading: "执法力量不足。", paragraphs: ["人员偏少。"] },
  ],
};
const mappings: SectionMapping[] = [
  { source: 0, target: { kind: "template", key: "measures" }, score: 1, reason: "" },
  { source: 1, target: { kind: "template", key: "law-study" }, score: 1, reason: "" },
  { source: 2, target: { kind: "template", key: "reform" }, score: 1, reason: "" },
  { source: 3, target: { kind: "template", key: "shortcomings" }, score: 1, reason: "" },
  { source: 4, target: { kind: "unplaced" }, score: 0, reason: "" },
];

describe("buildParts", () => {
  it("gives the opening text and the text under a grouping heading parts of their own, and folds points under a heading without sub-sections", () => {
    const parts = buildParts(lines, split, mappings, outline);
    expect(parts.map((p) => [p.id, p.kind, p.suggested])).toEqual([
      ["preamble", "preamble", { kind: "section", key: "law-study" }],
      ["h2", "heading", { kind: "section", key: "measures" }],
      ["i2", "intro", { kind: "section", key: "law-study" }],
      ["h4", "heading", { kind: "section", key: "law-study" }],
      ["h6", "heading", { kind: "section", key: "reform" }],
      ["h7", "heading", { kind: "section", key: "shortcomings" }],
      ["h8", "heading", { kind: "fold" }],
    ]);
  });
});

describe("composePlan", () => {
  const plan = (modes = {}, targets = {}) => composePlan({ lines, split, parts: buildParts(lines, split, mappings, outline, targets), outline, modes });

  it("writes each section once with the found heading as its title, folded points kept whole, and counts that add up", () => {
    const result = plan({ reform: "append" });
    expect(result.blockers).toEqual([]);
    const byKey = Object.fromEntries(result.entries.map((e) => [e.key, e]));
    expect(byKey["law-study"]).toMatchObject({ title: "强化理论学习", finalBody: "现将有关情况报告如下。\n全年工作平稳有序。\n中心组学法6次。" });
    expect(byKey.reform).toMatchObject({ title: "深化“放管服”改革、优化营商环境情况", needsMode: true, finalBody: "已有的文字。\n网上可办率98%。" });
    expect(byKey.shortcomings.finalBody).toBe("1.执法力量不足。人员偏少。");
    expect(byKey.measures).toMatchObject({ title: "主要工作", importedBody: "" });
    const sourceChars = lines.reduce((sum, l) => sum + countChars(l.text), 0);
    expect(result.counts).toEqual({ source: sourceChars, furniture: countChars("分享到："), removedByUser: 0, imported: sourceChars - countChars("分享到："), unplaced: 0 });
  });

  it("replaces the text and takes the found heading when told to", () => {
    const reform = plan({ reform: "replace" }).entries.find((e) => e.key === "reform")!;
    expect(reform).toMatchObject({ title: "优化营商环境。", finalBody: "网上可办率98%。" });
  });

  it("blocks the confirm until a section with text has a mode and every part has a place", () => {
    expect(plan().blockers).toEqual(["“深化“放管服”改革、优化营商环境情况”已有内容，请选择替换还是追加。"]);
    const unplaced = plan({ reform: "replace" }, { h4: { kind: "unplaced" } });
    expect(unplaced.blockers[0]).toContain("还有 1 部分没有安排位置");
    expect(unplaced.counts.unplaced).toBe(countChars("（一）强化理论学习中心组学法6次。"));
  });

  it("counts a part left out as removed by the user, and a second heading in one section stays in its text", () => {
    const result = plan({ reform: "replace" }, { preamble: { kind: "skip" }, h6: { kind: "section", key: "law-study" } });
    expect(result.counts.removedByUser).toBe(countChars("现将有关情况报告如下。"));
    const lawStudy = result.entries.find((e) => e.key === "law-study")!;
    expect(lawStudy.finalBody).toBe("全年工作平稳有序。\n中心组学法6次。\n（二）优化营商环境。网上可办率98%。");
    expect(result.entries.some((e) => e.key === "reform")).toBe(false);
  });

  it("puts a new sub-section after its group's last sub-section", () => {
    const result = plan({}, { h6: { kind: "extra", parentKey: "measures" } });
    expect(result.entries.map((e) => e.key)).toEqual(["measures", "law-study", "new:h6", "shortcomings"]);
    expect(result.entries[2]).toMatchObject({ isNew: true, parentKey: "measures", title: "优化营商环境。", finalBody: "网上可办率98%。" });
  });
});

describe("a text with no headings", () => {
  it("waits for the user to say where it goes instead of filling the first section", () => {
    const plain: ClassifiedLine[] = [{ index: 0, text: "全年工作平稳有序。", role: "body" }];
    const noHeadings: SplitReport = { title: null, date: null, docNumber: null, removed: [], preamble: ["全年工作平稳有序。"], sections: [] };
    const parts = buildParts(plain, noHeadings, [], outline);
    expect(parts.map((p) => p.suggested)).toEqual([{ kind: "unplaced" }]);
    expect(composePlan({ lines: plain, split: noHeadings, parts, outline, modes: {} }).blockers[0]).toContain("没有安排位置");
    const placed = buildParts(plain, noHeadings, [], outline, { preamble: { kind: "section", key: "law-study" } });
    expect(composePlan({ lines: plain, split: noHeadings, parts: placed, outline, modes: {} }).entries.map((e) => [e.key, e.finalBody])).toEqual([["law-study", "全年工作平稳有序。"]]);
  });
});
