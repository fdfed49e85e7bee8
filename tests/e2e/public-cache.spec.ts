import { test, expect, pageAs } from "./fixtures";
import { testDb } from "./db";
import { approvedReport } from "./arrange";
import type { Page } from "@playwright/test";

// Public pages are served from the app's cache; publishing, correcting and withdrawing must
// replace the cached copies at once (the review actions revalidate them).

/** Asks until the answer comes from the app's cache, so what the test changes next is a cached page. */
async function expectCached(page: Page, path: string, status: number) {
  await expect
    .poll(async () => {
      const response = await page.request.get(path, { maxRedirects: 0 });
      return `${response.status()} ${response.headers()["x-nextjs-cache"]}`;
    }, { message: `${path} from the cache` })
    .toBe(`${status} HIT`);
}

test("a publication, a correction and a withdrawal show at once on public pages already cached", async ({ browser, createUnitWithClerk }) => {
  const unit = await createUnitWithClerk("缓存");
  const title = `${unit.unitName}2023年法治政府建设年度报告`;
  const report = await approvedReport(unit.unitId, unit.unitName, "全年组织集中学法10次。");
  const reportPath = `/reports/2023/${unit.slug}`;
  const cell = `已公开：${unit.unitName}2023年度报告`;

  const reviewer = await pageAs(browser, "shenhe");
  const visitor = await (await browser.newContext()).newPage();

  // Before: no link to the report, which is a 404 — both answers served from the cache. (The
  // cached overview may predate the unit itself: units created since show with the next publication.)
  await visitor.goto("/");
  await expect(visitor.getByRole("link", { name: cell })).toHaveCount(0);
  await expectCached(visitor, "/", 200);
  expect((await visitor.goto(reportPath))?.status()).toBe(404);
  await expectCached(visitor, reportPath, 404);

  // Publication.
  await reviewer.goto(`/review/reports/${report.id}`);
  await reviewer.getByRole("button", { name: "发布", exact: true }).click();
  await reviewer.getByRole("dialog").getByRole("button", { name: "确认发布" }).click();
  await expect(reviewer.getByText(/报告已发布，索引号/)).toBeVisible();

  await visitor.goto("/");
  await visitor.getByRole("row", { name: new RegExp(`^${unit.unitName}`) }).getByRole("link", { name: cell }).click();
  await expect(visitor).toHaveURL(new RegExp(`${reportPath}$`));
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(visitor.getByText("全年组织集中学法10次。")).toBeVisible();
  await visitor.goto("/years/2023/towns");
  await expect(visitor.getByRole("listitem").filter({ hasText: title })).not.toContainText("已更正");

  // Correction: the unit's corrected text, approved again, published with its 更正说明.
  for (const path of ["/", reportPath, "/years/2023/towns"]) await expectCached(visitor, path, 200);
  await testDb.report.update({ where: { id: report.id }, data: { status: "APPROVED", version: { increment: 1 } } });
  await testDb.reportSection.update({ where: { reportId_key: { reportId: report.id, key: "law-study" } }, data: { body: "全年组织集中学法12次（更正）。" } });
  await reviewer.goto(`/review/reports/${report.id}`);
  await reviewer.getByLabel("更正说明").fill("更正集中学法次数。");
  await reviewer.getByRole("button", { name: "发布更正" }).click();
  await reviewer.getByRole("dialog").getByRole("button", { name: "确认发布更正" }).click();
  await expect(reviewer.getByText(/更正已发布/)).toBeVisible();

  await visitor.goto(reportPath);
  await expect(visitor.getByRole("region", { name: "更正说明" })).toContainText("更正集中学法次数。");
  await expect(visitor.getByText("全年组织集中学法12次（更正）。")).toBeVisible();
  await expect(visitor.getByText("全年组织集中学法10次。")).toHaveCount(0);
  await visitor.goto("/years/2023/towns");
  await expect(visitor.getByRole("listitem").filter({ hasText: title })).toContainText("已更正");
  await visitor.goto("/");
  await expect(visitor.getByRole("row", { name: new RegExp(`^${unit.unitName}`) })).toContainText("已更正");

  // Withdrawal.
  for (const path of ["/", reportPath, "/years/2023/towns"]) await expectCached(visitor, path, 200);
  await reviewer.goto(`/review/reports/${report.id}`);
  await reviewer.getByLabel("撤回原因").fill("数据有误，撤回核实。");
  await reviewer.getByRole("button", { name: "撤回报告" }).click();
  await reviewer.getByRole("dialog").getByRole("button", { name: "确认撤回" }).click();
  await expect(reviewer.getByText("报告已撤回，公开页面只保留撤回说明。")).toBeVisible();

  await visitor.goto(reportPath);
  await expect(visitor.getByRole("region", { name: "撤回说明" })).toContainText("数据有误，撤回核实。");
  await expect(visitor.getByText("全年组织集中学法12次（更正）。")).toHaveCount(0);
  await visitor.goto("/years/2023/towns");
  await expect(visitor.getByRole("listitem").filter({ hasText: title })).toContainText("已撤回");
  await visitor.goto("/");
  await expect(visitor.getByRole("row", { name: new RegExp(`^${unit.unitName}`) }).getByRole("link", { name: `已撤回：${unit.unitName}2023年度报告` })).toBeVisible();
});

test.describe("cache headers", () => {
  test("public pages may be kept by a proxy for a second; browsers always ask again", async ({ request }) => {
    for (const path of ["/", "/overview/departments", "/years/2022/towns", "/reports/2022/zhenxi", "/reports/2022/no-such-unit"]) {
      await request.get(path);
      const response = await request.get(path);
      expect(response.headers()["cache-control"], path).toBe("public, max-age=0, s-maxage=1");
      expect(response.headers()["x-nextjs-cache"], path).toBe("HIT");
      expect(response.headers()["set-cookie"], path).toBeUndefined();
    }
    // The current version's old address redirects, and the redirect is cached too.
    const path = "/reports/2022/zhenxi/versions/1";
    await request.get(path, { maxRedirects: 0 });
    const redirect = await request.get(path, { maxRedirects: 0 });
    expect([redirect.status(), redirect.headers()["location"], redirect.headers()["x-nextjs-cache"]]).toEqual([307, "/reports/2022/zhenxi", "HIT"]);
  });

  test("pages tied to a session are never stored", async ({ browser, request }) => {
    for (const path of ["/login", "/review", "/workspace"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.headers()["cache-control"], path).toBe("private, no-store");
    }
    const reviewer = await pageAs(browser, "shenhe");
    const response = await reviewer.goto("/review");
    expect(response?.status()).toBe(200);
    expect(response?.headers()["cache-control"]).toBe("private, no-store");
  });
});
