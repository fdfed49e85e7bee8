import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { test, expect, password } from "./fixtures";
import { testDb } from "./db";

// deploy/nginx.conf itself (linked, not copied) in front of the e2e app, from a temporary prefix
// on a spare port. scripts/test.sh installs nginx-light when it runs as root.
const hasNginx = spawnSync("nginx", ["-v"]).status === 0;

type Front = { url: string; prefix: string };

function startFront(appUrl: string): Front {
  const appPort = Number(new URL(appUrl).port);
  const port = appPort + 7;
  const prefix = mkdtempSync(path.join(tmpdir(), "fazhi-e2e-nginx-"));
  for (const dir of ["logs", "temp", "cache"]) mkdirSync(path.join(prefix, dir));
  symlinkSync(path.resolve("deploy/nginx.conf"), path.join(prefix, "nginx.conf"));
  writeFileSync(
    path.join(prefix, "fazhi-local.conf"),
    `listen 127.0.0.1:${port};\nset $fazhi_app 127.0.0.1:${appPort};\nset $fazhi_dir ${process.cwd()};\n`,
  );
  // Workers run as this user, who made the temporary files.
  const { username } = userInfo();
  execFileSync("nginx", ["-p", `${prefix}/`, "-c", path.join(prefix, "nginx.conf"), "-g", `user ${username};`]);
  return { url: `http://127.0.0.1:${port}`, prefix };
}

function stopFront(front: Front) {
  try {
    process.kill(Number(readFileSync(path.join(front.prefix, "nginx.pid"), "utf8")), "SIGQUIT");
  } finally {
    rmSync(front.prefix, { recursive: true, force: true });
  }
}

test.describe("the nginx front (deploy/nginx.conf)", () => {
  test.skip(!hasNginx, "nginx is not installed (as root, scripts/test.sh installs nginx-light)");
  test.describe.configure({ mode: "serial" });

  let front: Front;
  test.beforeAll(({ baseURL }) => {
    front = startFront(baseURL!);
  });
  test.afterAll(() => {
    if (front) stopFront(front);
  });

  test("keeps public pages, passes the app's headers on, and serves built assets from disk", async ({ request }) => {
    const page = `${front.url}/reports/2022/zhenxi`;
    await expect.poll(async () => (await request.get(page)).headers()["x-cache-status"]).toBe("HIT");
    const response = await request.get(page);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=1");
    expect(await response.text()).toContain("重庆市涪陵区珍溪镇人民政府2022年法治政府建设工作年度报告");

    const html = await response.text();
    // The report page's stylesheet (it has no script files).
    const stylesheet = /href="(\/_next\/static\/chunks\/[^"]+\.css)"/.exec(html)![1];
    const asset = await request.get(`${front.url}${stylesheet}`);
    expect(asset.status()).toBe(200);
    expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    // From disk: nginx's cache is not involved, the app is not asked.
    expect(asset.headers()["x-cache-status"]).toBeUndefined();
    expect(asset.headers()["x-nextjs-cache"]).toBeUndefined();
  });

  test("never keeps pages for a signed-in reader, nor the workspace", async ({ request }) => {
    const session = (JSON.parse(readFileSync("tests/.auth/shenhe.json", "utf8")) as { cookies: { name: string; value: string }[] }).cookies.find(
      (c) => c.name === "next-auth.session-token",
    )!;
    const headers = { cookie: `theme=x; ${session.name}=${session.value}` };
    for (const path of ["/reports/2022/zhenxi", "/review"]) {
      await request.get(`${front.url}${path}`, { headers });
      const response = await request.get(`${front.url}${path}`, { headers, maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
      expect(response.headers()["x-cache-status"], path).toBe("BYPASS");
    }
    const review = await request.get(`${front.url}/review`, { headers });
    expect(review.headers()["cache-control"]).toBe("private, no-store");
    expect(await review.text()).toContain("退出");
  });

  test("tells the app the connection's address, not the one a client claims", async ({ playwright, createUnitWithClerk }) => {
    const clerk = await createUnitWithClerk("前端");
    const forged = "203.0.113.9";
    const api = await playwright.request.newContext({ baseURL: front.url, extraHTTPHeaders: { "X-Real-IP": forged, "X-Forwarded-For": forged } });
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await api.post("/api/auth/callback/credentials", { form: { csrfToken, login: clerk.login, password, json: "true" } });
    expect((await api.storageState()).cookies.map((c) => c.name)).toContain("next-auth.session-token");
    await api.dispose();

    const user = await testDb.user.findUniqueOrThrow({ where: { login: clerk.login } });
    const login = await testDb.auditEvent.findFirstOrThrow({ where: { kind: "AUTH_LOGIN", actorId: user.id } });
    expect(login.ip).toBe("127.0.0.1");
  });
});
