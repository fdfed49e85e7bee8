import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./fixtures";

const title = "重庆市涪陵区珍溪镇人民政府2022年法治政府建设工作年度报告";

test.describe("public search", () => {
  test("finds 珍溪镇 2022 by “执法证”, with the word marked in the passage @smoke", async ({ page }) => {
    await page.goto("/search");
    await expect(page.getByRole("heading", { level: 1, name: "搜索报告" })).toBeVisible();
    await page.getByRole("searchbox", { name: "关键词" }).fill("执法证");
    await page.getByRole("searchbox", { name: "关键词" }).press("Enter");

    await expect(page).toHaveURL(/\/search\?q=%E6%89%A7%E6%B3%95%E8%AF%81/);
    await expect(page.getByRole("status")).toContainText("找到 1 份报告包含“执法证”");
    const result = page.getByRole("article", { name: title });
    await expect(result.locator("mark")).toHaveText(["执法证"]);
    await expect(result).toContainText("1名应急执法人员换发执法证");
    await expect(result).toContainText("发布日期 2023年1月9日");

    await result.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(/\/reports\/2022\/zhenxi$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });

  test("filters by year and unit kind with the form alone, and says when nothing matches", async ({ page }) => {
    await page.goto("/search?q=执法证");
    await page.getByLabel("单位类别").selectOption("department");
    await page.getByRole("main").getByRole("button", { name: "搜索" }).click();
    await expect(page).toHaveURL(/kind=department/);
    await expect(page.getByRole("status")).toContainText("在部门报告中找到 0 份报告");
    await expect(page.getByText("没有找到包含“执法证”的报告")).toBeVisible();
    await page.getByRole("link", { name: "在全部年度和单位中搜索" }).click();
    await expect(page.getByRole("status")).toContainText("找到 1 份报告");

    await page.goto("/search?q=执法证&year=2022&kind=town");
    await expect(page.getByLabel("年度", { exact: true })).toHaveValue("2022");
    await expect(page.getByLabel("单位类别")).toHaveValue("town");
    await expect(page.getByRole("article", { name: title })).toBeVisible();
  });

  test("helps with an empty query, cuts a long one and takes odd characters literally", async ({ page }) => {
    await page.goto("/search?q=%20%20");
    await expect(page.getByRole("heading", { name: "在全部已公开的年度报告中查找" })).toBeVisible();
    await expect(page.getByRole("status")).toHaveCount(0);

    await page.goto(`/search?q=${encodeURIComponent("执法证".repeat(30))}`);
    await expect(page.getByText("关键词超过 50 字，只按前 50 字")).toBeVisible();

    for (const q of ["%", "_", "'", '"', "' OR '1'='1", "NEAR(执法", "执法*", "^:()", "%_%"]) {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(response?.status(), q).toBe(200);
      await expect(page.getByRole("status"), q).toContainText("份报告包含");
    }
    // Two characters use the index's trigrams; one is looked for row by row.
    for (const q of ["执法", "证"]) {
      await page.goto(`/search?q=${encodeURIComponent(q)}`);
      await expect(page.getByRole("article", { name: title }).locator("mark").first()).toHaveText(q);
    }
  });

  test("has no axe violations, empty and with results", async ({ page }) => {
    for (const url of ["/search", "/search?q=执法证", "/search?q=量子计算"]) {
      await page.goto(url);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  });
});

test.describe("open data API", () => {
  test("lists and serves published reports as documented JSON @smoke", async ({ request }) => {
    const list = await request.get(`/api/public/reports?q=${encodeURIComponent("执法证")}&year=2022&kind=town`);
    expect(list.status()).toBe(200);
    expect(list.headers()["content-type"]).toContain("application/json");
    expect(list.headers()["cache-control"]).toBe("public, max-age=60, stale-while-revalidate=600");
    expect(list.headers()["access-control-allow-origin"]).toBe("*");
    const body = await list.json();
    expect(body).toEqual({ reports: [expect.any(Object)], total: 1, page: 1, pageSize: 100, isTotalCapped: false });
    const [report] = body.reports;
    expect(report).toEqual({
      id: expect.any(String),
      year: 2022,
      unit: { name: "重庆市涪陵区珍溪镇人民政府", shortName: "珍溪镇", kind: "town" },
      title,
      publishedAt: "2023-01-09",
      docNumber: "",
      indexNumber: expect.stringMatching(/\/2023-\d{5}$/),
      url: "/reports/2022/zhenxi",
      correctedAt: null,
      correctionNote: null,
    });

    const detail = await request.get(`/api/public/reports/${report.id}`);
    expect(detail.status()).toBe(200);
    const full = await detail.json();
    expect(full).toMatchObject(report);
    expect(full.sections.map((s: { number: string; title: string }) => `${s.number}${s.title}`)).toEqual([
      "一、基本情况",
      "（一）学习贯彻习近平法治思想情况",
      "（二）深化“放管服”改革、优化营商环境情况",
      "（三）依法行政制度体系建设情况",
      "（四）重大决策部署落实情况",
      "（五）行政执法工作情况",
      "（六）行政权力运行及受监督情况",
      "（七）矛盾纠纷化解情况",
      "二、存在的不足和原因",
      "三、下一年度推进法治政府建设的主要安排",
    ]);
    const enforcement = full.sections[5];
    expect(enforcement.level).toBe(2);
    expect(enforcement.paragraphs.join("")).toContain("换发执法证");
    expect(enforcement.metrics).toEqual([{ label: "新领或换发执法证人数", value: 5, unit: "人" }]);

    const etag = detail.headers()["etag"];
    const again = await request.get(`/api/public/reports/${report.id}`, { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
  });

  test("answers unknown ids with 404 and bad parameters with 400, in Chinese JSON", async ({ request }) => {
    const missing = await request.get("/api/public/reports/no-such-report");
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error).toContain("未找到该报告");
    const bad = await request.get("/api/public/reports?year=22&kind=city");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toMatch(/年度.*单位类别/);
  });
});

test.describe("feeds", () => {
  test("Atom and RSS parse as XML and list the 珍溪镇 publication", async ({ page, request }) => {
    await page.goto("/search");
    for (const [path, type, entry] of [
      ["/feed.xml", "application/atom+xml", "entry"],
      ["/rss.xml", "application/rss+xml", "item"],
    ] as const) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain(type);
      const xml = await response.text();
      const parsed = await page.evaluate(
        ([source, tag]) => {
          const doc = new DOMParser().parseFromString(source, "application/xml");
          return {
            error: doc.querySelector("parsererror")?.textContent ?? null,
            titles: [...doc.getElementsByTagName(tag)].map((e) => e.getElementsByTagName("title")[0]?.textContent),
            links: [...doc.getElementsByTagName(tag)].map((e) => e.getElementsByTagName("link")[0]?.getAttribute("href") ?? e.getElementsByTagName("link")[0]?.textContent),
          };
        },
        [xml, entry] as const,
      );
      expect(parsed.error, path).toBeNull();
      expect(parsed.titles, path).toContain(title);
      expect(parsed.links, path).toContain(new URL("/reports/2022/zhenxi", page.url()).href);
    }
  });
});
