import { describe, expect, it } from "vitest";
import { walkNewest, type WalkedRow } from "./walk-newest";

/** Reports 1…count in display order; those in `hits` match. Records every read. */
function reports(count: number, hits: Set<number>) {
  const reads: [number, number][] = [];
  const rows: WalkedRow[] = Array.from({ length: count }, (_, i) => ({ id: i + 1, hit: hits.has(i + 1) }));
  return { reads, read: async (skip: number, take: number) => (reads.push([skip, take]), rows.slice(skip, skip + take)) };
}

describe("walkNewest", () => {
  it("reads little more than the page when most reports match", async () => {
    const { reads, read } = reports(1000, new Set(Array.from({ length: 1000 }, (_, i) => i + 1).filter((id) => id % 10 !== 0)));
    expect(await walkNewest(20, 100, read)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22]);
    expect(reads).toEqual([[0, 30]]);
  });

  it("reads on in growing steps, and gives up at the budget", async () => {
    const sparse = reports(1000, new Set([5, 70, 90]));
    expect(await sparse.read(0, 0)).toEqual([]);
    sparse.reads.length = 0;
    expect(await walkNewest(2, 100, sparse.read)).toEqual([5, 70]);
    expect(sparse.reads).toEqual([[0, 12], [12, 24], [36, 48]]);
    const tooSparse = reports(1000, new Set([5, 700]));
    expect(await walkNewest(2, 100, tooSparse.read)).toBeNull();
    expect(tooSparse.reads.at(-1)).toEqual([84, 16]);
  });

  it("gives every match when the reports run out first", async () => {
    const { read } = reports(25, new Set([3, 24]));
    expect(await walkNewest(20, 100, read)).toEqual([3, 24]);
    expect(await walkNewest(20, 100, reports(0, new Set()).read)).toEqual([]);
  });
});
