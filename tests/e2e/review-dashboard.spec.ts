import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Browser, Download, Page } from "@playwright/test";
import { test, expect, signIn, pageAs } from "./fixtures";
import { testDb } from "./db";
import { fillRequiredSections } from "./arrange";
import { chinaToday } from "@/lib/dates";
import { defaultTemplateSections } from "@/lib/reports/template";
import { dashboardBuckets, dashboardStatus, isInBucket, type DashboardBucket } from "@/lib/review/dashboard-status";

// The dashboard is checked against the database, bucketed by the same pure function the app
// uses. Its actions happen in a reporting year of its own, 2021, whose deadlines lie ahead of
// today, so every bucket can fill; being older than the seeded 2023, it never becomes the
// dashboard's default year for other specs.
const seasonYear = 2021;
const dayMs = 86_400_000;

async function districtId(): Promise<string> {
  return (await testDb.district.findUniqueOrThrow({ where: { code: "500102" } })).id;
}

/** The 2021 year with deadlines 20 and 50 days ahead and the default templates; made once. */
async function ensureSeasonYear() {
  const id = await districtId();
  const today = chinaToday();
  const year = await testDb.reportingYear.upsert({
    where: { districtId_year: { districtId: id, year: seasonYear } },
    update: {},
    create: {
      districtId: id,
      year: seasonYear,
      isOpen: true,
      internalDeadline: new Date(today.getTime() + 20 * dayMs),
      publicationDeadline: new Date(today.getTime() + 50 * dayMs),
    },
  });
  for (const unitKind of ["TOWN", "DEPARTMENT"] as const) {
    const exists = await testDb.template.findUnique({ where: { yearId_unitKind: { yearId: year.id, unitKind } } });
    if (exists) continue;
    await testDb.template.create({
      data: {
        yearId: year.id,
        unitKind,
        name: `${seasonYear}年度报告模板`,
        sections: { create: defaultTemplateSections(seasonYear, unitKind).map((s, i) => ({ ...s, sortOrder: (i + 1) * 10 })) },
      },
    });
  }
}

/** What the dashboard must show, from the database: each status's count, and the overdue ones, among the district's active units. */
async function expectedCounts(year: number, nameContains = ""): Promise<Record<DashboardBucket, number>> {
  const id = await districtId();
  const reportingYear = await testDb.reportingYear.findUniqueOrThrow({ where: { districtId_year: { districtId: id, year } } });
  const units = await testDb.unit.findMany({
    where: { districtId: id, isActive: true, shortName: { contains: nameContains } },
    select: { reports: { where: { yearId: reportingYear.id }, select: { status: true } } },
  });
  const deadlines = { internal: reportingYear.internalDeadline, publication: reportingYear.publicationDeadline };
  const counts = Object.fromEntries(dashboardBuckets.map((b) => [b, 0])) as Record<DashboardBucket, number>;
  for (const unit of units) {
    const state = dashboardStatus(unit.reports[0]?.status ?? "NOT_STARTED", deadlines, chinaToday());
    for (const bucket of dashboardBuckets) if (isInBucket(state, bucket)) counts[bucket] += 1;
  }
  return counts;
}

async function shownCounts(page: Page): Promise<Record<DashboardBucket, number>> {
  const entries = await Promise.all(dashboardBuckets.map(async (b) => [b, Number(await page.getByTestId(`count-${b}`).textContent())] as const));
  return Object.fromEntries(entries) as Record<DashboardBucket, number>;
}


/** The clerk starts the year's report in the UI; optionally it is filled and submitted in the UI too. */
async function clerkOpens(browser: Browser, login: string, options: { submit: boolean }): Promise<string> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, login);
  await page.getByRole("button", { name: `开始填写${seasonYear}年度报告` }).click();
  await page.waitForURL(/\/workspace\/reports\/[^/]+$/);
  const reportId = page.url().split("/").pop()!;
  if (options.submit) {
    await fillRequiredSections(reportId);
    await page.reload();
    await page.getByRole("button", { name: "提交审核" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "确认提交" }).click();
    await expect(page.getByText("报告已提交，正在等待区依法治区办审核")).toBeVisible();
  }
  await page.context().close();
  return reportId;
}

async function download(page: Page, linkName: string): Promise<{ download: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  return { download: file, bytes: await readFile((await file.path())!) };
}

/** The visible table as the export should hold it: unit, status and overdue marker, deadline, open comments, reminders, link. */
async function tableRows(page: Page) {
  return page.locator("tbody tr").evaluateAll((rows) =>
    rows.map((row) => {
      const cells = row.querySelectorAll("th, td");
      const badges = [...cells[1].querySelectorAll(".status-badge")].map((b) => b.textContent!.trim());
      return {
        unit: cells[0].textContent!.trim(),
        status: badges[0],
        overdue: badges.includes("逾期") ? "逾期" : null,
        deadline: cells[3].textContent!.trim(),
        comments: Number(cells[4].textContent),
        // "已催 2 次", or nothing before the first reminder.
        reminders: Number(/已催 (\d+) 次/.exec(cells[5].textContent ?? "")?.[1] ?? 0),
        link: cells[6].querySelector("a")?.getAttribute("href") ?? null,
      };
    }),
  );
}

/** "内部截止 · 剩 12 天" → [内部截止, 12], "公开截止 · 逾期 3 天" → [公开截止, -3], "—" → [null, null]. */
function deadlineOf(text: string): [string | null, number | null] {
  if (text === "—") return [null, null];
  const [kind, days] = text.split(" · ");
  if (days === "今天截止") return [kind, 0];
  const n = Number(/\d+/.exec(days)![0]);
  return [kind, days.startsWith("逾期") ? -n : n];
}

test.describe("the reviewer's year dashboard", () => {
  test.describe.configure({ mode: "serial" });

  const tag = `看板${Math.random().toString(36).slice(2, 6)}`;
  const names: Record<"none" | "draft" | "submitted" | "returned" | "approved", string> = { none: "", draft: "", submitted: "", returned: "", approved: "" };

  test.beforeAll(async () => {
    await ensureSeasonYear();
  });

  test("counts what clerks and the reviewer did, exactly as the database says", async ({ browser, createUnitWithClerk }) => {
    test.setTimeout(120_000);
    const clerks = {
      none: await createUnitWithClerk(tag),
      draft: await createUnitWithClerk(tag),
      submitted: await createUnitWithClerk(tag),
      returned: await createUnitWithClerk(tag),
      approved: await createUnitWithClerk(tag),
    };
    for (const key of Object.keys(clerks) as (keyof typeof clerks)[]) names[key] = clerks[key].unitName;

    await clerkOpens(browser, clerks.draft.login, { submit: false });
    await clerkOpens(browser, clerks.submitted.login, { submit: true });
    const toReturn = await clerkOpens(browser, clerks.returned.login, { submit: true });
    const toApprove = await clerkOpens(browser, clerks.approved.login, { submit: true });

    const reviewer = await pageAs(browser, "shenhe");
    await reviewer.goto(`/review?year=${seasonYear}&q=${encodeURIComponent(tag)}`);
    await expect(reviewer.getByTestId("count-SUBMITTED")).toHaveText("3");
    await reviewer.getByTestId(`unit-row-${names.returned}`).getByRole("link", { name: /审核/ }).click();
    await expect(reviewer).toHaveURL(new RegExp(`/review/reports/${toReturn}$`));
    const reportComment = reviewer.locator("form", { has: reviewer.getByLabel("对整份报告提意见") });
    await reportComment.getByLabel("对整份报告提意见").fill("请补充年度执法数据。");
    await reportComment.getByRole("button", { name: "添加意见" }).click();
    await expect(reviewer.getByText("请补充年度执法数据。")).toBeVisible();
    // The page re-renders after the comment; a click that lands mid-render opens no dialog.
    await expect(async () => {
      if (!(await reviewer.getByRole("dialog").isVisible())) await reviewer.getByRole("button", { name: "退回修改" }).click();
      await expect(reviewer.getByRole("dialog")).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await reviewer.getByRole("dialog").getByRole("button", { name: "确认退回" }).click();
    await expect(reviewer.getByText("报告已退回，填报单位将看到审核意见。")).toBeVisible();

    await reviewer.goto(`/review/reports/${toApprove}`);
    await reviewer.getByRole("button", { name: "审核通过" }).click();
    await expect(reviewer.getByText("报告已审核通过，可以发布。")).toBeVisible();

    // This spec's units: one in each bucket before the deadlines, as the database says.
    await reviewer.goto(`/review?year=${seasonYear}&q=${encodeURIComponent(tag)}`);
    const mine = await expectedCounts(seasonYear, tag);
    expect(mine).toEqual({ NOT_STARTED: 1, DRAFT: 1, AWAITING_SIGNOFF: 0, SUBMITTED: 1, RETURNED: 1, APPROVED: 1, PUBLISHED: 0, WITHDRAWN: 0, OVERDUE: 0 });
    expect(await shownCounts(reviewer)).toEqual(mine);
    await expect(reviewer.getByTestId(`unit-row-${names.returned}`)).toContainText("已退回");
    await expect(reviewer.getByTestId(`unit-row-${names.returned}`).getByRole("cell").nth(3)).toHaveText("1");
    await expect(reviewer.getByTestId(`unit-row-${names.draft}`)).toContainText("起草中");
    await expect(reviewer.getByTestId(`unit-row-${names.draft}`).getByRole("link")).toHaveCount(0);
    await expect(reviewer.getByTestId(`unit-row-${names.submitted}`).getByRole("link", { name: `审核${names.submitted}的报告` })).toBeVisible();
    await expect(reviewer.getByRole("link", { name: /批量发布/ })).toHaveAttribute("href", `/review/publish?year=${seasonYear}`);

    // The whole district; other specs may be changing it meanwhile, so compare until both agree.
    await expect(async () => {
      await reviewer.goto(`/review?year=${seasonYear}`);
      expect(await shownCounts(reviewer)).toEqual(await expectedCounts(seasonYear));
    }).toPass({ timeout: 30_000 });

    // 2023's deadlines are long past: the same units are overdue there, each still counted in its
    // status — one submitted late, still waiting for review, the others not started.
    const year2023 = await testDb.reportingYear.findUniqueOrThrow({ where: { districtId_year: { districtId: await districtId(), year: 2023 } } });
    await testDb.report.create({
      data: { unitId: clerks.submitted.unitId, yearId: year2023.id, status: "SUBMITTED", submittedAt: new Date(), title: `${names.submitted}2023年法治政府建设年度报告` },
    });
    await reviewer.goto(`/review?year=2023&q=${encodeURIComponent(tag)}`);
    const overdue = await expectedCounts(2023, tag);
    expect(overdue).toMatchObject({ OVERDUE: 5, SUBMITTED: 1, NOT_STARTED: 4 });
    expect(await shownCounts(reviewer)).toEqual(overdue);
    // Lateness is a marker of its own beside the status, and the deadline column names its deadline.
    const late = reviewer.getByTestId(`unit-row-${names.none}`);
    await expect(late.locator(".status-badge")).toHaveText(["未开始", "逾期"]);
    await expect(late.getByRole("cell").nth(2)).toHaveText(/^内部截止 · 逾期 \d+ 天$/);
    const lateSubmission = reviewer.getByTestId(`unit-row-${names.submitted}`);
    await expect(lateSubmission.locator(".status-badge")).toHaveText(["已提交", "逾期"]);
    await expect(lateSubmission.getByRole("cell").nth(2)).toHaveText(/^公开截止 · 逾期 \d+ 天$/);
  });

  test("filters with the form and the totals, and sorts by a column", async ({ browser }) => {
    const page = await pageAs(browser, "shenhe");
    await page.goto(`/review?year=${seasonYear}`);
    await page.getByLabel("单位名称").fill(tag);
    await page.getByLabel("状态", { exact: true }).selectOption({ label: "已提交" });
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/status=submitted/);
    await expect(page.locator("tbody tr")).toHaveCount(1);
    await expect(page.getByTestId(`unit-row-${names.submitted}`)).toBeVisible();

    await page.getByTestId("count-APPROVED").click();
    await expect(page).toHaveURL(/status=approved/);
    await expect(page.locator("tbody tr")).toHaveCount(1);
    await expect(page.getByTestId(`unit-row-${names.approved}`)).toBeVisible();

    await page.getByLabel("单位名称").fill("没有这个单位");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page.getByText("没有符合筛选条件的单位。")).toBeVisible();
    await page.getByRole("link", { name: /显示全部/ }).click();
    await expect(page.getByTestId(`unit-row-${names.none}`)).toBeVisible();

    await page.goto(`/review?year=${seasonYear}&q=${encodeURIComponent(tag)}`);
    await page.getByRole("link", { name: /待处理意见/ }).click();
    await expect(page.getByRole("columnheader", { name: /待处理意见/ })).toHaveAttribute("aria-sort", "descending");
    await expect(page.locator("tbody tr").first()).toHaveAttribute("data-testid", `unit-row-${names.returned}`);

    // Bad params fall back to the defaults instead of failing.
    const response = await page.goto("/review?year=abc&kind=village&status=lost&sort=nope&dir=up");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("2023年度报告审核台");
  });

  test("downloads the rows on screen as XLSX and CSV, and audits the export", async ({ browser }) => {
    const page = await pageAs(browser, "shenhe");
    await page.goto(`/review?year=${seasonYear}&q=${encodeURIComponent(tag)}&sort=status`);
    const shown = await tableRows(page);
    expect(shown).toHaveLength(5);

    const xlsx = await download(page, "下载 Excel");
    expect(xlsx.download.suggestedFilename()).toBe(`${seasonYear}年度报告审核状态.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, "单位", "类型", "状态", "逾期", "提交时间", "截止类型", "截止日期", "距截止天数", "待处理意见", "已催报次数", "报告链接"]);
    const rows = sheet.getRows(2, sheet.rowCount - 1)!.map((row) => ({
      unit: row.getCell(1).value,
      kind: row.getCell(2).value,
      status: row.getCell(3).value,
      overdue: row.getCell(4).value,
      deadline: [row.getCell(6).value, row.getCell(8).value],
      comments: row.getCell(9).value,
      reminders: row.getCell(10).value,
      link: row.getCell(11).value,
    }));
    expect(rows).toEqual(
      shown.map((r) => ({ unit: r.unit, kind: "街镇", status: r.status, overdue: r.overdue, deadline: deadlineOf(r.deadline), comments: r.comments, reminders: r.reminders, link: r.link })),
    );

    const csv = await download(page, "下载 CSV");
    expect(csv.download.suggestedFilename()).toBe(`${seasonYear}年度报告审核状态.csv`);
    const text = csv.bytes.toString("utf8");
    expect(text.startsWith("\uFEFF单位,类型,状态,逾期,提交时间,截止类型,截止日期,距截止天数,待处理意见,已催报次数,报告链接")).toBe(true);
    const lines = text.slice(1).trim().split(/\r?\n/);
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(shown.map((r) => r.unit));

    const exports = await testDb.auditEvent.findMany({
      where: { kind: "DATA_EXPORTED", actor: { login: "shenhe" } },
      orderBy: { createdAt: "desc" },
      take: 2,
      select: { data: true },
    });
    expect(exports.map((e) => e.data)).toEqual([
      { what: "dashboard", year: seasonYear, format: "csv", rows: 5 },
      { what: "dashboard", year: seasonYear, format: "xlsx", rows: 5 },
    ]);
  });

  test("keeps the export from clerks and signed-out visitors, and refuses an unknown format @smoke", async ({ browser, request }) => {
    const clerk = await pageAs(browser, "zhenxi");
    const refused = await clerk.request.get(`/review/export?year=${seasonYear}&format=csv`);
    expect(refused.status()).toBe(404);

    const signedOut = await request.get(`/review/export?year=${seasonYear}&format=csv`, { maxRedirects: 0 });
    expect(signedOut.status()).toBe(307);
    expect(signedOut.headers().location).toContain("/login");

    const reviewer = await pageAs(browser, "shenhe");
    const badFormat = await reviewer.request.get(`/review/export?year=${seasonYear}&format=pdf`);
    expect(badFormat.status()).toBe(400);
    expect(await badFormat.text()).toBe("导出格式只能是 csv 或 xlsx。");
  });

  test("urges one unit that has not submitted from the desk, with a 附言, and the row then counts it", async ({ browser, createUnitWithClerk }) => {
    // Units of their own, so the other tests' rows and totals stay as they are.
    const urgeTag = `催报${Math.random().toString(36).slice(2, 6)}`;
    const late = await createUnitWithClerk(urgeTag);
    const done = await createUnitWithClerk(urgeTag);
    const year = await testDb.reportingYear.findUniqueOrThrow({ where: { districtId_year: { districtId: await districtId(), year: seasonYear } } });
    await testDb.report.create({
      data: { unitId: done.unitId, yearId: year.id, status: "SUBMITTED", submittedAt: new Date(), title: `${done.unitName}${seasonYear}年法治政府建设年度报告` },
    });
    const message = "请于本周五前报送年度报告。";

    const reviewer = await pageAs(browser, "shenhe");
    await reviewer.goto(`/review?year=${seasonYear}&q=${encodeURIComponent(urgeTag)}`);
    await expect(reviewer.getByRole("button", { name: /^催报全部未报送单位（\d+）$/ })).toBeVisible();
    // A unit that has submitted is not urged.
    await expect(reviewer.getByTestId(`unit-row-${done.unitName}`).getByRole("button")).toHaveCount(0);
    const row = reviewer.getByTestId(`unit-row-${late.unitName}`);
    await expect(row).not.toContainText("已催");

    await row.getByRole("button", { name: `催报${late.unitName}` }).click();
    const dialog = reviewer.getByRole("dialog");
    await expect(dialog).toContainText(`将向${late.unitName}的填报人和单位负责人发送催报通知`);
    await dialog.getByLabel("附言（选填）").fill(message);
    await dialog.getByRole("button", { name: "确认催报" }).click();
    await expect(reviewer.getByText("已向 1 个单位催报。")).toBeVisible();
    await expect(dialog).toHaveCount(0);
    await expect(row.getByTestId("reminded")).toContainText("已催 1 次");
    await expect(row.getByTestId("reminded")).toHaveAttribute("title", /^最近一次：\d{4}年\d{1,2}月\d{1,2}日/);
    await expect(row.getByRole("button", { name: `催报${late.unitName}` })).toBeVisible();

    // One 催报 logged for the late unit, with its 附言; its clerk got it; the unit that submitted got nothing.
    const logs = await testDb.reminderLog.findMany({ where: { yearId: year.id, unitId: { in: [late.unitId, done.unitId] } }, select: { unitId: true, kind: true, message: true } });
    expect(logs).toEqual([{ unitId: late.unitId, kind: "URGE", message }]);
    const notes = await testDb.notification.findMany({
      where: { kind: "URGED", user: { unitId: { in: [late.unitId, done.unitId] } } },
      select: { body: true, user: { select: { login: true } } },
    });
    expect(notes.map((n) => [n.user.login, n.body])).toEqual([[late.login, message]]);
  });
});
