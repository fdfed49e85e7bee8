// prisma/schema.prisma is the one source; this writes the PostgreSQL copy Prisma needs,
// because a schema (and its migrations folder) can name one provider only.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

const source = readFileSync("prisma/schema.prisma", "utf8");
const derived = source
  .replace('provider = "sqlite"', 'provider = "postgresql"')
  .replace('output       = "../lib/generated/sqlite"', 'output       = "../../lib/generated/postgresql"')
  .replace(/^\/\/ The one schema source[\s\S]*?\n\n/, "// GENERATED from prisma/schema.prisma by scripts/db/derive-schema.ts. Do not edit.\n\n");

if (!derived.includes('provider = "postgresql"') || !derived.includes("lib/generated/postgresql")) {
  throw new Error("derive-schema: the source schema no longer has the expected provider/output lines");
}
mkdirSync("prisma/postgresql", { recursive: true });
writeFileSync("prisma/postgresql/schema.prisma", derived);
console.log("wrote prisma/postgresql/schema.prisma");
