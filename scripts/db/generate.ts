// Generates both clients (SQLite and PostgreSQL); lib/db.ts picks one at run time.
import { execFileSync } from "node:child_process";

execFileSync("npx", ["tsx", "scripts/db/derive-schema.ts"], { stdio: "inherit" });
for (const [schema, url] of [
  ["prisma/schema.prisma", "file:./data/app.db"],
  ["prisma/postgresql/schema.prisma", "postgresql://postgres@127.0.0.1:5432/postgres"],
] as const) {
  execFileSync("npx", ["prisma", "generate", "--schema", schema], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  console.log(`generated client for ${schema}`);
}
