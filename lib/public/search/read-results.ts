import "server-only";
import { env } from "@/lib/env";
import { databaseProvider } from "@/lib/database-provider";
import { readResultsPostgresql } from "./read-results-postgresql";
import { readResultsSqlite } from "./read-results-sqlite";
import type { ResultRow } from "./result-row";

export type { ResultRow } from "./result-row";

/**
 * The rows of one page of results, in one query: each database has its own names for the
 * string functions that cut the passages.
 */
export function readResults(ids: number[], terms: string[]): Promise<ResultRow[]> {
  if (ids.length === 0 || terms.length === 0) return Promise.resolve([]);
  return databaseProvider(env.DATABASE_URL) === "postgresql" ? readResultsPostgresql(ids, terms) : readResultsSqlite(ids, terms);
}
