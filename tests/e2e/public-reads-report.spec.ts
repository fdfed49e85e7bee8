import { test, expect } from "./fixtures";

test.describe("the public site", () => {
  test("lists the seeded 珍溪镇 2022 report under 街镇 and shows it with all ten headings @smoke", async ({ page }) => {
    await page.goto("/years/2022/towns");
    await page.getByRole("link", { name: "重庆市涪陵区珍溪镇人民政府2022年法治政府建设工作年度报告" }).click();
    await expect(page).toHaveURL(/\/reports\/2022\/zhenxi$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("重庆市涪陵区珍溪镇人民政府2022年法治政府建设工作年度报告");

    await expect(page.getByRole("row", { name: /发布机构/ })).toContainText("重庆市涪陵区珍溪镇人民政府");
    await expect(page.getByRole("row", { name: /字号/ })).toContainText("无");
    await expect(page.getByRole("row", { name: /发布日期/ })).toContainText("2023年1月9日");

    const headings = [
      ["一、基本情况", 2],
      ["（一）学习贯彻习近平法治思想情况", 3],
      ["（二）深化“放管服”改革、优化营商环境情况", 3],
      ["（三）依法行政制度体系建设情况", 3],
      ["（四）重大决策部署落实情况", 3],
      ["（五）行政执法工作情况", 3],
      ["（六）行政权力运行及受监督情况", 3],
      ["（七）矛盾纠纷化解情况", 3],
      ["二、存在的不足和原因", 2],
      ["三、下一年度推进法治政府建设的主要安排", 2],
    ] as const;
    for (const [name, level] of headings) {
      await expect(page.getByRole("heading", { name, level, exact: true })).toBeVisible();
    }
    await expect(page.getByText("共计为4名综合行政执法人员、1名应急执法人员换发执法证")).toBeVisible();
    // Page furniture from the copied fixture never reaches the report.
    await expect(page.getByText("分享文章到")).toHaveCount(0);
  });

  test("the report page loads no script files; its print button prints", async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    await page.goto("/reports/2022/zhenxi");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("珍溪镇");
    expect(scripts).toEqual([]);
    // Feed readers find the feeds from any public page.
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", "/feed.xml");
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", "/rss.xml");
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void w.printed++;
    });
    await page.getByRole("button", { name: "打印" }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  test("answers an unknown report with a 404 page", async ({ page }) => {
    const response = await page.goto("/reports/2022/no-such-unit");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    const other = await page.goto("/no-such-page");
    expect(other?.status()).toBe(404);
    await expect(page.getByText("页面不存在")).toBeVisible();
  });
});
