import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** The tables whose row counts a backup prints, so the IT officer sees the copy holds the data. */
export const backupReportTables = ["District", "Unit", "User", "ReportingYear", "Report", "ReportSection", "Revision", "Publication", "ReviewComment", "AuditEvent"] as const;

export type BackupResult = { destination: string; bytes: number; integrity: string; rowCounts: Record<string, number> };

/** data/backups/app-20261204-153000.db: sorts by time, one per second at most. */
export function defaultBackupPath(now: Date, dir = path.join("data", "backups")): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return path.join(dir, `app-${stamp}.db`);
}

/**
 * Copies a live SQLite database with SQLite's online backup API, which reads a consistent
 * snapshot while the app keeps writing (a plain file copy of a WAL database can be torn or miss
 * the WAL). The whole copy is one backup step: a write by another connection between steps would
 * make SQLite restart the copy, and a busy database could restart it forever. The copy is then
 * opened on its own and checked with PRAGMA integrity_check.
 */
export async function backupSqlite(options: { source: string; destination: string }): Promise<BackupResult> {
  const { source, destination } = options;
  if (!existsSync(source)) throw new Error(`找不到数据库文件 ${source} / database file not found`);
  if (existsSync(destination)) throw new Error(`备份文件 ${destination} 已存在，不会覆盖 / backup file exists, not overwriting`);
  mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });

  const live = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    await live.backup(destination, { progress: () => 0x7fffffff });
  } finally {
    live.close();
  }

  const copy = new Database(destination, { readonly: true, fileMustExist: true });
  try {
    const integrity = (copy.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check).join("; ");
    const present = new Set(copy.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    const rowCounts: Record<string, number> = {};
    for (const table of backupReportTables) {
      if (present.has(table)) rowCounts[table] = copy.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
    }
    return { destination, bytes: statSync(destination).size, integrity, rowCounts };
  } finally {
    copy.close();
  }
}
