import { hash } from "@node-rs/argon2";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, password, test } from "./fixtures";
import { testDb } from "./db";

// All Playwright traffic comes from 127.0.0.1; without the nginx front the app takes the client
// address from X-Real-IP, so each context here claims its own documentation address and the
// sign-in limits of one test never touch another spec's sign-ins.
let addressCounter = 0;
async function contextFrom(browser: Browser): Promise<BrowserContext> {
  addressCounter += 1;
  const address = `198.51.100.${(process.pid % 50) * 5 + addressCounter}`;
  return browser.newContext({ extraHTTPHeaders: { "X-Real-IP": address } });
}

async function tryLogin(page: Page, login: string, pass: string) {
  await page.goto("/login");
  await page.getByLabel("账号").fill(login);
  await page.getByLabel("密码").fill(pass);
  await page.getByRole("button", { name: "登录" }).click();
}

/** The sign-in form's message (Next's route announcer is an alert too). */
function loginError(page: Page) {
  return page.getByRole("alert").filter({ hasText: /账号或密码|登录失败/ });
}

async function signInAs(page: Page, login: string) {
  await tryLogin(page, login, password);
  await page.getByRole("button", { name: "退出" }).waitFor();
}

/** A user of the seeded district with the shared test password; a reviewer unless a unit is given. */
async function createUser(options: { mustChangePassword?: boolean; unitId?: string } = {}) {
  const district = await testDb.district.findUniqueOrThrow({ where: { code: "500102" } });
  const login = `e2e-s-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const user = await testDb.user.create({
    data: {
      districtId: district.id,
      login,
      name: `会话测试${login.slice(-4)}`,
      role: options.unitId ? "CLERK" : "REVIEWER",
      unitId: options.unitId ?? null,
      passwordHash: await hash(password),
      mustChangePassword: options.mustChangePassword ?? false,
    },
  });
  return user;
}

test.describe("sessions and sign-in", () => {
  // Each sign-in costs an argon2 hash and several tests sign in ten times: too slow for the
  // default minute on a loaded CI machine.
  test.beforeEach(() => test.slow());

  test("a one-time password must be changed before anything else", async ({ browser, createUnitWithClerk }) => {
    const { unitId } = await createUnitWithClerk("改密");
    const user = await createUser({ mustChangePassword: true, unitId });
    const page = await (await contextFrom(browser)).newPage();
    await tryLogin(page, user.login, password);
    await expect(page).toHaveURL(/\/account\/password$/);
    await expect(page.getByText("您正在使用管理员设置的一次性密码")).toBeVisible();
    await page.goto("/workspace");
    await expect(page).toHaveURL(/\/account\/password$/);

    await page.getByLabel("初始密码").fill(password);
    await page.getByLabel("新密码", { exact: true }).fill("abcdefgh");
    await page.getByLabel("再次输入新密码").fill("abcdefgh");
    await page.getByRole("button", { name: "修改密码" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "至少三类" })).toBeVisible();

    await page.getByLabel("初始密码").fill(password);
    await page.getByLabel("新密码", { exact: true }).fill("Neue#Pass2030");
    await page.getByLabel("再次输入新密码").fill("Neue#Pass2030");
    await page.getByRole("button", { name: "修改密码" }).click();
    await expect(page).toHaveURL(/\/workspace$/);
    await expect(page.getByRole("heading", { name: "我的报告" })).toBeVisible();
    const row = await testDb.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.mustChangePassword).toBe(false);
    expect(row.passwordChangedAt).not.toBeNull();
    expect(await testDb.auditEvent.count({ where: { kind: "AUTH_PASSWORD_CHANGED", actorId: user.id } })).toBe(1);
  });

  test("five failures lock the login at that address only, with the same answer for unknown logins", async ({ browser }) => {
    const user = await createUser();
    const attacker = await (await contextFrom(browser)).newPage();
    for (let i = 1; i <= 4; i++) {
      await tryLogin(attacker, user.login, `Wrong#${i}xyz`);
      await expect(loginError(attacker)).toHaveText("账号或密码错误。");
    }
    await tryLogin(attacker, user.login, "Wrong#5xyz");
    await expect(loginError(attacker)).toHaveText("登录失败次数过多，请 15 分钟后再试。");
    await tryLogin(attacker, user.login, password);
    await expect(loginError(attacker)).toHaveText("登录失败次数过多，请 15 分钟后再试。");

    const unknown = `nobody-${Date.now().toString(36)}`;
    for (let i = 1; i <= 4; i++) {
      await tryLogin(attacker, unknown, `Wrong#${i}xyz`);
      await expect(loginError(attacker)).toHaveText("账号或密码错误。");
    }
    await tryLogin(attacker, unknown, "Wrong#5xyz");
    await expect(loginError(attacker)).toHaveText("登录失败次数过多，请 15 分钟后再试。");

    // The owner, at their own desk, is not locked out.
    const owner = await (await contextFrom(browser)).newPage();
    await signInAs(owner, user.login);
    const locked = await testDb.auditEvent.findMany({ where: { kind: "AUTH_LOCKED", actorId: user.id } });
    expect(locked.map((e) => (e.data as { login: string }).login)).toEqual([user.login]);
  });

  test("a cookie saved before 退出 no longer opens pages, route handlers or /api/auth/session", async ({ browser, playwright }) => {
    const user = await createUser();
    const context = await contextFrom(browser);
    const page = await context.newPage();
    await signInAs(page, user.login);
    const saved = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { cookie: saved } });
    expect((await api.get("/review/export?format=csv", { maxRedirects: 0 })).status()).toBe(200);
    expect(await (await api.get("/api/auth/session")).json()).toMatchObject({ user: { id: user.id } });

    await page.getByRole("button", { name: "退出" }).click();
    await expect(page).toHaveURL(/\/login/);

    const workspace = await api.get("/review", { maxRedirects: 0 });
    expect(workspace.status()).toBe(307);
    expect(workspace.headers()["location"]).toMatch(/\/login/);
    expect((await api.get("/review/export?format=csv", { maxRedirects: 0 })).status()).toBe(401);
    expect(await (await api.get("/api/auth/session")).json()).toEqual({});
    await api.dispose();
    const session = await testDb.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(session.endReason).toBe("LOGOUT");
  });

  test("ends another session from 登录会话", async ({ browser }) => {
    const user = await createUser();
    const laptop = await (await contextFrom(browser)).newPage();
    const phone = await (await contextFrom(browser)).newPage();
    await signInAs(laptop, user.login);
    await signInAs(phone, user.login);

    await laptop.getByRole("link", { name: new RegExp(user.name) }).click();
    await expect(laptop.getByRole("heading", { name: "登录会话" })).toBeVisible();
    await expect(laptop.getByRole("listitem", { name: "当前会话" })).toContainText("当前会话");
    const other = laptop.getByRole("listitem", { name: "其他会话" });
    await expect(other).toHaveCount(1);
    await other.getByRole("button", { name: "结束此会话" }).click();
    await expect(laptop.getByRole("listitem", { name: "其他会话" })).toHaveCount(0);

    await phone.goto("/review");
    await expect(phone).toHaveURL(/\/login/);
    await laptop.goto("/review");
    await expect(laptop).toHaveURL(/\/review$/);
    const ended = await testDb.session.findFirstOrThrow({ where: { userId: user.id, endReason: "ENDED_BY_USER" } });
    expect(ended.endedById).toBe(user.id);
  });

  test("a session idle past the limit is signed out on its next request", async ({ browser }) => {
    const user = await createUser();
    const page = await (await contextFrom(browser)).newPage();
    await signInAs(page, user.login);
    const session = await testDb.session.findFirstOrThrow({ where: { userId: user.id, endedAt: null } });
    // Further back than the e2e server's idle limit (playwright.config.ts), within the 12 hours.
    await testDb.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(Date.now() - 11 * 3600_000) } });
    // The server may trust what it read for a few seconds.
    await page.waitForTimeout(6_000);
    await page.goto("/review");
    await expect(page).toHaveURL(/\/login/);
    expect((await testDb.session.findUniqueOrThrow({ where: { id: session.id } })).endReason).toBe("IDLE");
  });

  test("the login page never sends a user to another site", async ({ browser }) => {
    const user = await createUser();
    const page = await (await contextFrom(browser)).newPage();
    await page.goto("/login?callbackUrl=/%5Cevil.example");
    await page.getByLabel("账号").fill(user.login);
    await page.getByLabel("密码").fill(password);
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("button", { name: "退出" }).waitFor();
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
    for (const target of ["/%09/evil.example", "//evil.example", "https://evil.example/"]) {
      const response = await page.goto(`/login?callbackUrl=${target}`);
      expect(new URL(response!.url()).host, target).toBe(new URL(test.info().project.use.baseURL!).host);
    }
  });
});
