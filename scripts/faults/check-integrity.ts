// After a crash: is the database whole? SQLite: PRAGMA integrity_check and foreign_key_check.
// Both databases: every section's current text is exactly one of its saved versions (a save
// writes the section and its version row in one transaction, so a half-written save shows as a
// section whose version row is missing or holds another text). Prints counts; exit 1 on any.
import Database from "better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PgClient } from "@/lib/generated/postgresql/client";
import { databaseProvider, sqliteFilePath } from "@/lib/database-provider";

const url = process.env.DATABASE_URL ?? "file:./data/bench-save.db";
const provider = databaseProvider(url);
let problems = 0;

if (provider === "sqlite") {
  const sqlite = new Database(sqliteFilePath(url), { readonly: true });
  const integrity = sqlite.pragma("integrity_check", { simple: true });
  const foreignKeys = sqlite.pragma("foreign_key_check") as unknown[];
  sqlite.close();
  console.log(`integrity_check: ${integrity}; foreign_key_check: ${foreignKeys.length} rows`);
  if (integrity !== "ok" || foreignKeys.length > 0) problems++;
}

const db: SqliteClient =
  provider === "postgresql"
    ? (new PgClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as SqliteClient)
    : new SqliteClient({ adapter: new PrismaBetterSQLite3({ url }) });
const sections = await db.reportSection.findMany({ where: { version: { gt: 1 } }, select: { id: true, version: true, body: true } });
const versions = await db.sectionVersion.findMany({ where: { sectionId: { in: sections.map((s) => s.id) } }, select: { sectionId: true, version: true, body: true } });
const byKey = new Map(versions.map((v) => [`${v.sectionId}#${v.version}`, v.body]));
const halfWritten = sections.filter((s) => byKey.get(`${s.id}#${s.version}`) !== s.body).length;
console.log(`sections saved at least once: ${sections.length}; whose text is not their saved version: ${halfWritten}`);
if (halfWritten > 0) problems++;
await db.$disconnect();
process.exitCode = problems > 0 ? 1 : 0;
