import { defineConfig } from "@playwright/test";

// The scale-out deployment (issue 15 §1) as `npm run cluster` starts it: PostgreSQL, Redis, two
// instances and nginx in front, on ports of its own. Needs a production build (`next build`,
// as `npm test` leaves it). `npm run test:cluster`.
const front = Number(process.env.CLUSTER_TEST_PORT ?? 3500);
const databaseUrl = process.env.CLUSTER_TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/fz_test_cluster";
// tests/e2e/db.ts (arranging rows) reads the cluster's database.
process.env.E2E_DATABASE_URL = databaseUrl;
process.env.CLUSTER_TEST_PORT = String(front);
const redisPort = Number(process.env.CLUSTER_TEST_REDIS_PORT ?? 6391);
process.env.CLUSTER_TEST_REDIS_PORT = String(redisPort);

export default defineConfig({
  testDir: "tests/cluster",
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${front + 1}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] },
  },
  webServer: {
    command: "bash scripts/cluster.sh --instances 2",
    url: `http://127.0.0.1:${front}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      CLUSTER_PORT: String(front),
      CLUSTER_DATABASE_URL: databaseUrl,
      CLUSTER_NO_DEMO: "1",
      // A port nothing listens on: the cluster starts a Redis of its own there, which the tests
      // may stop and start again.
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      WORKER: "off",
    },
    stdout: "ignore",
    stderr: "pipe",
  },
});
