import { describe, expect, it } from "vitest";
import { assembleReport } from "@/lib/import/assemble-report";
import { classifyLines } from "@/lib/import/classify-lines";
import { textToSourceLines } from "@/lib/import/source-lines";
import type { ClassifiedLine } from "@/lib/import/types";

const line = (index: number, role: ClassifiedLine["role"], text: string, extra: Partial<ClassifiedLine> = {}): ClassifiedLine => ({
  index,
  role,
  text,
  ...extra,
});

describe("assembleReport", () => {
  it("builds the report from the lines' roles and fields alone", () => {
    const report = assembleReport([
      line(0, "furniture", "部门", { reason: "导航栏" }),
      line(1, "title", "某某镇人民政府"),
      line(2, "title", "关于2023年度法治政府建设情况的报告"),
      line(3, "furniture", "发布日期：2024-01-12", { date: "2024-01-12" }),
      line(4, "furniture", "成文日期：2024-01-09", { date: "2024-01-09" }),
      line(5, "furniture", "字号：", { docNumber: "" }),
      line(6, "blank", ""),
      line(7, "body", "区委、区政府："),
      line(8, "heading", "一、基本情况", { level: 1, marker: "一、", heading: "基本情况" }),
      line(9, "heading", "（一）强化学习。全年学法6次。", { level: 2, marker: "（一）", heading: "强化学习。", rest: "全年学法6次。" }),
      line(10, "body", "组织讲座1次。"),
      line(11, "furniture", "某某镇人民政府", { reason: "落款" }),
      line(12, "furniture", "2024年1月9日", { reason: "落款", date: "2024-01-09" }),
    ]);
    expect(report).toEqual({
      title: "某某镇人民政府关于2023年度法治政府建设情况的报告",
      date: "2024-01-09",
      docNumber: "",
      removed: ["部门", "发布日期：2024-01-12", "成文日期：2024-01-09", "字号：", "某某镇人民政府", "2024年1月9日"],
      preamble: ["区委、区政府："],
      sections: [
        { level: 1, marker: "一、", heading: "基本情况", paragraphs: [] },
        { level: 2, marker: "（一）", heading: "强化学习。", paragraphs: ["全年学法6次。", "组织讲座1次。"] },
      ],
    });
  });

  it("takes a page's date before a signature's, and a 字号 with a value before an empty one", () => {
    const report = assembleReport([
      line(0, "furniture", "字号：", { docNumber: "" }),
      line(1, "furniture", "2024年1月9日", { date: "2024-01-09" }),
      line(2, "furniture", "日期：2024-01-12", { date: "2024-01-12" }),
      line(3, "furniture", "某府发〔2024〕1号", { docNumber: "某府发〔2024〕1号" }),
    ]);
    expect(report).toMatchObject({ date: "2024-01-12", docNumber: "某府发〔2024〕1号", title: null, sections: [] });
  });

  it("follows the user's corrections: a body line made a heading splits its section, a heading made body joins the one before", () => {
    const text = ["一、基本情况", "全年学法6次。", "加强组织领导", "成立领导小组。", "二、存在的不足", "人员不足。"].join("\n");
    const lines = classifyLines(textToSourceLines(text));
    const corrected = lines.map((l): ClassifiedLine => {
      if (l.index === 2) return { index: 2, text: l.text, role: "heading", level: 2, marker: "", heading: l.text };
      if (l.index === 4) return { index: 4, text: l.text, role: "body" };
      return l;
    });
    expect(assembleReport(corrected).sections).toEqual([
      { level: 1, marker: "一、", heading: "基本情况", paragraphs: ["全年学法6次。"] },
      { level: 2, marker: "", heading: "加强组织领导", paragraphs: ["成立领导小组。", "二、存在的不足", "人员不足。"] },
    ]);
  });

  it("reads a heading whose fields a correction left out from its text", () => {
    expect(assembleReport([line(0, "heading", "加强组织领导")]).sections).toEqual([{ level: 2, marker: "", heading: "加强组织领导", paragraphs: [] }]);
  });
});
