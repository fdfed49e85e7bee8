import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { getHealth, type Health } from "@/lib/ops/get-health";
import { databaseProvider } from "@/lib/database-provider";
import { version } from "@/package.json";

/** The running app's health: its own database connection and migration table. */
export function getAppHealth(): Promise<Health> {
  return getHealth({
    provider: databaseProvider(env.DATABASE_URL),
    appliedMigrations: async () => {
      const rows = await db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM _app_migrations");
      return rows.map((row) => row.name);
    },
    version,
  });
}
