// The Prisma CLI's view of the database. DATABASE_URL picks the provider, the same way
// lib/db.ts does at run time: postgres:// → the derived PostgreSQL schema, anything else → SQLite.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider, defaultSqliteUrl } from "./lib/database-provider";

const url = process.env.DATABASE_URL || defaultSqliteUrl;
process.env.DATABASE_URL = url;
const provider = databaseProvider(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema:
    provider === "postgresql"
      ? path.join("prisma", "postgresql", "schema.prisma")
      : path.join("prisma", "schema.prisma"),
  adapter: async () =>
    provider === "postgresql"
      ? new PrismaPg({ connectionString: url })
      : new PrismaBetterSQLite3({ url }),
});
