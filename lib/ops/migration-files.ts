import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { DatabaseProvider } from "@/lib/database-provider";

/**
 * The migrations this code expects, in the order `npm run db:migrate` applies them: the folder
 * names under prisma/migrations/<provider>/ (each holds one migration.sql).
 */
export function listMigrationFiles(provider: DatabaseProvider, root = process.cwd()): string[] {
  const dir = path.join(root, "prisma", "migrations", provider);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
