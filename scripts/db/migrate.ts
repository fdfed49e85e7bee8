// npm run db:migrate — applies prisma/migrations/<provider>/*/migration.sql in order, each in
// its own transaction, and records it in _app_migrations so a second run applies nothing.
// Prisma's own `migrate deploy` fails on PostgreSQL here, so one runner serves both databases.
import { readFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { databaseProvider, defaultSqliteUrl, sqliteFilePath } from "../../lib/database-provider";
import { listMigrationFiles } from "../../lib/ops/migration-files";

export async function migrate(url: string): Promise<string[]> {
  const provider = databaseProvider(url);
  const dir = path.join("prisma", "migrations", provider);
  const names = listMigrationFiles(provider);
  const applied: string[] = [];

  if (provider === "sqlite") {
    const { default: Database } = await import("better-sqlite3");
    const file = sqliteFilePath(url);
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.exec("CREATE TABLE IF NOT EXISTS _app_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)");
    const done = new Set(db.prepare("SELECT name FROM _app_migrations").pluck().all() as string[]);
    for (const name of names.filter((n) => !done.has(n))) {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      db.transaction(() => {
        db.exec(sql);
        db.prepare("INSERT INTO _app_migrations (name, applied_at) VALUES (?, ?)").run(name, new Date().toISOString());
      })();
      applied.push(name);
    }
    db.close();
  } else {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("CREATE TABLE IF NOT EXISTS _app_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
      // Two app instances starting together must not apply the same file twice.
      await client.query("SELECT pg_advisory_lock(727274)");
      const done = new Set((await client.query("SELECT name FROM _app_migrations")).rows.map((r) => r.name as string));
      for (const name of names.filter((n) => !done.has(n))) {
        const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
        await client.query("BEGIN");
        try {
          await client.query(sql);
          await client.query("INSERT INTO _app_migrations (name) VALUES ($1)", [name]);
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          throw error;
        }
        applied.push(name);
      }
    } finally {
      await client.end();
    }
  }
  return applied;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("migrate.ts")) {
  const url = process.env.DATABASE_URL || defaultSqliteUrl;
  migrate(url)
    .then((applied) => {
      console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
