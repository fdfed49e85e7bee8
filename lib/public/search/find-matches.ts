import "server-only";
import { env } from "@/lib/env";
import { databaseProvider } from "@/lib/database-provider";
import { findMatchesPostgresql } from "./find-matches-postgresql";
import { findMatchesSqlite } from "./find-matches-sqlite";
import type { Matches, MatchOptions } from "./match-options";

/** The one search function; each database answers it with its own index (DESIGN.md §8). */
export function findMatches(options: MatchOptions): Promise<Matches> {
  return databaseProvider(env.DATABASE_URL) === "postgresql" ? findMatchesPostgresql(options) : findMatchesSqlite(options);
}
