import { createServer, type Server } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PgClient } from "@/lib/generated/postgresql/client";
import { getAppHealth } from "@/lib/ops/get-app-health";
import { getHealth } from "@/lib/ops/get-health";
import { listMigrationFiles } from "@/lib/ops/migration-files";
import { databaseProvider } from "@/lib/database-provider";

const provider = databaseProvider(process.env.DATABASE_URL);

/** A PostgreSQL client the way lib/db.ts builds one, aimed at a server that is not there. */
function pgClient(url: string) {
  return new PgClient({ adapter: new PrismaPg({ connectionString: url, connectionTimeoutMillis: 5000 }) });
}

function appliedVia(client: PgClient) {
  return async () => (await client.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM _app_migrations")).map((row) => row.name);
}

const servers: Server[] = [];
afterAll(() => servers.forEach((server) => server.close()));

describe("health", () => {
  it("reports the test database reachable, at the migration level of the code", async () => {
    const expected = listMigrationFiles(provider);
    expect(expected.length).toBeGreaterThan(0);
    const health = await getAppHealth();
    expect(health).toEqual({
      status: "ok",
      database: { reachable: true, provider },
      migrations: { applied: expected.length, latest: expected.at(-1), pending: [] },
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });

  it("names migrations the database has not applied yet, as an error", async () => {
    const health = await getHealth({
      provider,
      appliedMigrations: async () => listMigrationFiles(provider),
      expectedMigrations: [...listMigrationFiles(provider), "29991231000000_future"],
      version: "0.0.0",
    });
    expect(health).toMatchObject({ status: "error", migrations: { pending: ["29991231000000_future"] }, message: expect.stringContaining("npm run db:migrate") });
  });

  it("answers 'error' when PostgreSQL refuses the connection, without revealing where it is", async () => {
    const client = pgClient("postgresql://postgres@127.0.0.1:1/fazhi_health_test");
    const health = await getHealth({ provider: "postgresql", appliedMigrations: appliedVia(client), version: "0.0.0" });
    expect(health).toEqual({ status: "error", database: { reachable: false, provider: "postgresql" }, version: "0.0.0", message: "无法连接数据库。" });
    await client.$disconnect();
  });

  it("answers 'error' within its timeout when the database accepts connections but never answers", async () => {
    const silent = createServer(() => {});
    servers.push(silent);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as { port: number }).port;
    const client = pgClient(`postgresql://postgres@127.0.0.1:${port}/fazhi_health_test`);
    const started = Date.now();
    const health = await getHealth({ provider: "postgresql", appliedMigrations: appliedVia(client), version: "0.0.0", timeoutMs: 300 });
    expect(health).toMatchObject({ status: "error", database: { reachable: false } });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
