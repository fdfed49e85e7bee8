import type { Browser, Page, Request } from "@playwright/test";
import { test, expect, signIn } from "./fixtures";
import { testDb } from "./db";
import { limits } from "@/lib/reports/limits";

// Bad input is answered in Chinese and changes nothing; never a 500 (lib/http/guard-request.ts,
// lib/reports/limits.ts).

async function openSection(browser: Browser, login: string, key: string): Promise<{ page: Page; reportId: string; path: string }> {
  const page = await (await browser.newContext()).newPage();
  page.on("dialog", (dialog) => dialog.accept());
  await signIn(page, login);
  await page.getByRole("button", { name: "开始填写2023年度报告" }).click();
  await page.waitForURL(/\/workspace\/reports\/[^/]+$/);
  const reportId = page.url().split("/").pop()!;
  const path = `/workspace/reports/${reportId}/sections/${key}`;
  await page.goto(path);
  return { page, reportId, path };
}

/** Saves once through the editor and returns the browser's own save request, to replay it. */
async function captureSave(page: Page, text: string): Promise<Request> {
  const saving = page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
  await page.getByLabel("正文").fill(text);
  await page.getByRole("button", { name: "保存", exact: true }).click();
  const request = await saving;
  await expect(page.getByTestId("save-state")).toHaveText("已保存");
  return request;
}

function storedBody(reportId: string, key: string) {
  return testDb.reportSection.findUniqueOrThrow({ where: { reportId_key: { reportId, key } }, select: { body: true, version: true } });
}

test.describe("bad input", () => {
  test("a 3 MB save, a truncated payload and a foreign Origin are refused in Chinese and save nothing", async ({ browser, baseURL, createUnitWithClerk }) => {
    const clerk = await createUnitWithClerk("超大");
    const { page, reportId, path } = await openSection(browser, clerk.login, "reform");
    const save = await captureSave(page, "原有内容。");
    const before = await storedBody(reportId, "reform");
    expect(before.body).toBe("原有内容。");

    const headers = { "next-action": save.headers()["next-action"], "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: baseURL! };
    const payload = (body: string) => JSON.stringify([{ reportId, key: "reform", version: before.version, title: "深化改革", body, metrics: {} }]);

    const huge = await page.request.post(path, { headers, data: payload("字".repeat(1_000_000)) });
    expect(huge.status()).toBe(413);
    expect(await huge.text()).toContain("提交的内容过大（超过 1 MB 的上限）");

    const truncated = await page.request.post(path, { headers, data: payload("截断").slice(0, 40) });
    expect(truncated.status()).toBe(400);
    expect(await truncated.text()).toContain("提交的内容不完整或格式有误");

    const forged = await page.request.post(path, { headers: { ...headers, origin: "https://evil.example" }, data: payload("伪造的内容") });
    expect(forged.status()).toBe(403);
    expect(await forged.text()).toContain("请求不是从本网站的页面发出的");

    expect(await storedBody(reportId, "reform")).toEqual(before);

    // The same replay with the site's own Origin and a sound payload does save: the refusals above
    // were about the input, not about replaying.
    const sound = await page.request.post(path, { headers, data: payload("重放的正常内容") });
    expect(sound.status()).toBe(200);
    expect((await storedBody(reportId, "reform")).body).toBe("重放的正常内容");
  });

  test("an oversize sign-in is refused with 413 before next-auth reads it", async ({ request }) => {
    const response = await request.post("/api/auth/callback/credentials", {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      data: `login=zhenxi&password=${"x".repeat(20 * 1024 * 1024)}`,
    });
    expect(response.status()).toBe(413);
    expect(await response.json()).toEqual({ error: expect.stringContaining("超过 16 KB 的上限") });
  });

  test("the editor counts the text against the limit and keeps over-long text without sending it", async ({ browser, createUnitWithClerk }) => {
    const clerk = await createUnitWithClerk("字数");
    const { page, reportId, path } = await openSection(browser, clerk.login, "disputes");
    const counter = page.getByTestId("body-length");
    await expect(counter).toHaveText("全文 0 / 20,000 字（含空格、换行）");

    let posts = 0;
    page.on("request", (request) => {
      if (request.method() === "POST" && request.url().endsWith(path)) posts++;
    });
    const tooLong = "调".repeat(limits.body) + "解成功";
    await page.getByLabel("正文").fill(tooLong);
    await expect(counter).toHaveText("全文 20,003 / 20,000 字（含空格、换行）");
    await expect(page.getByTestId("over-limit")).toHaveText(/^正文有 20,003 字，超过 20,000 字的上限，请删减 3 字。.*不会丢失。$/);
    await expect(page.getByTestId("save-state")).toHaveText("超出字数，未保存");
    await expect(page.getByRole("button", { name: "保存", exact: true })).toBeDisabled();
    await page.keyboard.press("Control+s");
    await page.waitForTimeout(4000); // longer than the autosave delay: nothing may be sent
    expect(posts).toBe(0);
    await expect(page.getByLabel("正文")).toHaveValue(tooLong);
    const local = await page.evaluate((key) => localStorage.getItem(key), `fazhi:draft:${reportId}:disputes`);
    expect(JSON.parse(local!).draft.body).toBe(tooLong);
    expect((await storedBody(reportId, "disputes")).body).toBe("");

    await page.getByLabel("正文").fill("调".repeat(limits.body));
    await expect(page.getByTestId("over-limit")).toHaveCount(0);
    await expect(page.getByTestId("save-state")).toHaveText("已保存", { timeout: 15_000 });
    expect((await storedBody(reportId, "disputes")).body).toHaveLength(limits.body);
  });

  test("/api/health reports the database and the migration level, uncached", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("no-store");
    const health = await response.json();
    expect(health).toMatchObject({ status: "ok", database: { reachable: true }, migrations: { pending: [] }, version: expect.any(String) });
    expect(["sqlite", "postgresql"]).toContain(health.database.provider);
    expect(health.migrations.applied).toBeGreaterThan(0);
    expect(health.migrations.latest).toMatch(/^\d{14}_/);
  });
});
