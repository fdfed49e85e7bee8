// npm run db:backup [-- path/to/copy.db] — a consistent copy of the live SQLite database named by
// DATABASE_URL (the app may keep running), checked and summarised. PostgreSQL: use pg_dump.
import { backupSqlite, defaultBackupPath } from "../../lib/ops/backup-sqlite";
import { databaseProvider, defaultSqliteUrl, sqliteFilePath } from "../../lib/database-provider";

async function main() {
  const url = process.env.DATABASE_URL || defaultSqliteUrl;
  if (databaseProvider(url) === "postgresql") {
    console.error(
      "DATABASE_URL 指向 PostgreSQL：请用 PostgreSQL 自带的工具备份，例如\n" +
        '  pg_dump --format=custom --file=fazhi-$(date +%Y%m%d-%H%M%S).dump "$DATABASE_URL"\n' +
        "恢复：pg_restore --clean --if-exists --dbname=\"$DATABASE_URL\" 备份文件（见 README“备份与恢复”）。\n" +
        "DATABASE_URL is PostgreSQL: back it up with pg_dump (see README).",
    );
    process.exit(2);
  }
  const destination = process.argv[2] || defaultBackupPath(new Date());
  const started = Date.now();
  const result = await backupSqlite({ source: sqliteFilePath(url), destination });
  const megabytes = (result.bytes / 1024 / 1024).toFixed(1);
  console.log(`备份完成 / backup written: ${result.destination}（${megabytes} MB，${Date.now() - started} ms）`);
  console.log(`完整性检查 / integrity_check: ${result.integrity}`);
  for (const [table, count] of Object.entries(result.rowCounts)) console.log(`  ${table.padEnd(14)} ${count}`);
  if (result.integrity !== "ok") {
    console.error("备份文件未通过完整性检查，请勿使用 / the copy failed its integrity check: do not rely on it");
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
