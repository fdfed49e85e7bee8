import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, pageAs, test } from "./fixtures";
import { testDb } from "./db";

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

  test("the reviewer's statistics page has charts, the completeness table and an Excel download", async ({ browser }) => {
    const reviewer = await pageAs(browser, "shenhe");
    await reviewer.goto("/review/statistics?year=2023");
    await expect(reviewer.getByRole("heading", { name: "2023年度统计分析" })).toBeVisible();
    await expect(reviewer.getByRole("heading", { name: "必填章节完成情况" })).toBeVisible();
    const download = reviewer.waitForEvent("download");
    await reviewer.getByRole("link", { name: "导出 Excel" }).click();
    expect((await download).suggestedFilename()).toBe("2023年度统计数据.xlsx");
    await expectNoAxeViolations(reviewer);
  });
});
