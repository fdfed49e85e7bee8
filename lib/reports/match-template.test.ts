import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { matchSectionsToTemplate } from "@/lib/reports/match-template";
import { parseReportText, type ParsedSection } from "@/lib/reports/parse-report-text";
import { defaultTemplateSections } from "@/lib/reports/template";

const fixture = readFileSync(path.join(process.cwd(), "prisma/data/zhenxi-2022.txt"), "utf8");

describe("matchSectionsToTemplate", () => {
  it("assigns the 珍溪镇 2022 sections to the 2022 town template's keys", () => {
    const matched = matchSectionsToTemplate(parseReportText(fixture).sections, defaultTemplateSections(2022, "TOWN"));
    expect(matched.map((m) => [m.key, m.parentKey])).toEqual([
      ["overview", null],
      ["law-study", "overview"],
      ["reform", "overview"],
      ["rules", "overview"],
      ["decisions", "overview"],
      ["enforcement", "overview"],
      ["oversight", "overview"],
      ["disputes", "overview"],
      ["shortcomings", null],
      ["plans", null],
    ]);
    expect(matched[1].paragraphs[0].startsWith("根据区普法办")).toBe(true);
  });

  it("matches by heading text before position", () => {
    const parsed: ParsedSection[] = [
      { level: 1, title: "基本情况", paragraphs: [] },
      { level: 2, title: "行政执法工作情况", paragraphs: ["执法"] },
      { level: 2, title: "学习贯彻习近平法治思想情况", paragraphs: ["学法"] },
    ];
    const matched = matchSectionsToTemplate(parsed, defaultTemplateSections(2022, "TOWN"));
    expect(matched.map((m) => m.key)).toEqual(["overview", "enforcement", "law-study"]);
  });

  it("falls back to position for reworded headings and returns surplus sections without a key", () => {
    const template = defaultTemplateSections(2022, "TOWN");
    const parsed: ParsedSection[] = [
      { level: 1, title: "工作开展情况", paragraphs: [] },
      ...Array.from({ length: 8 }, (_, i) => ({ level: 2 as const, title: `第${i + 1}项工作`, paragraphs: [`内容${i + 1}`] })),
    ];
    const matched = matchSectionsToTemplate(parsed, template);
    expect(matched.map((m) => m.key)).toEqual([
      "overview", "law-study", "reform", "rules", "decisions", "enforcement", "oversight", "disputes", null,
    ]);
    expect(matched[8]).toMatchObject({ key: null, parentKey: "overview", paragraphs: ["内容8"] });
  });
});
