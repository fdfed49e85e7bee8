import type { DatabaseProvider } from "@/lib/database-provider";
import { listMigrationFiles } from "@/lib/ops/migration-files";

export type Health =
  | {
      status: "ok" | "error";
      database: { reachable: true; provider: DatabaseProvider };
      migrations: { applied: number; latest: string | null; pending: string[] };
      version: string;
      message?: string;
    }
  | { status: "error"; database: { reachable: false; provider: DatabaseProvider }; version: string; message: string };

export type HealthProbe = {
  provider: DatabaseProvider;
  /** Names recorded in _app_migrations by `npm run db:migrate`. */
  appliedMigrations: () => Promise<string[]>;
  /** The migrations this code expects; read from disk once by default (they change only with the code). */
  expectedMigrations?: string[];
  version: string;
  timeoutMs?: number;
};

const expectedByProvider = new Map<DatabaseProvider, string[]>();

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * What a load balancer and an IT officer need to know: can the app reach its database, and is
 * the database at the migration level this code expects. One small query; a database that does
 * not answer within the timeout counts as down, so the health check never hangs.
 */
export async function getHealth(probe: HealthProbe): Promise<Health> {
  const { provider, version } = probe;
  let applied: string[];
  try {
    applied = await withTimeout(probe.appliedMigrations(), probe.timeoutMs ?? 2000);
  } catch (error) {
    // The detail (host names, addresses) goes to the log, not to an unauthenticated caller.
    console.error("[health] database unreachable:", error instanceof Error ? error.message : error);
    return { status: "error", database: { reachable: false, provider }, version, message: "无法连接数据库。" };
  }
  let expected = probe.expectedMigrations ?? expectedByProvider.get(provider);
  if (!expected) {
    expected = listMigrationFiles(provider);
    expectedByProvider.set(provider, expected);
  }
  const done = new Set(applied);
  const pending = expected.filter((name) => !done.has(name));
  const migrations = { applied: applied.length, latest: [...applied].sort().at(-1) ?? null, pending };
  if (pending.length > 0) {
    return {
      status: "error",
      database: { reachable: true, provider },
      migrations,
      version,
      message: `数据库有 ${pending.length} 个迁移尚未执行，请运行 npm run db:migrate 后重启应用。`,
    };
  }
  return { status: "ok", database: { reachable: true, provider }, migrations, version };
}
