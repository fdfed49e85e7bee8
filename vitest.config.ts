// Two projects (STYLE.md C14):
// - unit: lib/**/*.test.ts, colocated and DB-free;
// - integration: tests/integration/**/*.test.ts, commands against the database named by
//   DATABASE_URL (default: a fresh SQLite file), one file at a time. The global setup
//   drops and re-creates that database once per run, so it must be a local test database.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));
const integrationDatabaseUrl = process.env.DATABASE_URL || "file:./data/test-integration.db";

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: path.join(root, "tests/stubs/server-only.ts") },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        resolve: {
          alias: [{ find: /^@\/lib\/db$/, replacement: path.join(root, "tests/stubs/no-db.ts") }],
        },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "tests/authorization/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          fileParallelism: false,
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          // Mail on (the outbox is written); the tests send it to their own SMTP server.
          env: { DATABASE_URL: integrationDatabaseUrl, NODE_ENV: "test", SMTP_URL: "smtp://127.0.0.1:2", MAIL_FROM: "法治年报 <fzbg@test.example>", SITE_URL: "https://fzbg.example.gov.cn" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
