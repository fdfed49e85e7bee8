import { describe, expect, it } from "vitest";
import { diffText, diffWords, hasDifferences, tokenize } from "@/lib/reports/diff-text";

describe("tokenize", () => {
  it("splits Chinese into dictionary words and keeps every character", () => {
    expect(tokenize("换发执法证5人")).toEqual(["换发", "执法", "证", "5", "人"]);
    const text = "全年组织学法活动12次，开展行政执法人员培训3期。";
    expect(tokenize(text).join("")).toBe(text);
  });
});

describe("diffWords", () => {
  it("marks only the changed number in 换发执法证5人 → 换发执法证6人", () => {
    expect(diffWords("换发执法证5人", "换发执法证6人")).toEqual([
      { type: "same", text: "换发执法证" },
      { type: "removed", text: "5" },
      { type: "added", text: "6" },
      { type: "same", text: "人" },
    ]);
  });

  it("replaces a whole word rather than unrelated single characters", () => {
    expect(diffWords("开展行政执法人员培训", "开展行政复议人员培训")).toEqual([
      { type: "same", text: "开展行政" },
      { type: "removed", text: "执法" },
      { type: "added", text: "复议" },
      { type: "same", text: "人员培训" },
    ]);
  });

  it("returns the text as one same part when nothing changed", () => {
    expect(diffWords("依法行政", "依法行政")).toEqual([{ type: "same", text: "依法行政" }]);
  });
});

describe("diffText", () => {
  it("shows an added paragraph as added and leaves the others the same", () => {
    const result = diffText("第一段。\n第二段。", "第一段。\n新增的一段内容。\n第二段。");
    expect(result).toEqual([
      [{ type: "same", text: "第一段。" }],
      [{ type: "added", text: "新增的一段内容。" }],
      [{ type: "same", text: "第二段。" }],
    ]);
  });

  it("shows a removed paragraph as removed", () => {
    expect(diffText("甲段落。\n乙段落。", "乙段落。")).toEqual([[{ type: "removed", text: "甲段落。" }], [{ type: "same", text: "乙段落。" }]]);
  });

  it("diffs an edited paragraph word by word inside its own paragraph", () => {
    const result = diffText("全年组织学法活动。\n换发执法证5人。", "全年组织学法活动。\n换发执法证6人。");
    expect(result).toEqual([
      [{ type: "same", text: "全年组织学法活动。" }],
      [
        { type: "same", text: "换发执法证" },
        { type: "removed", text: "5" },
        { type: "added", text: "6" },
        { type: "same", text: "人。" },
      ],
    ]);
  });

  it("pairs an edited paragraph with its new form even when a paragraph is inserted before it", () => {
    const result = diffText("换发执法证5人。\n结尾段。", "完全不同的新内容。\n换发执法证6人。\n结尾段。");
    expect(result).toEqual([
      [{ type: "added", text: "完全不同的新内容。" }],
      [
        { type: "same", text: "换发执法证" },
        { type: "removed", text: "5" },
        { type: "added", text: "6" },
        { type: "same", text: "人。" },
      ],
      [{ type: "same", text: "结尾段。" }],
    ]);
  });

  it("shows a rewritten paragraph as removed then added instead of a word soup", () => {
    expect(diffText("推进政务公开标准化。", "深化行政复议体制改革。")).toEqual([
      [{ type: "removed", text: "推进政务公开标准化。" }],
      [{ type: "added", text: "深化行政复议体制改革。" }],
    ]);
  });

  it("ignores blank lines and surrounding spaces, which carry no meaning", () => {
    const result = diffText("第一段。\n\n  第二段。", "第一段。\n第二段。\n");
    expect(result).toEqual([[{ type: "same", text: "第一段。" }], [{ type: "same", text: "第二段。" }]]);
    expect(hasDifferences(result)).toBe(false);
  });

  it("treats an empty old body as every paragraph added", () => {
    const result = diffText("", "一段。\n两段。");
    expect(result).toEqual([[{ type: "added", text: "一段。" }], [{ type: "added", text: "两段。" }]]);
    expect(hasDifferences(result)).toBe(true);
  });
});
