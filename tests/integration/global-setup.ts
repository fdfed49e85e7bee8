// Runs once per `vitest run` that queues integration tests, before any worker starts:
// checks that DATABASE_URL is a local test database, then drops, re-creates and migrates it.
import type { TestProject } from "vitest/node";
import { assertLocalDb, redact } from "../assert-local-db";
import { resetDb } from "../reset-db";

/** The integration database is wiped on every run, so its name must say it is for tests. */
function assertTestDatabase(url: string) {
  const name = url.startsWith("file:") ? url.replace(/^file:/, "").split("/").pop()! : new URL(url).pathname.slice(1);
  if (!/test/i.test(name)) {
    throw new Error(
      `集成测试会清空数据库，库名须包含 "test" / Integration tests wipe the database, so its name must contain "test": ${redact(url)}\n` +
        "e.g. DATABASE_URL=file:./data/test-integration.db or postgresql://postgres@127.0.0.1:5432/fz_test_integration",
    );
  }
}

export default async function setup(project: TestProject) {
  const url = project.config.env.DATABASE_URL;
  assertLocalDb(url);
  assertTestDatabase(url);
  const started = Date.now();
  await resetDb(url);
  console.log(`[integration] fresh database ${redact(url)} (${Date.now() - started} ms)`);
}
