// A fresh, migrated database for tests and for `npm run db:reset` (STYLE.md C14):
// - SQLite: delete the file (and its -wal/-shm/-journal) and apply the migrations;
// - PostgreSQL: drop and re-create the database named in the URL, by way of the `postgres`
//   maintenance database on the same server, then apply the migrations.
// Never `prisma migrate reset`: it asks for interactive consent, and the pg adapter cannot
// run Prisma's migrate engine here anyway (TOOLCHAIN.md).
//
//   DATABASE_URL=file:./data/test.db npx tsx tests/reset-db.ts          # reset
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/x npx tsx tests/reset-db.ts --drop   # drop only
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "@/scripts/db/migrate";
import { databaseProvider, defaultSqliteUrl, sqliteFilePath } from "@/lib/database-provider";
import { assertLocalDb, redact } from "./assert-local-db";

type PgTarget = { database: string; maintenanceUrl: string };

function pgTarget(url: string): PgTarget {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  if (!/^[A-Za-z0-9_-]{1,63}$/.test(database)) {
    throw new Error(`reset-db: unexpected database name ${JSON.stringify(database)} in ${redact(url)}`);
  }
  if (database === "postgres" || database.startsWith("template")) {
    throw new Error(`reset-db: refusing to drop the system database ${database}`);
  }
  parsed.pathname = "/postgres";
  return { database, maintenanceUrl: parsed.toString() };
}

async function withMaintenanceClient(url: string, run: (query: (sql: string) => Promise<unknown>, database: string) => Promise<void>) {
  const { database, maintenanceUrl } = pgTarget(url);
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    await run((sql) => client.query(sql), database);
  } finally {
    await client.end();
  }
}

function removeSqliteFiles(url: string) {
  const file = path.resolve(sqliteFilePath(url));
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

/** Drops the database (PostgreSQL) or deletes the file (SQLite); missing is fine. */
export async function dropDb(url: string): Promise<void> {
  assertLocalDb(url);
  if (databaseProvider(url) === "sqlite") {
    removeSqliteFiles(url);
    return;
  }
  await withMaintenanceClient(url, async (query, database) => {
    // WITH (FORCE) ends sessions still connected (an app server left running, a killed test).
    await query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  });
}

/** Drops and re-creates the database, then applies every migration. Returns the migrations applied. */
export async function resetDb(url: string): Promise<string[]> {
  assertLocalDb(url);
  if (databaseProvider(url) === "sqlite") {
    removeSqliteFiles(url);
  } else {
    await withMaintenanceClient(url, async (query, database) => {
      await query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await query(`CREATE DATABASE "${database}"`);
    });
  }
  return migrate(url);
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const url = process.env.DATABASE_URL || defaultSqliteUrl;
  const drop = process.argv.includes("--drop");
  (drop ? dropDb(url).then(() => []) : resetDb(url))
    .then((applied) => {
      console.log(drop ? `dropped ${redact(url)}` : `reset ${redact(url)}; applied: ${applied.join(", ") || "(no migrations)"}`);
    })
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
