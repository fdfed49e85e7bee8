import type { UnitKind } from "@/lib/generated/sqlite/enums";

/** A search as the databases see it; terms are folded (normaliseQuery) and never empty. */
export type MatchOptions = {
  terms: string[];
  year?: number;
  kind?: UnitKind;
  offset: number;
  limit: number;
};

/** PublishedText ids of one page of matches, newest first, and how many match in all. */
export type Matches = { total: number; ids: number[] };
