import { test, expect, pageAs } from "./fixtures";
import { testDb } from "./db";

test.describe("access control", () => {
  test("sends a signed-out visitor of the workspace to the sign-in page", async ({ page }) => {
    await page.goto("/workspace");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fworkspace/);
    await expect(page.getByRole("heading", { name: /工作人员登录/ })).toBeVisible();
  });

  test("says a wrong password is wrong without saying which field", async ({ page, createUnitWithClerk }) => {
    const clerk = await createUnitWithClerk("密码");
    await page.goto("/login");
    await page.getByLabel("账号").fill(clerk.login);
    await page.getByLabel("密码").fill("wrong-password");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "账号" })).toHaveText("账号或密码错误。");
    await expect(page.getByLabel("账号")).toHaveValue(clerk.login);
    const failures = await testDb.auditEvent.count({ where: { kind: "AUTH_LOGIN_FAILED", actor: { login: clerk.login } } });
    expect(failures).toBe(1);
  });

  test("answers another unit's report as not found for a clerk", async ({ browser }) => {
    const zhenxi = await testDb.report.findFirstOrThrow({ where: { unit: { slug: "zhenxi" } } });
    const page = await pageAs(browser, "sifaju");
    const response = await page.goto(`/workspace/reports/${zhenxi.id}`);
    expect(response?.status()).toBe(404);
    const sectionResponse = await page.goto(`/workspace/reports/${zhenxi.id}/sections/law-study`);
    expect(sectionResponse?.status()).toBe(404);
  });

  test("keeps the review desk from clerks", async ({ browser }) => {
    const page = await pageAs(browser, "zhenxi");
    const response = await page.goto("/review");
    expect(response?.status()).toBe(404);
  });
});
