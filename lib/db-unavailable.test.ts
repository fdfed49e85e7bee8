import { describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PgClient } from "@/lib/generated/postgresql/client";
import { databaseUnavailableResponse, isDatabaseUnavailable, orDatabaseUnavailable } from "@/lib/db-unavailable";

describe("a database that cannot be reached", () => {
  it("is recognised from the error Prisma really throws, and answered 503 in Chinese", async () => {
    // Nothing listens on port 1: what a stopped PostgreSQL looks like to the app.
    const client = new PgClient({ adapter: new PrismaPg({ connectionString: "postgresql://postgres@127.0.0.1:1/none", connectionTimeoutMillis: 2000 }) });
    const error = await client.district.findFirst().catch((e: unknown) => e);
    await client.$disconnect().catch(() => {});
    expect(isDatabaseUnavailable(error)).toBe(true);

    const response = await orDatabaseUnavailable(true, () => Promise.reject(error));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("10");
    expect(((await response.json()) as { error: string }).error).toMatch(/数据库暂时无法连接/);
    expect(await databaseUnavailableResponse(false).text()).toMatch(/数据库暂时无法连接/);
  });

  it("is recognised while PostgreSQL shuts down or starts, however Prisma wraps the driver's error", () => {
    const shuttingDown = Object.assign(new Error("terminating connection due to administrator command"), { cause: { kind: "postgres", code: "57P01" } });
    expect(isDatabaseUnavailable(shuttingDown)).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("raw query failed"), { code: "P2010", meta: { code: "57P03" } }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("raw query failed"), { code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } }))).toBe(true);
    // A query error that is the query's own fault stays an error.
    expect(isDatabaseUnavailable(Object.assign(new Error("raw query failed"), { code: "P2010", meta: { code: "42601" } }))).toBe(false);
  });

  it("lets every other error through", async () => {
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("unique"), { code: "P2002" }))).toBe(false);
    await expect(orDatabaseUnavailable(true, () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
  });
});
