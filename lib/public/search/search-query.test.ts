import { describe, expect, it } from "vitest";
import { characterCount, maxQueryLength, normaliseQuery } from "./search-query";
import { ftsPhrase, likeContains, prefixUpperBound } from "./sql-patterns";

describe("normaliseQuery", () => {
  it("gives no terms for a missing, empty or blank query", () => {
    for (const raw of [undefined, "", "   ", "\u3000\t\n", "\u200b"]) {
      expect(normaliseQuery(raw)).toEqual({ text: "", terms: [], isTruncated: false });
    }
  });

  it("splits words on any whitespace, folds them and drops repeats", () => {
    expect(normaliseQuery("  执法证\u3000换发  ＬＥＤ led ")).toEqual({ text: "执法证 换发 ＬＥＤ led", terms: ["执法证", "换发", "led"], isTruncated: false });
  });

  it("removes control and zero-width characters inside words", () => {
    expect(normaliseQuery("执\u200b法\u0000证").terms).toEqual(["执法证"]);
  });

  it(`cuts a query longer than ${maxQueryLength} characters and says so`, () => {
    const long = "法治政府建设".repeat(20);
    const query = normaliseQuery(long);
    expect(query.isTruncated).toBe(true);
    expect(characterCount(query.text)).toBe(maxQueryLength);
    expect(long.startsWith(query.text)).toBe(true);
    expect(normaliseQuery("法".repeat(maxQueryLength)).isTruncated).toBe(false);
  });

  it("counts characters outside the Basic Multilingual Plane as one each", () => {
    const query = normaliseQuery("𠀀".repeat(maxQueryLength + 1));
    expect(query.isTruncated).toBe(true);
    expect(Array.from(query.text)).toHaveLength(maxQueryLength);
    expect(characterCount("𠀀𠀁a")).toBe(3);
  });

  it("keeps SQL, LIKE and FTS5 syntax characters as ordinary characters", () => {
    expect(normaliseQuery(`100% a_b 'x' "执法" NEAR(a b) c* ^d e:f`).terms).toEqual([
      "100%", "a_b", "'x'", '"执法"', "near(a", "b)", "c*", "^d", "e:f",
    ]);
  });
});

describe("ftsPhrase", () => {
  it("quotes the term and doubles the quotes inside it", () => {
    expect(ftsPhrase("执法证")).toBe('"执法证"');
    expect(ftsPhrase('a"b')).toBe('"a""b"');
    expect(ftsPhrase('"')).toBe('""""');
    expect(ftsPhrase("x AND y*")).toBe('"x AND y*"');
  });
});

describe("likeContains", () => {
  it("escapes LIKE's wildcards and the escape character itself", () => {
    expect(likeContains("执法证")).toBe("%执法证%");
    expect(likeContains("100%")).toBe("%100\\%%");
    expect(likeContains("a_b")).toBe("%a\\_b%");
    expect(likeContains("c:\\d")).toBe("%c:\\\\d%");
    expect(likeContains("it's")).toBe("%it's%");
  });
});

describe("prefixUpperBound", () => {
  it("sorts after every string with the prefix and before the next prefix", () => {
    const bound = prefixUpperBound("执法");
    const utf8 = (s: string) => Buffer.from(s, "utf8");
    for (const term of ["执法证", "执法\n", "执法𠀀"]) expect(Buffer.compare(utf8(term), utf8(bound))).toBe(-1);
    expect(Buffer.compare(utf8("执注"), utf8(bound))).toBe(1);
  });
});
