import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, pageAs, test } from "./fixtures";
import { approvedReport } from "./arrange";
import { testDb } from "./db";
import { writeFileSync } from "node:fs";
import { pdfPages } from "./pdf";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

// The seed publishes 珍溪镇's 2022 report with its figures: the public statistics of 2022.
test.describe("statistics", () => {
  test("the public year page shows the published figures as charts and tables, with no axe violations", async ({ page }) => {
    await page.goto("/statistics");
    await page.getByRole("link", { name: /2022/ }).first().click();
    await expect(page.getByRole("heading", { name: "2022年度统计数据", level: 1 })).toBeVisible();
    // A bar chart and a trend chart per metric of the totals table, each an SVG image with its table.
    const metrics = await page.locator("section[aria-labelledby=totals] tbody tr").count();
    expect(metrics).toBeGreaterThan(0);
    await expect(page.locator("figure svg[role=img]")).toHaveCount(metrics * 2);
    // The seed's 珍溪镇 report is among those counted.
    expect(await testDb.report.count({ where: { unit: { slug: "zhenxi" }, year: { year: 2022 }, status: "PUBLISHED" } })).toBe(1);
    await expect(page.locator("section[aria-labelledby=coverage]").getByRole("link", { name: "珍溪镇" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the reviewer's statistics page has charts, the completeness table and an Excel download", async ({ browser, createUnitWithClerk }) => {
    // Two units of its own with a figure each for 2023, and one that left it blank.
    const lawStudy = await testDb.templateSection.findFirstOrThrow({ where: { key: "law-study", template: { unitKind: "TOWN", year: { year: 2023 } } } });
    const metric = (lawStudy.metrics as { key: string; label: string }[])[0];
    for (const [tag, value] of [["统计甲", 3], ["统计乙", 9], ["统计丙", null]] as const) {
      const u = await createUnitWithClerk(tag);
      const report = await approvedReport(u.unitId, u.unitName, "全年组织学法。");
      if (value !== null) await testDb.reportSection.update({ where: { reportId_key: { reportId: report.id, key: "law-study" } }, data: { metrics: { [metric.key]: value } } });
    }
    const reviewer = await pageAs(browser, "shenhe");
    await reviewer.goto("/review/statistics?year=2023");
    await expect(reviewer.getByRole("heading", { name: "2023年度统计分析" })).toBeVisible();
    await expect(reviewer.getByRole("heading", { name: "必填章节完成情况" })).toBeVisible();
    const download = reviewer.waitForEvent("download");
    await reviewer.getByRole("link", { name: "导出 Excel" }).click();
    expect((await download).suggestedFilename()).toBe("2023年度统计数据.xlsx");
    await expectNoAxeViolations(reviewer);

    // The units × metrics table sorts by a column through plain links: largest first, blanks last.
    const units = reviewer.locator("section[aria-labelledby=units] table");
    const metricHeader = units.locator("thead th", { hasText: metric.label });
    await metricHeader.getByRole("link").click();
    await expect(units.locator("thead th", { hasText: metric.label })).toHaveAttribute("aria-sort", "descending");
    const headers = await units.locator("thead th").allTextContents();
    const at = headers.findIndex((h) => h.includes(metric.label)) - 1;
    const column = (await units.locator("tbody tr").evaluateAll((rows, j) => rows.map((r) => r.querySelectorAll("td")[j]?.textContent ?? ""), at)).map((t) =>
      t === "—" ? null : Number(t.replace(/,/g, "")),
    );
    const reported = column.filter((v): v is number => v !== null);
    expect(reported).toEqual(expect.arrayContaining([9, 3]));
    expect(reported).toEqual([...reported].sort((a, b) => b - a));
    expect(column.slice(reported.length).every((v) => v === null)).toBe(true);
    expect(column.length).toBeGreaterThan(reported.length);

    // Each chart downloads as the SVG on screen and as a PNG.
    const flow = reviewer.locator("figure", { has: reviewer.locator("#flow-caption") });
    const shown = await flow.locator("svg[role=img]").evaluate((svg) => svg.querySelectorAll("path, rect").length);
    const svgDownload = reviewer.waitForEvent("download");
    await flow.getByRole("link", { name: /下载 SVG/ }).click();
    const svgFile = await svgDownload;
    expect(svgFile.suggestedFilename()).toBe("2023年度统计图-报送进度.svg");
    const svgText = (await (await reviewer.request.get(svgFile.url())).text());
    expect(svgText).toMatch(/^<svg[\s>]/);
    await reviewer.setContent(svgText);
    expect(await reviewer.locator("svg").evaluate((svg) => svg.querySelectorAll("path, rect").length)).toBe(shown);
    const png = await reviewer.request.get("/review/statistics/chart?year=2023&chart=flow&format=png");
    expect(png.headers()["content-type"]).toBe("image/png");
    expect((await png.body()).subarray(1, 4).toString()).toBe("PNG");
    const unknown = await reviewer.request.get("/review/statistics/chart?year=2023&chart=pie");
    expect(unknown.status()).toBe(400);
    expect(await unknown.text()).toBe("没有这个统计图。");
  });

  test("prints the year's compilation: a cover, the contents, then each published report from a new page", async ({ page, browser, createUnitWithClerk }, testInfo) => {
    // Two reports of its own published for 2023, whatever else the run has published.
    const units = [await createUnitWithClerk("汇编甲"), await createUnitWithClerk("汇编乙")];
    for (const u of units) await approvedReport(u.unitId, u.unitName, "全年组织学法12次。");
    const reviewer = await pageAs(browser, "shenhe");
    await reviewer.goto("/review/publish?year=2023");
    await reviewer.getByRole("button", { name: "全不选" }).click();
    for (const u of units) await reviewer.getByRole("checkbox", { name: new RegExp(u.unitName) }).check();
    await reviewer.getByRole("button", { name: "发布所选 2 份报告" }).click();
    await reviewer.getByRole("dialog").getByRole("button", { name: "确认发布" }).click();
    await expect(reviewer.getByText("已发布 2 份报告。")).toBeVisible();

    await page.goto("/years/2023/towns");
    await page.getByRole("link", { name: "本年度汇编打印版" }).click();
    await expect(page.getByRole("heading", { name: "2023年度法治政府建设年度报告汇编", level: 1 })).toBeVisible();
    const titles = await page.locator(".compilation-report h2.report-title").allTextContents();
    for (const u of units) expect(titles).toContain(`${u.unitName}2023年法治政府建设年度报告`);
    await expect(page.locator(".compilation-contents li")).toHaveText(titles);
    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: "print" });
    const pdf = testInfo.outputPath("compilation.pdf");
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    const pages = pdfPages(pdf).map((p) => p.words.map((w) => w.text).join(""));
    expect(pages[0]).toContain("2023年度法治政府建设年度报告汇编");
    // No page number on the cover; the contents page has one.
    expect(pages[0]).not.toMatch(/—\d+—/);
    expect(pages[1]).toMatch(/—\d+—/);
    expect(pages[1]).toContain("目录");
    // Each report's title opens a page of its own, in the contents' order.
    const starts = titles.map((title) => pages.findIndex((text, i) => i > 1 && text.startsWith(title.replace(/\s+/g, ""))));
    expect(starts.every((start) => start > 1)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(pages.join("")).not.toContain("工作人员登录");
  });
});
