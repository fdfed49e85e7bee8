// Prisma's better-sqlite3 adapter opens every interactive transaction with a plain (deferred)
// BEGIN. A deferred transaction that reads and then writes fails at once with
// SQLITE_BUSY_SNAPSHOT ("database is locked") when another process committed in between — the
// busy timeout does not help there. With the app and `npm run worker` (or a test process, or a
// backup) on one SQLite file, that turned ordinary saves into errors under load. BEGIN
// IMMEDIATE takes the write lock up front, so a second writer waits its turn (busy timeout)
// instead of failing. The adapter has no option for it; this rewrites that one statement.
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Prepare = (sql: string) => unknown;

export function withImmediateTransactions(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const client = (adapter as unknown as { client: { prepare: Prepare } }).client;
    const prepare = client.prepare.bind(client);
    client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    return adapter;
  };
  return factory;
}
