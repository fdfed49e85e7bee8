import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { backupSqlite, defaultBackupPath } from "@/lib/ops/backup-sqlite";

// Its own SQLite file whatever DATABASE_URL says: the backup is for SQLite installations.
const dir = path.resolve("data", `test-backup-${process.pid}`);
const source = path.join(dir, "live.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each transaction adds one order and its one line, so any consistent snapshot has as many of
// each; a torn copy would not.
const writer = `
const Database = require("better-sqlite3");
const db = new Database(process.argv[1], { timeout: 5000 });
db.pragma("journal_mode = WAL");
const order = db.prepare("INSERT INTO orders (note) VALUES (?)");
const line = db.prepare("INSERT INTO lines (orderId, text) VALUES (?, ?)");
const add = db.transaction((i) => { const id = order.run("o" + i).lastInsertRowid; line.run(id, "x".repeat(2000)); });
const until = Date.now() + Number(process.argv[2]);
let i = 0;
process.stdout.write("started\\n");
while (Date.now() < until) add(i++);
process.stdout.write(String(i) + "\\n");
`;

function startWriter(ms: number): { started: Promise<void>; finished: Promise<number> } {
  const child = spawn(process.execPath, ["-e", writer, source, String(ms)], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  let onStart: () => void;
  const started = new Promise<void>((resolve) => (onStart = resolve));
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    if (output.startsWith("started")) onStart();
  });
  const finished = new Promise<number>((resolve, reject) =>
    child.on("exit", (code) => (code === 0 ? resolve(Number(output.split("\n")[1])) : reject(new Error(`writer exited ${code}`)))),
  );
  return { started, finished };
}

describe("backupSqlite", () => {
  it("copies a database that another connection keeps writing to, and the copy is whole and consistent", async () => {
    mkdirSync(dir, { recursive: true });
    const db = new Database(source);
    db.pragma("journal_mode = WAL");
    db.exec("CREATE TABLE orders (id INTEGER PRIMARY KEY, note TEXT); CREATE TABLE lines (id INTEGER PRIMARY KEY, orderId INTEGER, text TEXT)");
    const seed = db.transaction(() => {
      for (let i = 0; i < 10_000; i++) {
        const id = db.prepare("INSERT INTO orders (note) VALUES (?)").run(`seed${i}`).lastInsertRowid;
        db.prepare("INSERT INTO lines (orderId, text) VALUES (?, ?)").run(id, "y".repeat(2000));
      }
    });
    seed();
    db.close();

    const writes = startWriter(3000);
    await writes.started;
    const destination = path.join(dir, "copy.db");
    const result = await backupSqlite({ source, destination });
    const written = await writes.finished;

    expect(written).toBeGreaterThan(0);
    expect(result).toMatchObject({ destination, integrity: "ok" });
    expect(result.bytes).toBeGreaterThan(15 * 1024 * 1024);
    const copy = new Database(destination, { readonly: true });
    const orders = copy.prepare("SELECT count(*) FROM orders").pluck().get() as number;
    const lines = copy.prepare("SELECT count(*) FROM lines").pluck().get() as number;
    copy.close();
    expect(orders).toBe(lines);
    expect(orders).toBeGreaterThanOrEqual(10_000);
    // The writer went on after the snapshot: the copy is a moment of a database in use.
    expect(orders).toBeLessThan(10_000 + written);
  });

  it("never overwrites an earlier backup and refuses a missing source", async () => {
    await expect(backupSqlite({ source, destination: path.join(dir, "copy.db") })).rejects.toThrow(/已存在/);
    await expect(backupSqlite({ source: path.join(dir, "missing.db"), destination: path.join(dir, "x.db") })).rejects.toThrow(/找不到数据库文件/);
  });

  it("names copies by local date and time", () => {
    expect(defaultBackupPath(new Date(2026, 11, 4, 9, 5, 7))).toBe(path.join("data", "backups", "app-20261204-090507.db"));
  });
});
