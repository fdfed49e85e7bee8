// Shared by lib/db.ts, the Prisma CLI config and the scripts: one rule for which database a URL means.
export type DatabaseProvider = "sqlite" | "postgresql";

export const defaultSqliteUrl = "file:./data/app.db";

export function databaseProvider(url: string | undefined): DatabaseProvider {
  return url && /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

/** Path of the SQLite file a file: URL names, resolved against the project root. */
export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "");
}
