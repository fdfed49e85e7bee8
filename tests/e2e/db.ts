// Direct database access for specs: arrange rows and assert what the UI did. It uses the
// generated clients without lib/db (which is server-only and reads the app's env).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PgClient } from "@/lib/generated/postgresql/client";
import { databaseProvider } from "@/lib/database-provider";

const url = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

export const testDb: SqliteClient =
  databaseProvider(url) === "postgresql"
    ? (new PgClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as SqliteClient)
    : new SqliteClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }) });
