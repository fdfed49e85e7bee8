import { describe, expect, it } from "vitest";
import { chineseNumeral, countCharacters, numberSections, toParagraphs } from "@/lib/reports/numbering";

describe("numbering", () => {
  describe("chineseNumeral", () => {
    it.each([
      [1, "一"],
      [7, "七"],
      [10, "十"],
      [11, "十一"],
      [19, "十九"],
      [20, "二十"],
      [21, "二十一"],
      [90, "九十"],
      [99, "九十九"],
    ])("writes %i as %s", (n, expected) => {
      expect(chineseNumeral(n)).toBe(expected);
    });

    it.each([0, 100, -1, 1.5])("refuses %s", (n) => {
      expect(() => chineseNumeral(n)).toThrow(RangeError);
    });
  });

  describe("numberSections", () => {
    it("numbers level 1 as 一、 and level 2 as （一）, restarting sub-sections under each heading", () => {
      const numbered = numberSections([
        { key: "a", level: 1 },
        { key: "a1", level: 2 },
        { key: "a2", level: 2 },
        { key: "b", level: 1 },
        { key: "b1", level: 2 },
        { key: "c", level: 1 },
      ]);
      expect(numbered.map((s) => `${s.key}:${s.number}`)).toEqual(["a:一、", "a1:（一）", "a2:（二）", "b:二、", "b1:（一）", "c:三、"]);
    });

    it("renumbers what follows when a sub-section is removed", () => {
      const numbered = numberSections([
        { key: "a", level: 1 },
        { key: "a2", level: 2 },
        { key: "a3", level: 2 },
      ]);
      expect(numbered.map((s) => s.number)).toEqual(["一、", "（一）", "（二）"]);
    });

    it("keeps the sections' own fields", () => {
      expect(numberSections([{ level: 1, title: "基本情况" }])[0]).toEqual({ level: 1, title: "基本情况", number: "一、" });
    });
  });

  describe("toParagraphs", () => {
    it("splits on any line ending, trims, and drops blank lines", () => {
      expect(toParagraphs("第一段。\r\n\r\n  第二段。\r第三段。\n\n\u3000\n")).toEqual(["第一段。", "第二段。", "第三段。"]);
      expect(toParagraphs("")).toEqual([]);
    });
  });

  describe("countCharacters", () => {
    it("counts what a reader counts: no spaces of any width, no line breaks", () => {
      expect(countCharacters("法治 政府\n建设\u3000年度\u00a0报告")).toBe(10);
      expect(countCharacters(" \n\t\u3000")).toBe(0);
      expect(countCharacters("2022年,我镇")).toBe(8);
    });
  });
});
