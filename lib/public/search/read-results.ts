import "server-only";
import { env } from "@/lib/env";
import type { PublishedTextSummaryRow } from "@/lib/public/open-data/open-report";
import { databaseProvider } from "@/scripts/db/provider";
import type { PassageRow } from "./passage";
import { readResultsPostgresql } from "./read-results-postgresql";
import { readResultsSqlite } from "./read-results-sqlite";

/** One result as the page lists it: the report's public facts and a passage of its text. */
export type ResultRow = PassageRow &
  Pick<PublishedTextSummaryRow, "reportId" | "year" | "unitKind" | "unitName" | "unitShortName" | "unitSlug" | "title" | "publishedAt" | "correctedAt">;

/**
 * The rows of one page of results, in one query: each database has its own names for the
 * string functions that cut the passages.
 */
export function readResults(ids: number[], terms: string[]): Promise<ResultRow[]> {
  if (ids.length === 0 || terms.length === 0) return Promise.resolve([]);
  return databaseProvider(env.DATABASE_URL) === "postgresql" ? readResultsPostgresql(ids, terms) : readResultsSqlite(ids, terms);
}
