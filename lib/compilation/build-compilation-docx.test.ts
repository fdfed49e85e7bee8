import { beforeAll, describe, expect, it } from "vitest";
import { paragraphsOf, readDocxParts, type XmlParagraph } from "@/tests/docx-xml";
import { zhenxiReport } from "@/tests/fixtures/zhenxi-report";
import { reportForDocx } from "@/lib/public/docx/build-report-docx";
import { layoutDocument } from "docx/layout";
import { buildCompilationDocument, buildCompilationDocx, compilationTitle, contentsEntries, metadataLine, type CompilationEntry } from "./build-compilation-docx";

function entry(title: string, isPublished = true): CompilationEntry {
  return { report: { ...reportForDocx(zhenxiReport()), title }, isPublished };
}

const titles = ["甲镇2024年法治政府建设工作年度报告", "乙镇2024年法治政府建设工作年度报告", "丙局2024年法治政府建设工作年度报告"];

describe("buildCompilationDocx", () => {
  let parts: Record<string, string>;
  let document: string;
  let paragraphs: XmlParagraph[];

  beforeAll(async () => {
    const entries = [entry(titles[0]), entry(titles[1]), entry(titles[2], false)];
    parts = readDocxParts(await buildCompilationDocx({ districtName: "重庆市涪陵区", year: 2024, date: new Date(Date.UTC(2025, 2, 31)), includesApproved: true, entries }));
    document = parts["word/document.xml"];
    paragraphs = paragraphsOf(document);
  });

  it("opens with the cover: district, compilation title, the note on approved reports, the date", () => {
    const texts = paragraphs.map((p) => p.text).filter(Boolean);
    expect(texts.slice(0, 4)).toEqual(["重庆市涪陵区", compilationTitle(2024), "（含已审核通过、尚未发布的报告）", "2025年3月31日"]);
  });

  it("has a TOC field over the report titles, updated on open", () => {
    expect(document).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-1&quot;<\/w:instrText>/);
    expect(document).toContain('w:dirty="true"');
    expect(parts["word/settings.xml"]).toContain("<w:updateFields");
  });

  it("starts each report on a new page, titles in order, each a Heading 1 with its metadata line under it", () => {
    expect(document.match(/<w:pageBreakBefore\/>/g)).toHaveLength(titles.length);
    const headings = paragraphs.filter((p) => p.xml.includes('<w:pStyle w:val="Heading1"/>'));
    expect(headings.map((p) => p.text)).toEqual(titles);
    for (const heading of headings) expect(heading.xml).toContain("<w:pageBreakBefore/>");
    const after = (title: string) => paragraphs[paragraphs.lastIndexOf(paragraphs.find((p) => p.text === title && p.xml.includes("Heading1"))!) + 1].text;
    expect(after(titles[0])).toBe(metadataLine(entry(titles[0])));
    expect(after(titles[0])).toMatch(/^发布机构：.+　字号：.+　发布日期：\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(after(titles[2])).toContain("发布日期：尚未发布（已审核通过）");
  });

  it("puts the report's own headings one outline level below the titles", () => {
    const heading = paragraphs.find((p) => p.text === "一、基本情况")!;
    expect(heading.xml).toContain('<w:outlineLvl w:val="1"/>');
  });

  it("numbers pages from the contents on, with no number on the cover", () => {
    const sections = [...document.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map(([s]) => s);
    expect(sections).toHaveLength(2);
    expect(sections[0]).not.toContain("footerReference");
    expect(sections[1]).toContain('w:footerReference w:type="even"');
    expect(sections[1]).toMatch(/<w:pgNumType w:start="1"/);
  });

  it("writes in the contents the page each report starts on, as the whole file laid out at once has it", () => {
    const full = entry(titles[0]);
    const sections = full.report.sections;
    // Reports of different lengths, so the numbers depend on every report before them.
    const entries: CompilationEntry[] = [
      full,
      { report: { ...full.report, title: titles[1], sections: sections.slice(0, 2) }, isPublished: true },
      { report: { ...full.report, title: titles[2], sections: [...sections, ...sections] }, isPublished: false },
      { report: { ...full.report, title: "丁局2024年法治政府建设工作年度报告", sections: sections.slice(3) }, isPublished: true },
    ];
    const input = { districtName: "重庆市涪陵区", year: 2024, date: new Date(Date.UTC(2025, 2, 31)), includesApproved: true, entries };
    const written = contentsEntries(input);
    const { pages } = layoutDocument(buildCompilationDocument(input), { guess: true });
    const startsOn = (title: string) =>
      pages.find((page, i) => i > 1 && page.body.some((block) => block.type === "paragraph" && block.lines.some((l) => l.text.includes(title))))?.pageNumber;
    const expected = entries.map((e) => ({ title: e.report.title, page: Number(startsOn(e.report.title)) }));
    expect(written).toEqual(expected);
    expect(new Set(written.map((e) => e.page)).size).toBe(entries.length);
    // The contents page itself is page 1.
    expect(written[0].page).toBeGreaterThan(1);
  });

  it("leaves the contents' page numbers to Word when asked", () => {
    const input = { districtName: "重庆市涪陵区", year: 2024, date: new Date(), includesApproved: false, entries: [entry(titles[0])], estimatePages: false };
    expect(contentsEntries(input)).toEqual([{ title: titles[0] }]);
  });
});
