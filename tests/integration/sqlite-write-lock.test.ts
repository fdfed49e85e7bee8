import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/sqlite/client";
import { withImmediateTransactions } from "@/lib/sqlite-immediate-transactions";
import { sqliteFilePath } from "@/scripts/db/provider";
import { createDistrict } from "../factories";

const url = process.env.DATABASE_URL ?? "";

/** Another process (the worker, a backup) appending to the district's title in one statement. */
function writeFromAnotherProcess(districtId: string): Promise<number> {
  const script = `const D = require("better-sqlite3"); const db = new D(process.argv[1], { timeout: 5000 });
    db.prepare("UPDATE District SET siteTitle = siteTitle || 'B' WHERE id = ?").run(process.argv[2]);`;
  const child = spawn(process.execPath, ["-e", script, sqliteFilePath(url), districtId], { stdio: "ignore" });
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

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
