import "server-only";
import { env } from "@/lib/env";
import { databaseProvider } from "@/scripts/db/provider";
import type { PassageRow } from "./passage";
import { readPassagesPostgresql } from "./read-passages-postgresql";
import { readPassagesSqlite } from "./read-passages-sqlite";

/** The passages of one page of results; each database has its own names for the string functions. */
export function readPassages(ids: number[], terms: string[]): Promise<PassageRow[]> {
  if (ids.length === 0 || terms.length === 0) return Promise.resolve([]);
  return databaseProvider(env.DATABASE_URL) === "postgresql" ? readPassagesPostgresql(ids, terms) : readPassagesSqlite(ids, terms);
}
