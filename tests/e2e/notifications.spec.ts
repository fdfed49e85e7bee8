import type { Page } from "@playwright/test";
import { test, expect, signIn, pageAs } from "./fixtures";
import { testDb } from "./db";
import { fillRequiredSections } from "./arrange";

/** The bell's number; no badge means none unread. */
async function unreadShown(page: Page): Promise<number> {
  const badge = page.getByTestId("notification-count");
  return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
}

function unreadInDb(login: string) {
  return testDb.notification.count({ where: { user: { login }, readAt: null } });
}


test.describe("notifications", () => {
  test("the clerk's bell counts a returned report, the inbox links to it, and 全部标为已读 clears it", async ({ browser, createUnitWithClerk }) => {
    test.setTimeout(120_000);
    const clerk = await createUnitWithClerk("通知");
    const title = `${clerk.unitName}2023年法治政府建设年度报告`;

    // Clerk: starts, fills and submits the 2023 report.
    const clerkPage = await (await browser.newContext()).newPage();
    await signIn(clerkPage, clerk.login);
    await clerkPage.getByRole("button", { name: "开始填写2023年度报告" }).click();
    await clerkPage.waitForURL(/\/workspace\/reports\/[^/]+$/);
    const reportId = clerkPage.url().split("/").pop()!;
    await fillRequiredSections(reportId);
    await clerkPage.reload();
    await clerkPage.getByRole("button", { name: "提交审核" }).click();
    await clerkPage.getByRole("dialog").getByRole("button", { name: "确认提交" }).click();
    await expect(clerkPage.getByText("报告已提交，正在等待区依法治区办审核")).toBeVisible();
    await clerkPage.goto("/workspace");
    const before = await unreadShown(clerkPage);
    expect(before).toBe(await unreadInDb(clerk.login));

    // Reviewer: returns it with one comment.
    const reviewerPage = await pageAs(browser, "shenhe");
    await reviewerPage.goto(`/review/reports/${reportId}`);
    await reviewerPage.getByLabel("退回意见", { exact: true }).fill("请补充年度执法数据。");
    await reviewerPage.getByRole("button", { name: "退回修改" }).click();
    await reviewerPage.getByRole("dialog").getByRole("button", { name: "确认退回" }).click();
    await expect(reviewerPage.getByText("报告已退回，填报单位将看到审核意见。")).toBeVisible();
    await reviewerPage.context().close();

    // Clerk: one more unread, on the bell and in the database.
    await clerkPage.goto("/workspace");
    await expect(clerkPage.getByTestId("notification-count")).toHaveText(String(before + 1));
    await expect(clerkPage.getByRole("link", { name: `通知，${before + 1} 条未读` })).toBeVisible();
    expect(await unreadInDb(clerk.login)).toBe(before + 1);

    // The inbox shows it, unread, leading to the report.
    await clerkPage.getByRole("link", { name: /^通知，/ }).click();
    await expect(clerkPage.getByRole("heading", { name: "通知", exact: true })).toBeVisible();
    const item = clerkPage.getByTestId("notification-item").filter({ hasText: `区依法治区办退回了《${title}》` });
    await expect(item).toHaveCount(1);
    await expect(item).toHaveAttribute("data-unread", "true");
    await expect(item).toContainText("报告被退回修改");
    await expect(item).toContainText("共有 1 条意见待处理");
    await expect(item.getByRole("button", { name: `区依法治区办退回了《${title}》`, exact: true })).toHaveAttribute("data-href", `/workspace/reports/${reportId}`);

    // 全部标为已读: the bell has no number left, and the title is now a plain link to the report.
    await clerkPage.getByRole("button", { name: "全部标为已读" }).click();
    await expect(clerkPage.getByTestId("notification-count")).toHaveCount(0);
    await expect(clerkPage.getByRole("link", { name: "通知，没有未读" })).toBeVisible();
    expect(await unreadInDb(clerk.login)).toBe(0);
    await expect(item).toHaveAttribute("data-unread", "false");
    const link = item.getByRole("link", { name: `区依法治区办退回了《${title}》`, exact: true });
    await expect(link).toHaveAttribute("href", `/workspace/reports/${reportId}`);
    await link.click();
    await expect(clerkPage).toHaveURL(new RegExp(`/workspace/reports/${reportId}$`));
    await expect(clerkPage.getByRole("heading", { name: title })).toBeVisible();
  });

  test("following an unread notification opens its page and reads it", async ({ browser, createUnitWithClerk }) => {
    const clerk = await createUnitWithClerk("通知");
    const user = await testDb.user.findUniqueOrThrow({ where: { login: clerk.login } });
    const notification = await testDb.notification.create({
      data: { userId: user.id, kind: "URGED", title: "区依法治区办催报：请尽快报送年度报告", body: "请于本周内报送。", link: "/account/sessions" },
    });

    const page = await (await browser.newContext()).newPage();
    await signIn(page, clerk.login);
    await expect(page.getByTestId("notification-count")).toHaveText("1");
    await page.goto("/notifications");
    const item = page.getByTestId("notification-item").filter({ hasText: "请尽快报送年度报告" });
    await expect(item).toContainText("催报");
    await expect(item).toContainText("请于本周内报送。");
    await item.getByRole("button", { name: "区依法治区办催报：请尽快报送年度报告", exact: true }).click();
    await expect(page).toHaveURL(/\/account\/sessions$/);
    await expect(page.getByTestId("notification-count")).toHaveCount(0);
    expect((await testDb.notification.findUniqueOrThrow({ where: { id: notification.id } })).readAt).not.toBeNull();
  });

  test("a user chooses which notifications also come by e-mail", async ({ browser, createUnitWithClerk }) => {
    const clerk = await createUnitWithClerk("通知");
    const page = await (await browser.newContext()).newPage();
    await signIn(page, clerk.login);
    await page.goto("/notifications/settings");
    await expect(page.getByRole("heading", { name: "通知设置" })).toBeVisible();
    await expect(page.getByTestId("notification-email")).toHaveText("管理员尚未为您设置邮箱，邮件通知不会发送。");
    // Only the clerk's kinds are offered: a reviewer's "单位提交或重新提交报告" is not.
    await expect(page.getByText("单位提交或重新提交报告")).toHaveCount(0);
    await page.getByRole("checkbox", { name: "同时发送邮件：报告被退回修改" }).check();
    await page.getByRole("button", { name: "保存设置" }).click();
    await expect(page.getByText("通知设置已保存。")).toBeVisible();
    const user = await testDb.user.findUniqueOrThrow({ where: { login: clerk.login } });
    const chosen = await testDb.notificationPreference.findMany({ where: { userId: user.id, email: true }, select: { kind: true } });
    expect(chosen.map((p) => p.kind)).toEqual(["RETURNED"]);
    await page.reload();
    await expect(page.getByRole("checkbox", { name: "同时发送邮件：报告被退回修改" })).toBeChecked();
  });
});
