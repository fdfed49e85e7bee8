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

  it("lets every other error through", async () => {
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("unique"), { code: "P2002" }))).toBe(false);
    await expect(orDatabaseUnavailable(true, () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
  });
});
