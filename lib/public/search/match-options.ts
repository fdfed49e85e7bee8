import type { UnitKind } from "@/lib/generated/sqlite/enums";

/**
 * A search counts and lists at most this many reports, newest first; past it, the page says
 * “500 多份” and suggests narrowing the search by year, unit kind or more words. Counting
 * every match of a word that nearly every report holds means confirming nearly every report:
 * PostgreSQL's trigram index only narrows the candidates, and confirming one takes 15–25 µs,
 * so ten thousand would take a quarter of a second. At 500, a search stays within DESIGN.md
 * §10's 50 ms on both databases (npm run bench:search), and 25 pages of results are more than
 * anyone reads.
 */
export const searchResultLimit = 500;

/** A search as the databases see it; terms are folded (normaliseQuery) and never empty. */
export type MatchOptions = {
  terms: string[];
  year?: number;
  kind?: UnitKind;
  offset: number;
  limit: number;
  /** searchResultLimit unless given: tests use a small one to reach it with a few reports. */
  resultLimit?: number;
};

/** PublishedText ids of one page of matches, newest first, and how many match. */
export type Matches = {
  /** Reports that match, counted up to searchResultLimit. */
  total: number;
  /** More than searchResultLimit match; only the first searchResultLimit can be paged through. */
  isTotalCapped: boolean;
  ids: number[];
};

export const noMatches: Matches = { total: 0, isTotalCapped: false, ids: [] };

/** The matches a page may show: none past the counted ones, none past the result limit. */
export function pageWindow(offset: number, limit: number, total: number, resultLimit: number): { offset: number; limit: number } | null {
  const end = Math.min(offset + limit, total, resultLimit);
  return end > offset ? { offset, limit: end - offset } : null;
}

/** `counted` matches seen, at most resultLimit + 1: the total and whether it was cut. */
export function cappedTotal(counted: number, resultLimit: number): Pick<Matches, "total" | "isTotalCapped"> {
  return { total: Math.min(counted, resultLimit), isTotalCapped: counted > resultLimit };
}
