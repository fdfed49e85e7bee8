import { writeFileSync } from "node:fs";
import { paragraphsOf, readDocxParts } from "@/tests/docx-xml";
import { testDb } from "./db";
import { test, expect } from "./fixtures";
import { convertToPdf, pageNumberOf, pdfInfo, pdfPages, pdfText } from "./pdf";

const title = "重庆市涪陵区珍溪镇人民政府2022年法治政府建设工作年度报告";
const enforcementText = "共计为4名综合行政执法人员、1名应急执法人员换发执法证";

/** A4 pages numbered "— n —" on the outer side: right on odd pages, left on even ones. */
function expectGb9704Pages(pdf: string) {
  const info = pdfInfo(pdf);
  expect([Math.round(info.width), Math.round(info.height)]).toEqual([595, 842]);
  const pages = pdfPages(pdf);
  expect(pages.length).toBe(info.pages);
  expect(pages.length).toBeGreaterThanOrEqual(2);
  pages.forEach((page, index) => {
    const n = index + 1;
    expect([Math.round(page.width), Math.round(page.height)], `page ${n}`).toEqual([595, 842]);
    const number = pageNumberOf(page);
    expect(number?.text, `page ${n}`).toMatch(new RegExp(`^— ?${n} ?—$`));
    if (n % 2 === 1) expect(number!.left, `page ${n}`).toBeGreaterThan(0.5);
    else expect(number!.right, `page ${n}`).toBeLessThan(0.5);
  });
}

/** A 2023 report of the unit published directly in the database, once or with a correction, or withdrawn. */
async function arrangePublished(unitId: string, options: { corrected?: boolean; withdrawn?: boolean }) {
  const [year, unit] = await Promise.all([
    testDb.reportingYear.findFirstOrThrow({ where: { year: 2023 } }),
    testDb.unit.findUniqueOrThrow({ where: { id: unitId } }),
  ]);
  const reportTitle = `${unit.shortName}2023年法治政府建设年度报告`;
  const snapshot = (body: string) => ({
    title: reportTitle,
    docNumber: "",
    sections: [
      { key: "measures", level: 1, title: "主要举措和成效", body: "", metrics: {} },
      { key: "law-study", level: 2, title: "学习贯彻习近平法治思想情况", body, metrics: {} },
    ],
  });
  const indexNumber = `${unit.orgCode}/2024-00001`;
  const report = await testDb.report.create({
    data: { unitId, yearId: year.id, status: options.withdrawn ? "WITHDRAWN" : "PUBLISHED", title: reportTitle, indexNumber, documentDate: new Date("2024-01-15T00:00:00Z") },
  });
  const first = await testDb.revision.create({ data: { reportId: report.id, number: 1, kind: "PUBLICATION", snapshot: snapshot("全年组织学法12次。") } });
  await testDb.publication.create({
    data: {
      reportId: report.id,
      revisionId: first.id,
      indexNumber,
      publishedAt: new Date("2024-02-01T00:00:00Z"),
      publisher: unit.name,
      isCurrent: !options.corrected,
      withdrawnAt: options.withdrawn ? new Date("2024-02-10T00:00:00Z") : null,
      withdrawReason: options.withdrawn ? "含有个人信息，撤回处理。" : null,
    },
  });
  if (options.corrected) {
    const second = await testDb.revision.create({ data: { reportId: report.id, number: 2, kind: "CORRECTION", snapshot: snapshot("全年组织学法14次。") } });
    await testDb.publication.create({
      data: { reportId: report.id, revisionId: second.id, indexNumber, publishedAt: new Date("2024-03-01T00:00:00Z"), publisher: unit.name, correctionNote: "更正学法次数。" },
    });
  }
  return { slug: unit.slug, title: reportTitle };
}

test.describe("the report on paper and in Word", () => {
  test("prints on A4 as GB/T 9704 lays a document out: the text, page numbers outside, no site chrome", async ({ page }, testInfo) => {
    await page.goto("/reports/2022/zhenxi");
    await page.emulateMedia({ media: "print" });
    // 16 pt text on a fixed 28.95 pt line, 22 pt title (CSS pixels are 3/4 of a point).
    await expect(page.locator(".report-body p").first()).toHaveCSS("font-size", "21.3333px");
    await expect(page.locator(".report-body p").first()).toHaveCSS("line-height", "38.6px");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCSS("font-size", "29.3333px");

    const pdf = testInfo.outputPath("report-print.pdf");
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    expectGb9704Pages(pdf);

    const text = pdfText(pdf);
    for (const phrase of [title, "一、基本情况", "（一）学习贯彻习近平法治思想情况", "三、下一年度推进法治政府建设的主要安排", enforcementText]) {
      expect(text).toContain(phrase);
    }
    expect(text).toContain("主要数据：中心组学法次数6次；专题讲座次数1次；普法宣传活动次数6次。");
    expect(text).toContain("索引号：");
    expect(text).toContain("发布日期：2023年1月9日");
    for (const chrome of ["重庆市涪陵区法治政府建设年度报告", "工作人员登录", "本栏目公开区级部门", "标准字号", "大字号", "打印", "下载Word", "首页"]) {
      expect(text, chrome).not.toContain(chrome);
    }
  });

  test("downloads as a Word file that LibreOffice opens as numbered A4 pages with the report's text @smoke", async ({ page }, testInfo) => {
    await page.goto("/reports/2022/zhenxi");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载 Word" }).click()]);
    expect(download.suggestedFilename()).toBe(`${title}.docx`);
    const docx = testInfo.outputPath("report.docx");
    await download.saveAs(docx);

    const pdf = convertToPdf(docx);
    expectGb9704Pages(pdf);
    const text = pdfText(pdf);
    for (const phrase of [title, "一、基本情况", "（五）行政执法工作情况", enforcementText, "重庆市涪陵区珍溪镇人民政府2023年1月9日"]) {
      expect(text).toContain(phrase);
    }
    expect(text).not.toContain("索引号");
  });

  test("answers the Word address with a cacheable file, 304 when unchanged, and a 404 page for unknown reports", async ({ request }) => {
    const response = await request.get("/reports/2022/zhenxi/word");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(response.headers()["content-disposition"]).toBe(
      `attachment; filename=report-2022-zhenxi.docx; filename*=UTF-8''${encodeURIComponent(`${title}.docx`)}`,
    );
    expect(response.headers()["cache-control"]).toMatch(/^public, max-age=\d+/);
    const etag = response.headers()["etag"];
    expect((await request.get("/reports/2022/zhenxi/word", { headers: { "If-None-Match": etag } })).status()).toBe(304);

    for (const path of ["/reports/2022/no-such-unit/word", "/reports/20x2/zhenxi/word", "/reports/1999/zhenxi/word"]) {
      const missing = await request.get(path);
      expect(missing.status(), path).toBe(404);
      expect(await missing.text()).toContain("未找到该报告");
    }
  });

  test("offers Word only for the current text: not on an earlier version's page, not once withdrawn", async ({ page, request, createUnitWithClerk }) => {
    const corrected = await arrangePublished((await createUnitWithClerk("更正")).unitId, { corrected: true });
    const withdrawn = await arrangePublished((await createUnitWithClerk("撤回")).unitId, { withdrawn: true });

    await page.goto(`/reports/2023/${corrected.slug}`);
    await expect(page.getByRole("link", { name: "下载 Word" })).toHaveAttribute("href", `/reports/2023/${corrected.slug}/word`);
    const file = await request.get(`/reports/2023/${corrected.slug}/word`);
    const texts = paragraphsOf(readDocxParts(await file.body())["word/document.xml"]).map((p) => p.text);
    expect(texts).toContain("全年组织学法14次。");
    expect(texts).not.toContain("全年组织学法12次。");
    expect(texts.at(-1)).toBe("（2024年3月1日更正。更正说明：更正学法次数。）");

    await page.goto(`/reports/2023/${corrected.slug}/versions/1`);
    await expect(page.getByText("这是本报告的历史版本")).toBeVisible();
    await expect(page.getByRole("link", { name: "下载 Word" })).toHaveCount(0);

    await page.goto(`/reports/2023/${withdrawn.slug}`);
    await expect(page.getByRole("region", { name: "撤回说明" })).toContainText("含有个人信息，撤回处理。");
    await expect(page.getByRole("link", { name: "下载 Word" })).toHaveCount(0);
    expect((await request.get(`/reports/2023/${withdrawn.slug}/word`)).status()).toBe(404);
  });
});
