import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./fixtures";
import type { Page } from "@playwright/test";

const zhenxiTitle = "重庆市涪陵区珍溪镇人民政府2022年法治政府建设工作年度报告";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("browsing the published reports", () => {
  test("the entry page is the 街镇 overview: units by year, with tabs and a year selector @smoke", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("法治政府建设年度报告");
    await expect(page.getByRole("navigation", { name: "单位类别" }).getByRole("link", { name: "街镇" })).toHaveAttribute("aria-current", "page");
    const years = page.getByRole("navigation", { name: "年度" });
    await expect(years.getByRole("link", { name: "全部年度" })).toHaveAttribute("aria-current", "page");

    const table = page.getByRole("table", { name: /街镇法治政府建设年度报告公开情况/ });
    await expect(table.getByRole("columnheader", { name: "2022年度" })).toBeVisible();
    const zhenxi = table.getByRole("row", { name: /^珍溪镇/ });
    await expect(zhenxi.getByRole("link", { name: "已公开：珍溪镇2022年度报告" })).toBeVisible();
    // A town that has published nothing is listed with "—" and no link.
    const quiet = table.getByRole("row").filter({ hasNot: page.getByRole("link") }).filter({ hasText: "未公开" });
    await expect(quiet.first()).toBeVisible();
    await expectNoAxeViolations(page);

    await zhenxi.getByRole("link", { name: "已公开：珍溪镇2022年度报告" }).click();
    await expect(page).toHaveURL(/\/reports\/2022\/zhenxi$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(zhenxiTitle);
  });

  test("the tabs and the year selector lead to a list per kind and year, each at its own address", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "单位类别" }).getByRole("link", { name: "部门" }).click();
    await expect(page).toHaveURL(/\/overview\/departments$/);
    await expect(page.getByRole("navigation", { name: "单位类别" }).getByRole("link", { name: "部门" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("table", { name: /部门法治政府建设年度报告公开情况/ }).getByRole("rowheader", { name: "区司法局" })).toBeVisible();

    await page.getByRole("navigation", { name: "年度" }).getByRole("link", { name: "2022年度" }).click();
    await expect(page).toHaveURL(/\/years\/2022\/departments$/);
    await expect(page.getByText("2022年度暂无已发布的部门报告")).toBeVisible();
    await expectNoAxeViolations(page);

    // The tab keeps the year.
    await page.getByRole("navigation", { name: "单位类别" }).getByRole("link", { name: "街镇" }).click();
    await expect(page).toHaveURL(/\/years\/2022\/towns$/);
    await expect(page.getByRole("navigation", { name: "年度" }).getByRole("link", { name: "2022年度" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { level: 2, name: "2022年度" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: zhenxiTitle }).click();
    await expect(page).toHaveURL(/\/reports\/2022\/zhenxi$/);

    // The report's breadcrumb leads back to its year's list.
    await page.getByRole("navigation", { name: "当前位置" }).getByRole("link", { name: "2022年度" }).click();
    await expect(page).toHaveURL(/\/years\/2022\/towns$/);
  });

  test("old list links with a query string move to the lists' own addresses", async ({ page }) => {
    for (const [from, to] of [
      ["/?kind=department&year=2022", "/years/2022/departments"],
      ["/?kind=town&year=2022", "/years/2022/towns"],
      ["/?year=2022", "/years/2022/towns"],
      ["/?kind=department", "/overview/departments"],
      ["/?kind=town", "/"],
    ]) {
      const response = await page.request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      expect(new URL(response.headers()["location"], "http://x").pathname + new URL(response.headers()["location"], "http://x").search, from).toBe(to);
    }
    await page.goto("/?kind=department&year=2022");
    await expect(page).toHaveURL(/\/years\/2022\/departments$/);
  });

  test("an unknown year or kind is answered with the 404 page", async ({ page }) => {
    for (const path of ["/years/1999/towns", "/years/2022/villages", "/years/latest/towns", "/years/2022", "/overview/villages", "/years/%27%25_/towns"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    }
  });
});
