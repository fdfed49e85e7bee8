import type { Browser, Page } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { expect, pageAs, password, test } from "./fixtures";
import { testDb } from "./db";

async function signInWith(browser: Browser, login: string, secret: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/login");
  await page.getByLabel("账号").fill(login);
  await page.getByLabel("密码").fill(secret);
  await page.getByRole("button", { name: "登录" }).click();
  return page;
}

async function confirm(page: Page, name: string) {
  await page.getByRole("button", { name }).first().click();
  await page.getByRole("dialog").getByRole("button", { name }).click();
}

test.describe("admin users", () => {
  // Each test signs in several times (argon2 on purpose is slow); a loaded machine needs the room.
  test.describe.configure({ timeout: 180_000 });
  test("an admin creates a clerk whose one-time password signs in and must be changed", async ({ browser, createUnitWithClerk }) => {
    const { unitId, unitName } = await createUnitWithClerk("用户");
    const admin = await pageAs(browser, "admin");
    await admin.goto("/admin/users");
    await expect(admin.getByRole("heading", { name: "用户管理" })).toBeVisible();
    const login = `e2e-new-${Date.now().toString(36)}`;
    const form = admin.locator("section", { has: admin.getByRole("heading", { name: "创建账号" }) });
    await form.getByLabel("姓名").fill("新来的填报人");
    await form.getByLabel("账号").fill(login);
    await form.getByLabel("角色").selectOption("CLERK");
    await form.getByLabel("所属单位").selectOption(unitId);
    await confirm(admin, "创建账号");
    const shown = admin.getByTestId("one-time-password");
    await expect(shown).toBeVisible();
    await expect(admin.getByText("首次登录时必须先修改这个密码")).toBeVisible();
    const oneTime = (await shown.textContent())!.trim();
    expect(oneTime).toHaveLength(12);

    const stored = await testDb.user.findUniqueOrThrow({ where: { login }, include: { passwordHistory: true } });
    expect(stored).toMatchObject({ role: "CLERK", unitId, mustChangePassword: true });
    expect(stored.passwordHistory).toHaveLength(1);
    await admin.goto(`/admin/users?q=${login}`);
    await expect(admin.getByTestId(`user-row-${login}`)).toContainText(unitName);
    await expect(admin.getByTestId(`user-row-${login}`)).toContainText("待修改初始密码");
    await expect(admin.getByTestId("one-time-password")).toHaveCount(0);

    // This branch has no forced-change page yet (the sessions work adds it): the one-time
    // password signs in, and the account stays marked for the change.
    const clerk = await signInWith(browser, login, oneTime);
    await expect(clerk.getByRole("button", { name: "退出" })).toBeVisible({ timeout: 30_000 });
  });

  test("an admin unlocks a locked account and resets its password", async ({ browser, createUnitWithClerk }) => {
    const { login } = await createUnitWithClerk("锁定");
    const until = new Date(Date.now() + 15 * 60_000);
    await testDb.loginThrottle.create({ data: { scope: "ACCOUNT_IP", login, ip: "127.0.0.1", failures: 5, lockedUntil: until } });
    const locked = await signInWith(browser, login, password);
    await expect(locked.getByText("登录失败次数过多，请 15 分钟后再试。")).toBeVisible();

    const user = await testDb.user.findUniqueOrThrow({ where: { login } });
    const admin = await pageAs(browser, "admin");
    await admin.goto(`/admin/users/${user.id}`);
    await expect(admin.getByText("已锁定")).toBeVisible();
    await confirm(admin, "解除锁定");
    await expect(admin.getByText("账号未被锁定。")).toBeVisible();
    expect(await testDb.loginThrottle.count({ where: { login } })).toBe(0);
    const unlocked = await signInWith(browser, login, password);
    await expect(unlocked.getByRole("button", { name: "退出" })).toBeVisible({ timeout: 30_000 });

    await confirm(admin, "重置密码");
    const reset = (await admin.getByTestId("one-time-password").textContent())!.trim();
    const old = await signInWith(browser, login, password);
    await expect(old.getByText("账号或密码错误。")).toBeVisible();
    const fresh = await signInWith(browser, login, reset);
    await expect(fresh.getByRole("button", { name: "退出" })).toBeVisible({ timeout: 30_000 });
    expect((await testDb.user.findUniqueOrThrow({ where: { login } })).mustChangePassword).toBe(true);
    const events = await testDb.auditEvent.findMany({ where: { targetId: user.id }, select: { kind: true, data: true } });
    expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(["AUTH_UNLOCKED", "AUTH_PASSWORD_RESET"]));
    expect(JSON.stringify(events)).not.toContain(reset);
  });

  test("the last active admin cannot be deactivated", async ({ browser }) => {
    const district = await testDb.district.findUniqueOrThrow({ where: { code: "500102" } });
    // Alone among admins only in its own district: build one, so the seeded admin is never touched.
    const other = await testDb.district.create({ data: { code: `e2e-${Date.now().toString(36)}`, name: "测试区", siteTitle: "测试区" } });
    const login = `e2e-admin-${Date.now().toString(36)}`;
    await testDb.user.create({ data: { districtId: other.id, login, name: "唯一管理员", role: "ADMIN", passwordHash: await hash(password) } });
    expect(district.id).not.toBe(other.id);
    const admin = await signInWith(browser, login, password);
    await expect(admin.getByRole("button", { name: "退出" })).toBeVisible({ timeout: 30_000 });
    const self = await testDb.user.findUniqueOrThrow({ where: { login } });
    await admin.goto(`/admin/users/${self.id}`);
    await confirm(admin, "停用账号");
    await expect(admin.getByText(/您是本区唯一启用的管理员/)).toBeVisible();
    expect((await testDb.user.findUniqueOrThrow({ where: { login } })).isActive).toBe(true);
  });
});
