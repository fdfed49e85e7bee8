import { describe, expect, it } from "vitest";
import { findMatches, highlight, makeSnippet, type TextPart } from "./snippet";

const joined = (parts: TextPart[]) => parts.map((p) => p.text).join("");
const marked = (parts: TextPart[]) => parts.filter((p) => p.isMatch).map((p) => p.text);

const report = [
  "重庆市涪陵区珍溪镇人民政府2022年法治政府建设工作年度报告",
  "一、基本情况",
  "我镇严格落实行政执法“三项制度”，2022年共计为4名综合行政执法人员、1名应急执法人员换发执法证，逐步建立起一支专业执法队伍。",
  "二、存在的不足和原因",
  "执法人员普遍缺乏法律专业背景。",
].join("\n");

describe("findMatches", () => {
  it("finds every occurrence of every term and merges overlaps", () => {
    expect(findMatches("abcabc", ["bc"])).toEqual([{ start: 1, end: 3 }, { start: 4, end: 6 }]);
    expect(findMatches("执法证执法", ["执法证", "证执"])).toEqual([{ start: 0, end: 4 }]);
    expect(findMatches("aaa", ["aa"])).toEqual([{ start: 0, end: 2 }]);
    expect(findMatches("abc", ["", "x"])).toEqual([]);
  });
});

describe("makeSnippet", () => {
  it("shows the paragraph around the first match after the title, with every match in it marked", () => {
    const snippet = makeSnippet(report, ["执法证"], { from: report.indexOf("\n") })!;
    expect(joined(snippet.parts)).toContain("换发执法证");
    expect(marked(snippet.parts)).toEqual(["执法证"]);
    // The paragraph is shorter than the window: all of it, nothing cut.
    expect(joined(snippet.parts)).toBe(report.split("\n")[2]);
    expect(snippet.isCutBefore || snippet.isCutAfter).toBe(false);
  });

  it("keeps the window inside one paragraph and marks matches of several terms", () => {
    const snippet = makeSnippet(report, ["执法人员", "三项制度"])!;
    const text = joined(snippet.parts);
    expect(report.split("\n")[2]).toContain(text);
    expect(marked(snippet.parts)).toEqual(["三项制度", "执法人员", "执法人员"]);
  });

  it("matches whatever the case or width, and shows the original characters", () => {
    const snippet = makeSnippet("广场LED宣传屏和村（居）公告栏", ["led", "村(居)"])!;
    expect(marked(snippet.parts)).toEqual(["LED", "村（居）"]);
  });

  it("cuts a long paragraph around the match and never inside a surrogate pair", () => {
    const paragraph = `${"𠀀".repeat(100)}执法证${"𠀁".repeat(100)}`;
    const snippet = makeSnippet(paragraph, ["执法证"])!;
    expect(snippet.isCutBefore && snippet.isCutAfter).toBe(true);
    expect(joined(snippet.parts).length).toBeLessThanOrEqual(122);
    expect(joined(snippet.parts)).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    expect(Array.from(joined(snippet.parts)).every((c) => c === "执" || c === "法" || c === "证" || c.length === 2)).toBe(true);
  });

  it("shows more of what comes before a match near the paragraph's end", () => {
    const paragraph = `${"甲".repeat(200)}执法证。`;
    const snippet = makeSnippet(paragraph, ["执法证"])!;
    expect(joined(snippet.parts)).toBe(paragraph.slice(-120));
    expect([snippet.isCutBefore, snippet.isCutAfter]).toEqual([true, false]);
  });

  it("says the text is cut where the given text is itself cut out of a longer paragraph", () => {
    const snippet = makeSnippet("换发执法证5人", ["执法证"], { cutBefore: true, cutAfter: true })!;
    expect([snippet.isCutBefore, snippet.isCutAfter]).toEqual([true, true]);
    const whole = makeSnippet("换发执法证5人", ["执法证"])!;
    expect([whole.isCutBefore, whole.isCutAfter]).toEqual([false, false]);
    // A paragraph break inside the text ends the window there, whatever lies beyond.
    const broken = makeSnippet("甲\n换发执法证5人\n乙", ["执法证"], { cutBefore: true, cutAfter: true })!;
    expect(joined(broken.parts)).toBe("换发执法证5人");
    expect([broken.isCutBefore, broken.isCutAfter]).toEqual([false, false]);
  });

  it("is null when nothing at or after the start matches", () => {
    expect(makeSnippet(report, ["量子"])).toBeNull();
    expect(makeSnippet(report, ["珍溪镇"], { from: report.indexOf("\n") })).toBeNull();
  });

  it("keeps markup as text", () => {
    const snippet = makeSnippet("<b>执法证</b>", ["执法证"])!;
    expect(snippet.parts).toEqual([
      { text: "<b>", isMatch: false },
      { text: "执法证", isMatch: true },
      { text: "</b>", isMatch: false },
    ]);
  });
});

describe("highlight", () => {
  it("marks matches in a title", () => {
    expect(highlight("珍溪镇2022年报告", ["珍溪镇"])).toEqual([
      { text: "珍溪镇", isMatch: true },
      { text: "2022年报告", isMatch: false },
    ]);
    expect(highlight("报告", ["量子"])).toEqual([{ text: "报告", isMatch: false }]);
  });
});
