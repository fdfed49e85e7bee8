import { describe, expect, it } from "vitest";
import { searchableText } from "./searchable-text";

const section = (key: string, level: number, title: string, body = "") => ({ key, level, title, body, metrics: {}, metricLabels: {}, metricOrder: [] });

describe("searchableText", () => {
  it("puts the title, numbered headings and paragraphs on lines of their own, ending with two line breaks", () => {
    const text = searchableText({
      title: " 珍溪镇2022年法治政府建设工作年度报告 ",
      sections: [
        section("basics", 1, "基本情况"),
        section("law-study", 2, "学习贯彻习近平法治思想情况", "第一段。\r\n\n  第二段。 "),
        section("enforcement", 2, "行政执法工作情况", "换发执法证5人。"),
        section("shortcomings", 1, "存在的不足和原因", "执法力量不足。"),
      ],
    });
    expect(text).toBe(
      [
        "珍溪镇2022年法治政府建设工作年度报告",
        "一、基本情况",
        "（一）学习贯彻习近平法治思想情况",
        "第一段。",
        "第二段。",
        "（二）行政执法工作情况",
        "换发执法证5人。",
        "二、存在的不足和原因",
        "执法力量不足。",
        "",
        "",
      ].join("\n"),
    );
  });
});
