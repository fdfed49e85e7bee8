import { defineConfig, devices } from "@playwright/test";

// The e2e run builds the app and serves it with `next start` against its own database, so the
// tests see what production serves. E2E_DATABASE_URL switches the run to PostgreSQL in CI.
const port = Number(process.env.E2E_PORT ?? 3100);
const databaseUrl = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
process.env.E2E_DATABASE_URL = databaseUrl;

export default defineConfig({
  testDir: "tests/e2e",
  // Some thousands of requests: a stage of its own (`npm run test:hostile`), not every run.
  testIgnore: process.env.E2E_HOSTILE === "1" ? [] : ["**/hostile-input.spec.ts"],
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined }, dependencies: ["setup"] },
  ],
  webServer: {
    command: `bash scripts/e2e-server.sh ${port}`,
    url: `http://127.0.0.1:${port}/login`,
    timeout: 300_000,
    reuseExistingServer: false,
    // The sessions auth.setup.ts saves are shared by every spec, and a full run on a slow machine
    // can leave one unused for more than 30 minutes: the idle limit is 4 hours here.
    // tests/e2e/sessions.spec.ts tests idling by moving a session's last activity further back.
    env: {
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: "e2e-secret-0123456789abcdef0123456789",
      SESSION_IDLE_SECONDS: "14400",
      // Mail and reminders are tested in tests/integration/notifications*.test.ts with a set
      // clock; a worker here would add reminders dated by the real clock to the shared data.
      WORKER: "off",
    },
    stdout: "ignore",
    stderr: "pipe",
  },
});
