// Two instances on one PostgreSQL behind nginx (npm run cluster): what one instance does, the
// other shows at once, and nginx rides out an instance that dies. In order: the last test kills
// an instance.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { createUnitWithClerk, password } from "../e2e/fixtures";
import { approvedReport } from "../e2e/arrange";

const front = Number(process.env.CLUSTER_TEST_PORT ?? 3500);
const url = (port: number) => `http://127.0.0.1:${port}`;
const [A, B, FRONT] = [url(front + 1), url(front + 2), url(front)];

test.describe.configure({ mode: "serial" });

async function signInOn(page: import("@playwright/test").Page, base: string, login: string) {
  await page.goto(`${base}/login`);
  await page.getByLabel("账号").fill(login);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByRole("button", { name: "退出" }).waitFor();
}

/** The reviewer publishes the unit's approved 2023 report through instance A. */
async function publishOnA(browser: import("@playwright/test").Browser, unitName: string) {
  const page = await (await browser.newContext()).newPage();
  await signInOn(page, A, "shenhe");
  await page.goto(`${A}/review/publish?year=2023`);
  await page.getByRole("button", { name: "全不选" }).click();
  await page.getByRole("checkbox", { name: new RegExp(unitName) }).check();
  await page.getByRole("button", { name: "发布所选 1 份报告" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认发布" }).click();
  await expect(page.getByText("已发布 1 份报告。")).toBeVisible();
  await page.context().close();
}

test("a report published through instance A is on instance B at once", async ({ browser, request }) => {
  const unit = await createUnitWithClerk("集群");
  await approvedReport(unit.unitId, unit.unitName, "全年组织学法12次。");
  // B has the overview in its cache (Redis) without the report.
  const overviewBefore = await (await request.get(`${B}/overview/towns`)).text();
  expect(overviewBefore).not.toContain(`/reports/2023/${unit.slug}`);
  expect((await request.get(`${B}/reports/2023/${unit.slug}`)).status()).toBe(404);

  await publishOnA(browser, unit.unitName);

  // No waiting for a timer: the next request to B gets the new pages.
  const report = await request.get(`${B}/reports/2023/${unit.slug}`);
  expect(report.status()).toBe(200);
  expect(await report.text()).toContain(`${unit.unitName}2023年法治政府建设年度报告`);
  expect(await (await request.get(`${B}/overview/towns`)).text()).toContain(`/reports/2023/${unit.slug}`);
});

test("a session ended on instance A is refused by instance B", async ({ browser, playwright }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInOn(page, A, "shenhe");
  const saved = await context.storageState();
  const onB = await playwright.request.newContext({ storageState: saved });
  expect((await onB.get(`${B}/review`, { maxRedirects: 0 })).status()).toBe(200);

  await page.goto(`${A}/review`);
  await page.getByRole("button", { name: "退出" }).click();
  await page.waitForURL(/\/login/);
  const after = await onB.get(`${B}/review`, { maxRedirects: 0 });
  expect(after.status()).toBeGreaterThanOrEqual(300);
  expect(after.status()).toBeLessThan(400);
  expect(after.headers().location).toMatch(/\/login/);
  await onB.dispose();
});

test("with Redis gone the instances render from the database, and cache again once it is back", async ({ browser, request }) => {
  const redisPort = Number(process.env.CLUSTER_TEST_REDIS_PORT ?? 6391);
  const redisKeys = () => execFileSync("redis-cli", ["-p", String(redisPort), "dbsize"], { encoding: "utf8" }).trim();
  process.kill(Number(readFileSync("data/cluster/redis.pid", "utf8")), "SIGKILL");

  // Publishing and reading go on; B shows A's publication at once, from the database.
  const unit = await createUnitWithClerk("无缓存");
  await approvedReport(unit.unitId, unit.unitName, "全年组织学法8次。");
  for (const base of [A, B]) expect((await request.get(`${base}/reports/2022/zhenxi`)).status()).toBe(200);
  await publishOnA(browser, unit.unitName);
  expect((await request.get(`${B}/reports/2023/${unit.slug}`)).status()).toBe(200);

  // Redis back on the same port: the instances reconnect by themselves and fill it again.
  const redis = spawn("redis-server", ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore", detached: true });
  redis.unref();
  writeFileSync("data/cluster/redis.pid", String(redis.pid));
  await expect.poll(async () => {
    await request.get(`${B}/reports/2022/zhenxi`);
    try {
      return Number(redisKeys());
    } catch {
      return 0;
    }
  }, { timeout: 20_000 }).toBeGreaterThan(0);
});

test("nginx keeps answering every GET while an instance is killed", async () => {
  const paths = ["/reports/2022/zhenxi", "/overview/towns", "/years/2022/towns", "/api/public/reports"];
  const statuses = new Map<number, number>();
  let requests = 0;
  const traffic = (async () => {
    for (let round = 0; round < 60; round++) {
      for (const path of paths) {
        // A query nginx has not cached, so every request reaches an instance.
        const response = await fetch(`${FRONT}${path}?round=${round}`);
        await response.arrayBuffer();
        requests += 1;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 500));
  process.kill(Number(readFileSync("data/cluster/app-1.pid", "utf8")), "SIGKILL");
  await traffic;
  expect(requests).toBe(240);
  expect(Object.fromEntries(statuses)).toEqual({ 200: 240 });
  // Instance A is gone; B still answers directly.
  expect((await fetch(`${B}/api/health`)).status).toBe(200);
});
