/** One report in display order and whether its text holds every term. */
export type WalkedRow = { id: number; hit: boolean };

/** Reads `take` reports of the search's scope in display order, after skipping `skip`. */
export type ReadChunk = (skip: number, take: number) => Promise<WalkedRow[]>;

/**
 * The first `want` matches in display order (newest first), found by reading the reports in
 * that order and looking for the terms in each text: for a term in most reports this finds a
 * page after reading little more than the page itself, where going through the index would
 * read every match. Reads at most `budget` reports; null when they held fewer than `want`
 * matches (the caller then asks the index), all matches when the scope ends first.
 */
export async function walkNewest(want: number, budget: number, readChunk: ReadChunk): Promise<number[] | null> {
  const ids: number[] = [];
  let skip = 0;
  let take = Math.min(budget, want + 10);
  while (take > 0) {
    const rows = await readChunk(skip, take);
    for (const row of rows) if (row.hit && ids.length < want) ids.push(row.id);
    if (ids.length >= want || rows.length < take) return ids;
    skip += take;
    take = Math.min(budget - skip, take * 2);
  }
  return null;
}
