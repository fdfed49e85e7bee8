import { readFile } from "node:fs/promises";
import { test, expect, signIn, pageAs } from "./fixtures";
import { testDb } from "./db";
import type { Browser, Page } from "@playwright/test";

const paragraph = "本年度认真落实法治政府建设各项部署，健全工作机制，逐项推进并取得实效，群众满意度持续提升，各项工作均按计划完成。";

/**
 * Fills every required section straight in the database, so the spec spends its time on the
 * audit pages; the submission that follows still goes through the clerk's button.
 */
async function fillRequiredSections(reportId: string) {
  const report = await testDb.report.findUniqueOrThrow({ where: { id: reportId }, select: { yearId: true, unit: { select: { kind: true } } } });
  const template = await testDb.templateSection.findMany({
    where: { isRequired: true, template: { yearId: report.yearId, unitKind: report.unit.kind } },
    select: { key: true, metrics: true },
  });
  for (const section of template) {
    const metrics = Object.fromEntries((section.metrics as { key: string }[]).map((field, i) => [field.key, i + 1]));
    await testDb.reportSection.update({ where: { reportId_key: { reportId, key: section.key } }, data: { body: paragraph, metrics } });
  }
}

/** A clerk's browser that comes through a proxy giving this address, so the recorded IP is known. */
async function clerkPage(browser: Browser, login: string, ip: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  const page = await context.newPage();
  await signIn(page, login);
  return page;
}

test.describe("audit log", () => {
  test("records a clerk's submission with its IP, and lets the reviewer filter and export it", async ({ browser, createUnitWithClerk }) => {
    const clerk = await createUnitWithClerk("审计");
    const ip = `203.0.113.${1 + Math.floor(Math.random() * 254)}`;
    const user = await testDb.user.findUniqueOrThrow({ where: { login: clerk.login }, select: { id: true, name: true } });

    // Clerk: starts and submits the 2023 report, then reads its timeline.
    const page = await clerkPage(browser, clerk.login, ip);
    await page.getByRole("button", { name: "开始填写2023年度报告" }).click();
    await page.waitForURL(/\/workspace\/reports\/[^/]+$/);
    const reportId = page.url().split("/").pop()!;
    await fillRequiredSections(reportId);
    await page.reload();
    await page.getByRole("button", { name: "提交审核" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "确认提交" }).click();
    await expect(page.getByText("报告已提交，正在等待区依法治区办审核")).toBeVisible();

    await page.getByRole("link", { name: "操作记录" }).click();
    await expect(page.getByRole("heading", { name: "操作记录" })).toBeVisible();
    const entries = page.getByTestId("timeline-entry");
    await expect(entries).toHaveCount(2);
    const submitted = entries.filter({ hasText: "提交审核" });
    await expect(submitted).toContainText("状态 起草中 → 已提交；存档为第 1 版");
    await expect(submitted).toContainText(`操作人：${user.name}（填报人）`);
    await expect(submitted).toContainText(`IP 地址：${ip}`);
    await expect(submitted.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    await expect(entries.nth(1)).toContainText("创建报告");

    // Reviewer: narrows the district log to this clerk's submissions.
    const reviewer = await pageAs(browser, "shenhe");
    await reviewer.goto("/review");
    await reviewer.getByRole("navigation", { name: "工作台" }).getByRole("link", { name: "审计日志" }).click();
    await expect(reviewer.getByRole("heading", { name: "审计日志" })).toBeVisible();
    await reviewer.locator("select[name=user]").selectOption({ label: `${user.name} · ${clerk.login} · 填报人 · ${clerk.unitName}` });
    await reviewer.getByRole("button", { name: "筛选" }).click();
    await expect(reviewer).toHaveURL(new RegExp(`user=${user.id}`));
    const rows = reviewer.getByTestId("audit-row");
    // Newest first: the submission, the report's creation, the sign-in.
    await expect(rows.locator("td:nth-child(4)")).toHaveText(["提交审核", "创建报告", "登录"]);

    await reviewer.locator("select[name=kind]").selectOption({ label: "提交审核" });
    await reviewer.getByRole("button", { name: "筛选" }).click();
    await expect(reviewer).toHaveURL(/kind=REPORT_SUBMITTED/);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(user.name);
    await expect(rows.first()).toContainText(clerk.unitName);
    await expect(rows.first()).toContainText("状态 起草中 → 已提交");
    await expect(rows.first()).toContainText(ip);
    await expect(rows.first().getByRole("link", { name: `2023年度 · ${clerk.unitName}` })).toHaveAttribute("href", `/review/reports/${reportId}`);
    // The form shows the filters it applied.
    await expect(reviewer.locator("select[name=kind]")).toHaveValue("REPORT_SUBMITTED");
    await expect(reviewer.locator("select[name=user]")).toHaveValue(user.id);

    // Export: the same filters, as CSV, and the export itself lands in the log.
    const [download] = await Promise.all([reviewer.waitForEvent("download"), reviewer.getByRole("link", { name: "导出 CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^审计日志-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile(await download.path())).toString("utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    expect(csv[0]).toBe("时间,用户,账号,单位,操作,报告,说明,IP,浏览器");
    expect(csv).toHaveLength(2);
    expect(csv[1]).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},${user.name},${clerk.login},${clerk.unitName},提交审核,2023年度 ${clerk.unitName},状态 起草中 → 已提交；存档为第 1 版,${ip.replaceAll(".", "\\.")},`));

    const shenhe = await testDb.user.findUniqueOrThrow({ where: { login: "shenhe" }, select: { id: true } });
    const exports = await testDb.auditEvent.findMany({ where: { kind: "DATA_EXPORTED", actorId: shenhe.id }, select: { data: true } });
    expect(exports.map((e) => e.data)).toContainEqual({ what: "audit", filters: { userId: user.id, kind: "REPORT_SUBMITTED" }, rows: 1, isTruncated: false });
  });

  test("ignores bad filter values with a note instead of failing", async ({ browser }) => {
    const page = await pageAs(browser, "admin");
    const response = await page.goto("/review/audit?kind=NOPE&from=2024-02-30&to=2024-03-01&user=");
    expect(response?.status()).toBe(200);
    const note = page.getByRole("status").filter({ hasText: "部分筛选条件未生效" });
    await expect(note).toContainText("“操作类型”的值无效，已忽略该条件。");
    await expect(note).toContainText("“开始日期”的值无效，已忽略该条件。");
    await expect(page.getByLabel("结束日期")).toHaveValue("2024-03-01");
  });

  test("keeps the log from clerks and other units' timelines from a clerk", async ({ browser }) => {
    const zhenxi = await testDb.report.findFirstOrThrow({ where: { unit: { slug: "zhenxi" } }, select: { id: true } });
    const clerk = await pageAs(browser, "sifaju");
    expect((await clerk.goto("/review/audit"))?.status()).toBe(404);
    await expect(clerk.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    expect((await clerk.goto("/review/audit/export"))?.status()).toBe(404);
    expect((await clerk.goto(`/workspace/reports/${zhenxi.id}/timeline`))?.status()).toBe(404);
    expect((await clerk.goto(`/review/reports/${zhenxi.id}/timeline`))?.status()).toBe(404);
    await clerk.goto("/workspace");
    await expect(clerk.getByRole("navigation", { name: "工作台" }).getByRole("link", { name: "审计日志" })).toHaveCount(0);

    const own = await pageAs(browser, "zhenxi");
    expect((await own.goto(`/workspace/reports/${zhenxi.id}/timeline`))?.status()).toBe(200);
    await expect(own.getByRole("heading", { name: "操作记录" })).toBeVisible();
  });

  test("sends a signed-out download to the sign-in page", async ({ playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    const response = await anonymous.get("/review/audit/export", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toMatch(/\/login\?callbackUrl=%2Freview%2Faudit%2Fexport/);
    await anonymous.dispose();
  });
});
