import "server-only";
import { db } from "@/lib/db";
import { characterCount } from "./search-query";
import { ftsPhrase, prefixUpperBound } from "./sql-patterns";

/**
 * The FTS5 query over PublishedTextSearch (trigram tokenizer, see the add_search migration) for
 * texts holding every term, or null when some term is in no published text at all.
 *
 * A term of three or more characters is a phrase. A shorter one has no trigram of its own, but
 * a text contains it exactly when one of the text's trigrams starts with it: every indexed text
 * ends with two line breaks (searchable-text.ts), so that even its last character starts one.
 * The index's vocabulary (PublishedTextSearchTerms) lists those trigrams.
 */
export async function ftsMatchExpression(terms: string[]): Promise<string | null> {
  const parts = await Promise.all(
    terms.map(async (term) => {
      if (characterCount(term) >= 3) return ftsPhrase(term);
      const trigrams = await db.$queryRaw<{ term: string }[]>`
        SELECT term FROM "PublishedTextSearchTerms" WHERE term >= ${term} AND term < ${prefixUpperBound(term)}`;
      return trigrams.length ? `(${trigrams.map((t) => ftsPhrase(t.term)).join(" OR ")})` : null;
    }),
  );
  return parts.includes(null) ? null : parts.join(" AND ");
}
