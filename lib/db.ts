// No "server-only" marker: the public report page reads the database in getStaticProps (Pages
// Router), where Next refuses that marker; Next leaves getStaticProps and its imports out of the
// browser bundle, and the App Router's client components never import this module.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PgClient } from "@/lib/generated/postgresql/client";
import { env } from "@/lib/env";
import { withImmediateTransactions } from "@/lib/sqlite-immediate-transactions";
import { databaseProvider } from "@/lib/database-provider";

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// Both generated clients come from one schema source, so their APIs are identical; the
// SQLite client's types stand for both.
const options = { omit: { user: { passwordHash: true } } } as const;
type Client = SqliteClient<never, typeof options.omit>;

function createClient(url: string): Client {
  if (databaseProvider(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: 10 });
    return new PgClient({ adapter, ...options }) as unknown as Client;
  }
  // WAL lets readers proceed during a write; the busy timeout queues concurrent writers
  // instead of failing them with SQLITE_BUSY.
  // BEGIN IMMEDIATE: see lib/sqlite-immediate-transactions.ts.
  const adapter = withImmediateTransactions(new PrismaBetterSQLite3({ url, timeout: 5000 }));
  // A transaction waits for the ones before it on the one connection: in the deadline week
  // that queue, not a slow query, is what a save may wait for.
  return new SqliteClient({ adapter, ...options, transactionOptions: { maxWait: 10_000 } });
}

// One client per process, also in production: Next loads this module once per bundle layer
// (App Router, Pages Router, instrumentation), and on SQLite each client is a connection of its
// own whose transactions would wait on the others' write lock.
const globalForDb = globalThis as unknown as { db?: Db };

export const db: Db = (globalForDb.db ??= createClient(env.DATABASE_URL));
