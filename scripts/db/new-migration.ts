// npm run db:migration -- NAME
// Writes one migration per provider with `prisma migrate diff` (migrate dev needs a shadow
// database and fails here). Each provider's folder keeps the datamodel it was last diffed to,
// so the next diff is from that snapshot to the current schema, with no database involved.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import path from "node:path";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("用法: npm run db:migration -- 迁移名称(英文, 如 add_search)");
  process.exit(1);
}
execFileSync("npx", ["tsx", "scripts/db/derive-schema.ts"], { stdio: "inherit" });
// The CLI opens the SQLite adapter's file even for a datamodel-only diff; a fresh clone has no data/.
mkdirSync("data", { recursive: true });

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const targets = [
  { provider: "sqlite", schema: "prisma/schema.prisma", url: "file:./data/migration-diff.db" },
  {
    provider: "postgresql",
    schema: "prisma/postgresql/schema.prisma",
    url: process.env.PG_DIFF_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  },
];

for (const target of targets) {
  const dir = path.join("prisma", "migrations", target.provider);
  const snapshot = path.join(dir, "schema.snapshot.prisma");
  mkdirSync(dir, { recursive: true });
  const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
  const sql = execFileSync(
    "npx",
    ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", target.schema, "--script"],
    { env: { ...process.env, DATABASE_URL: target.url }, encoding: "utf8" },
  );
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log(`${target.provider}: no schema change`);
    continue;
  }
  const folder = path.join(dir, `${stamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "migration.sql"), sql);
  copyFileSync(target.schema, snapshot);
  console.log(`${target.provider}: wrote ${folder}/migration.sql (${readFileSync(path.join(folder, "migration.sql")).length} bytes)`);
}
