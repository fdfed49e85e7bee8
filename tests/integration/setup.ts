// Runs in each integration worker before its test file. DATABASE_URL comes from the
// project's `env` (vitest.config.ts), which is applied before lib/env.ts reads it.
import { afterAll } from "vitest";
import { assertLocalDb } from "../assert-local-db";

assertLocalDb(process.env.DATABASE_URL);

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
});
