// Interactive transactions on SQLite, replacing the ones of Prisma's better-sqlite3 adapter
// (6.19), which fail the app in three ways under load:
// - It opens them with a plain (deferred) BEGIN. A deferred transaction that reads and then
//   writes fails at once with SQLITE_BUSY_SNAPSHOT ("database is locked") when another process
//   (`npm run worker`, a backup, a test) committed in between; the busy timeout does not help.
//   BEGIN IMMEDIATE takes the write lock up front, so a second writer waits its turn.
// - better-sqlite3 is synchronous: waiting for that lock inside SQLite's busy handler freezes
//   the whole server, so the transaction already running cannot finish and expires. Here the
//   wait is a loop of non-blocking tries with pauses in between.
// - Its lock is never released when BEGIN fails, nor when the COMMIT that Prisma sends as a
//   query fails: every later transaction of the process then waits forever (prisma/orm#29933).
//   Here BEGIN, COMMIT and ROLLBACK run in this module, and the lock is released whatever
//   happens; a connection is never left inside an open transaction.
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, Transaction } from "@prisma/driver-adapter-utils";

type Sqlite = {
  exec(sql: string): unknown;
  pragma(sql: string, options?: { simple: boolean }): unknown;
  readonly inTransaction: boolean;
};
type Adapter = SqlDriverAdapter & { client: Sqlite; onError(error: unknown): never };

export type ImmediateTransactionOptions = {
  /** How long a transaction waits for another process's write lock before failing. */
  lockWaitMs?: number;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

/** One transaction at a time on the connection, in arrival order. */
function createQueue() {
  let tail: Promise<void> = Promise.resolve();
  return async function acquire(): Promise<() => void> {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const previous = tail;
    tail = previous.then(() => turn);
    await previous;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };
}

/** BEGIN IMMEDIATE without SQLite's blocking busy wait: try, and pause between tries. */
async function beginImmediate(client: Sqlite, lockWaitMs: number): Promise<void> {
  const busyTimeout = Number(client.pragma("busy_timeout", { simple: true }));
  const deadline = Date.now() + lockWaitMs;
  for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
    client.pragma("busy_timeout = 0");
    try {
      client.exec("BEGIN IMMEDIATE");
      return;
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
    } finally {
      client.pragma(`busy_timeout = ${busyTimeout}`);
    }
    await sleep(pause);
  }
}

function rollbackIfOpen(client: Sqlite) {
  if (!client.inTransaction) return;
  try {
    client.exec("ROLLBACK");
  } catch {
    // SQLite rolls back by itself after some errors; nothing is left to undo then.
  }
}

function immediateTransactions(adapter: Adapter, lockWaitMs: number): Adapter {
  const acquire = createQueue();
  const client = adapter.client;
  adapter.startTransaction = async (isolationLevel) => {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
      adapter.onError(Object.assign(new Error(`SQLite 不支持隔离级别 ${isolationLevel}`), { code: "SQLITE_ERROR" }));
    }
    const release = await acquire();
    try {
      await beginImmediate(client, lockWaitMs);
    } catch (error) {
      release();
      adapter.onError(error);
    }
    const transaction: Transaction = {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      // Prisma then calls commit() and rollback() instead of sending COMMIT as a query.
      options: { usePhantomQuery: true },
      queryRaw: (query) => adapter.queryRaw(query),
      executeRaw: (query) => adapter.executeRaw(query),
      commit: async () => {
        try {
          client.exec("COMMIT");
        } catch (error) {
          rollbackIfOpen(client);
          adapter.onError(error);
        } finally {
          release();
        }
      },
      rollback: async () => {
        try {
          rollbackIfOpen(client);
        } finally {
          release();
        }
      },
    };
    return transaction;
  };
  return adapter;
}

export function withImmediateTransactions(factory: PrismaBetterSQLite3, options: ImmediateTransactionOptions = {}): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => immediateTransactions((await connect()) as Adapter, options.lockWaitMs ?? 5000);
  return factory;
}
