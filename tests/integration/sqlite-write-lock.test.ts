import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/sqlite/client";
import { withImmediateTransactions } from "@/lib/sqlite-immediate-transactions";
import { sqliteFilePath } from "@/lib/database-provider";
import { createDistrict } from "../factories";

const url = process.env.DATABASE_URL ?? "";

/** Another process (the worker, a backup) appending to the district's title in one statement. */
function writeFromAnotherProcess(districtId: string): Promise<number> {
  const script = `const D = require("better-sqlite3"); const db = new D(process.argv[1], { timeout: 5000 });
    db.prepare("UPDATE District SET siteTitle = siteTitle || 'B' WHERE id = ?").run(process.argv[2]);`;
  const child = spawn(process.execPath, ["-e", script, sqliteFilePath(url), districtId], { stdio: "ignore" });
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

/** Another process holding the write lock for `ms`; resolves once it holds it, with its exit. */
async function holdWriteLock(ms: number): Promise<{ exited: Promise<number> }> {
  const script = `const D = require("better-sqlite3"); const db = new D(process.argv[1]);
    db.exec("BEGIN IMMEDIATE"); process.stdout.write("locked\\n");
    setTimeout(() => { db.exec("COMMIT"); db.close(); }, Number(process.argv[2]));`;
  const child = spawn(process.execPath, ["-e", script, sqliteFilePath(url), String(ms)], { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve());
    child.on("exit", () => reject(new Error("the locking process ended before taking the lock")));
  });
  return { exited };
}

function immediateClient(lockWaitMs?: number) {
  return new PrismaClient({ adapter: withImmediateTransactions(new PrismaBetterSQLite3({ url, timeout: 5000 }), { lockWaitMs }) });
}

describe.runIf(url.startsWith("file:"))("transactions on a SQLite file", () => {
  it("wait for another process's write lock without freezing this process", async () => {
    const district = await createDistrict();
    const client = immediateClient();
    try {
      const other = await holdWriteLock(600);
      let ticks = 0;
      const ticker = setInterval(() => ticks++, 10);
      await client.$transaction((tx) => tx.district.update({ where: { id: district.id }, data: { siteTitle: "等到了锁" } }));
      clearInterval(ticker);
      // A synchronous busy wait would have stopped the timer for the whole 600 ms.
      expect(ticks).toBeGreaterThanOrEqual(10);
      expect(await other.exited).toBe(0);
      expect((await client.district.findUniqueOrThrow({ where: { id: district.id } })).siteTitle).toBe("等到了锁");
    } finally {
      await client.$disconnect();
    }
  });

  it("fail one transaction when the lock stays taken, and run the next one normally", async () => {
    const district = await createDistrict();
    const client = immediateClient(200);
    try {
      const other = await holdWriteLock(1500);
      await expect(client.$transaction((tx) => tx.district.update({ where: { id: district.id }, data: { siteTitle: "不会写入" } }))).rejects.toThrow();
      await other.exited;
      // Prisma's adapter kept its lock after a failed BEGIN: this one would wait forever.
      await client.$transaction((tx) => tx.district.update({ where: { id: district.id }, data: { siteTitle: "第二次" } }));
      expect((await client.district.findUniqueOrThrow({ where: { id: district.id } })).siteTitle).toBe("第二次");
    } finally {
      await client.$disconnect();
    }
  });

  it("leave nothing open after a transaction that throws or runs out of time", async () => {
    const district = await createDistrict();
    const client = immediateClient();
    try {
      await expect(
        client.$transaction(async (tx) => {
          await tx.district.update({ where: { id: district.id }, data: { siteTitle: "抛出" } });
          throw new Error("出错");
        }),
      ).rejects.toThrow("出错");
      await expect(
        client.$transaction(
          async (tx) => {
            await tx.district.update({ where: { id: district.id }, data: { siteTitle: "超时" } });
            await new Promise((resolve) => setTimeout(resolve, 400));
            await tx.district.findFirst();
          },
          { timeout: 100 },
        ),
      ).rejects.toThrow();
      expect((await client.district.findUniqueOrThrow({ where: { id: district.id } })).siteTitle).toBe(district.siteTitle);
      // Another process can write, so no transaction was left open on this connection.
      expect(await writeFromAnotherProcess(district.id)).toBe(0);
      await client.$transaction((tx) => tx.district.update({ where: { id: district.id }, data: { siteTitle: "之后" } }));
      expect((await client.district.findUniqueOrThrow({ where: { id: district.id } })).siteTitle).toBe("之后");
    } finally {
      await client.$disconnect();
    }
  });
});

// The app and `npm run worker` on one SQLite file: a transaction that reads, then writes after
// the other process committed, must keep its turn, not fail as "database is locked".
describe.runIf(url.startsWith("file:"))("another process writing the same SQLite file", () => {
  async function readThenWrite(immediate: boolean, districtId: string) {
    const adapter = new PrismaBetterSQLite3({ url, timeout: 5000 });
    const client = new PrismaClient({ adapter: immediate ? withImmediateTransactions(adapter) : adapter });
    let other: Promise<number> = Promise.resolve(0);
    try {
      await client.$transaction(async (tx) => {
        const row = await tx.district.findUniqueOrThrow({ where: { id: districtId } });
        other = writeFromAnotherProcess(districtId);
        await new Promise((resolve) => setTimeout(resolve, 400));
        await tx.district.update({ where: { id: districtId }, data: { siteTitle: `${row.siteTitle}A` } });
      });
      return { ok: true, other: await other };
    } catch {
      return { ok: false, other: await other };
    } finally {
      await client.$disconnect();
    }
  }

  it("fails with a plain BEGIN and waits its turn with BEGIN IMMEDIATE, losing no write", async () => {
    const plainDistrict = await createDistrict();
    const plain = await readThenWrite(false, plainDistrict.id);
    expect(plain).toEqual({ ok: false, other: 0 });

    const district = await createDistrict();
    const immediate = await readThenWrite(true, district.id);
    expect(immediate).toEqual({ ok: true, other: 0 });
    const check = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
    const after = await check.district.findUniqueOrThrow({ where: { id: district.id } });
    await check.$disconnect();
    // Ours first (it held the lock), then the other process's: both kept.
    expect(after.siteTitle).toBe(`${district.siteTitle}AB`);
  });
});
