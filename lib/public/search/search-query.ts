// What a reader typed, made safe to search with: one rule for the search page and the API.
import { foldText } from "./fold-text";

/** Longer queries are cut here, and the reader is told. */
export const maxQueryLength = 50;

export type SearchQuery = {
  /** The query as it is searched and shown back: whitespace tidied, cut to maxQueryLength. */
  text: string;
  /** Folded, distinct words of the query; a report must contain every one. Empty: no search. */
  terms: string[];
  isTruncated: boolean;
};

// Control and invisible format characters (zero-width spaces, direction marks) never belong
// to a search word; whitespace of any width separates words.
const invisible = /[\p{Cc}\p{Cf}]/gu;
const whitespace = /[\s\u3000]+/gu;

export function normaliseQuery(raw: string | undefined): SearchQuery {
  const tidy = (raw ?? "").replace(whitespace, " ").replace(invisible, "").trim();
  const chars = Array.from(tidy);
  const isTruncated = chars.length > maxQueryLength;
  const text = isTruncated ? chars.slice(0, maxQueryLength).join("").trim() : tidy;
  const terms = [...new Set(text.split(" ").filter(Boolean).map(foldText))];
  return { text, terms, isTruncated };
}

/** Length in characters as the databases count them (code points), not UTF-16 units. */
export function characterCount(term: string): number {
  return Array.from(term).length;
}
