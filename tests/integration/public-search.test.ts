import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withdrawReport } from "@/lib/reports/withdraw-report";
import { findMatches } from "@/lib/public/search/find-matches";
import { listSearchYears } from "@/lib/public/search/list-search-years";
import { normaliseQuery } from "@/lib/public/search/search-query";
import { searchReports, type SearchResult } from "@/lib/public/search/search-reports";
import { indexMissingPublishedTexts } from "@/lib/public/search/index-published-text";
import { createWorld, createYear } from "../factories";
import { correct, publishCorrection, reportWith, uniqueWord, versionOf } from "./search-helpers";

const search = (q: string, filters: { year?: number; kind?: "TOWN" | "DEPARTMENT"; page?: number } = {}) => searchReports({ query: normaliseQuery(q), ...filters });
const ids = async (q: string, filters: { year?: number; kind?: "TOWN" | "DEPARTMENT" } = {}) => (await search(q, filters)).results.map((r) => r.id).sort();
const marked = (result: SearchResult) => result.snippet!.parts.filter((p) => p.isMatch).map((p) => p.text);

describe("public search", () => {
  it("finds a published report by any part of its text, with the passage and the words marked", async () => {
    const world = await createWorld();
    const word = uniqueWord();
    const id = await reportWith(world, { enforcement: `全年为4名综合行政执法人员换发${word}执法证，持证率100%。` });

    const found = await search(`${word}执法证`);
    expect(found).toMatchObject({ total: 1, page: 1, pageCount: 1 });
    const [result] = found.results;
    expect(result).toMatchObject({
      id,
      year: world.year,
      url: `/reports/${world.year}/${world.unit.slug}`,
      unit: { shortName: world.unit.shortName, slug: world.unit.slug, kind: "TOWN", name: world.unit.name },
      correctedAt: null,
      matchCount: 1,
    });
    expect(result.publishedAt.toISOString().slice(0, 10)).toBe("2025-02-01");
    expect(marked(result)).toEqual([`${word}执法证`]);
    expect(result.snippet!.parts.map((p) => p.text).join("")).toContain("综合行政执法人员换发");

    // Any substring of three or more characters, a heading, the title; several words must all match.
    expect(await ids(word.slice(1))).toEqual([id]);
    expect(await ids(`行政执法工作情况 ${word}`)).toEqual([id]);
    expect(await ids(`${world.unit.shortName}${world.year}`)).toEqual([id]);
    expect(await ids(`${word} 不存在的词语`)).toEqual([]);
  });

  it("never finds drafts, reports in review or approved but unpublished ones", async () => {
    const world = await createWorld();
    const [draft, submitted, approved] = [uniqueWord(), uniqueWord(), uniqueWord()];
    await reportWith(world, { reform: draft }, "draft");
    const other = await createWorld();
    await reportWith(other, { reform: submitted }, "submitted");
    const third = await createWorld();
    await reportWith(third, { reform: approved }, "approved");
    for (const word of [draft, submitted, approved]) expect(await search(word)).toMatchObject({ total: 0, results: [] });
  });

  it("finds a correction's new text once it is published, and no longer the text it replaced", async () => {
    const world = await createWorld();
    const [before, after] = [uniqueWord(), uniqueWord()];
    const id = await reportWith(world, { enforcement: `执法人员${before}人。` });

    // While the unit corrects it, the public still finds the published text, not the draft.
    await correct(world, id, "enforcement", `执法人员${after}人（更正）。`, "submitted");
    expect(await ids(before)).toEqual([id]);
    expect(await ids(after)).toEqual([]);

    await publishCorrection(world, id, "2025-03-01");

    expect(await ids(before)).toEqual([]);
    const [result] = (await search(after)).results;
    expect(result.id).toBe(id);
    expect(result.publishedAt.toISOString().slice(0, 10)).toBe("2025-02-01");
    expect(result.correctedAt!.toISOString().slice(0, 10)).toBe("2025-03-01");
    expect(await db.publishedText.count({ where: { reportId: id } })).toBe(1);
  });

  it("drops a withdrawn report at once, and finds it again when a correction is published", async () => {
    const world = await createWorld();
    const word = uniqueWord();
    const id = await reportWith(world, { disputes: `调解成功${word}件。` });
    expect(await ids(word)).toEqual([id]);

    await withdrawReport({ actor: world.reviewer, reportId: id, version: await versionOf(id), reason: "含有个人信息。" });
    expect(await ids(word)).toEqual([]);
    expect(await db.publishedText.count({ where: { reportId: id } })).toBe(0);
    // The seed's backfill does not bring it back either.
    await indexMissingPublishedTexts(db);
    expect(await ids(word)).toEqual([]);

    // Still gone while a correction is prepared and reviewed.
    const again = uniqueWord();
    await correct(world, id, "disputes", `调解成功${again}件。`, "submitted");
    expect(await ids(word)).toEqual([]);
    expect(await ids(again)).toEqual([]);
    await publishCorrection(world, id);
    expect(await ids(again)).toEqual([id]);
    expect(await ids(word)).toEqual([]);
  });

  it("takes SQL, LIKE and FTS5 syntax characters literally", async () => {
    const world = await createWorld();
    const tag = uniqueWord(3);
    const literal = await reportWith(world, {
      enforcement: `${tag}达标率100%，编号a_b，it's “引号”和"直引号"，NEAR(甲 乙)，星号*与冒号:和^符号，反斜杠\\路径。`,
    });
    const other = await createWorld();
    const lookalike = await reportWith(other, { enforcement: `${tag}达标率1000，编号axb，its 引号。` });

    expect(await ids(`${tag}达标率100%`)).toEqual([literal]);
    expect(await ids(`${tag}达标率100`)).toEqual([literal, lookalike].sort());
    expect(await ids(`${tag} a_b`)).toEqual([literal]);
    expect(await ids(`${tag} it's`)).toEqual([literal]);
    expect(await ids(`${tag} "直引号"`)).toEqual([literal]);
    expect(await ids(`${tag} NEAR(甲`)).toEqual([literal]);
    expect(await ids(`${tag} 星号*与冒号:和^符号`)).toEqual([literal]);
    expect(await ids(`${tag} \\路径`)).toEqual([literal]);

    // Whatever the query, an answer and never an error.
    for (const q of ["%", "_", "'", '"', "%%%", "___", "' OR '1'='1", '"; DROP TABLE "PublishedText"; --', "NEAR", "AND", "*", ":", "^", "(", ")", "\\", "a*", '"""', "%_'\"*:^()"]) {
      const result = await search(q);
      expect(result.total, q).toBeGreaterThanOrEqual(0);
      expect(result.results.every((r) => r.matchCount > 0), q).toBe(true);
    }
    expect(await ids(`${tag} %`)).toEqual([literal]);
    expect(await ids(`${tag} _`)).toEqual([literal]);
    expect(await ids(`${tag} NEAR(甲 乙)`)).toEqual([literal]);
    expect(await db.publishedText.count()).toBeGreaterThan(0);
  });

  it("finds words of one and two characters, also at the very end of a report", async () => {
    const world = await createWorld();
    const [pair, single, endPair, endSingle] = [uniqueWord(2), uniqueWord(1), uniqueWord(2), uniqueWord(1)];
    const id = await reportWith(world, { reform: `开展${pair}专项行动。`, rules: `审核${single}件。`, other: `其他情况${endPair}` });
    const other = await createWorld();
    const otherId = await reportWith(other, { reform: `${pair.slice(0, 1)}与${pair.slice(1)}分开出现。`, other: `其他情况${endSingle}` });

    expect(await ids(pair)).toEqual([id]);
    expect(await ids(single)).toEqual([id]);
    expect(await ids(endPair)).toEqual([id]);
    expect(await ids(endSingle)).toEqual([otherId]);
    expect(await ids(`${endSingle} ${pair.slice(1)}`)).toEqual([otherId]);
    // Other test files may use the same character in their words: both of these, at least.
    expect(await ids(pair.slice(0, 1))).toEqual(expect.arrayContaining([id, otherId]));
    expect(await ids(`${pair} ${single}`)).toEqual([id]);
    expect(await ids(`${pair} ${uniqueWord(2)}`)).toEqual([]);
    const [result] = (await search(pair)).results;
    expect(marked(result)).toEqual([pair]);
  });

  it("filters by year and unit kind, newest first, a page at a time", async () => {
    const towns = await createWorld({ year: 2024 });
    const departments = await createWorld({ year: 2024, kind: "DEPARTMENT" });
    await createYear({ districtId: towns.district.id, year: 2023 });
    const word = uniqueWord();
    const town2024 = await reportWith(towns, { reform: word }, "published", "2025-02-10");
    const department2024 = await reportWith(departments, { reform: word }, "published", "2025-02-20");
    const town2023 = await reportWith({ ...towns, year: 2023 }, { reform: word }, "published", "2025-01-15");

    expect((await search(word)).results.map((r) => r.id)).toEqual([department2024, town2024, town2023]);
    expect(await ids(word, { year: 2024 })).toEqual([town2024, department2024].sort());
    expect(await ids(word, { kind: "TOWN" })).toEqual([town2024, town2023].sort());
    expect(await ids(word, { kind: "DEPARTMENT", year: 2024 })).toEqual([department2024]);
    expect(await ids(word, { kind: "DEPARTMENT", year: 2023 })).toEqual([]);

    const terms = normaliseQuery(word).terms;
    expect(await findMatches({ terms, offset: 0, limit: 2 })).toMatchObject({ total: 3, isTotalCapped: false });
    const pages = [await findMatches({ terms, offset: 0, limit: 2 }), await findMatches({ terms, offset: 2, limit: 2 }), await findMatches({ terms, offset: 4, limit: 2 })];
    expect(pages.map((p) => p.ids.length)).toEqual([2, 1, 0]);
    expect(new Set(pages.flatMap((p) => p.ids)).size).toBe(3);
    expect(await search(word, { page: 2 })).toMatchObject({ total: 3, isTotalCapped: false, page: 2, pageCount: 1, results: [] });
  });

  it("counts and lists at most the result limit, newest first, whether it reads the newest texts or asks the index", async () => {
    // A year no other test publishes in: within it, the newest reports are this test's.
    const year = 2014;
    const word = uniqueWord();
    const dates = ["2015-01-05", "2015-01-20", "2015-02-03", "2015-02-17", "2015-03-02"];
    const matching: string[] = [];
    for (const [i, date] of dates.entries()) {
      matching.push(await reportWith(await createWorld({ year, kind: i % 2 ? "DEPARTMENT" : "TOWN" }), { reform: `推进${word}工作。` }, "published", date));
    }
    await reportWith(await createWorld({ year }), { reform: uniqueWord() }, "published", "2015-03-20");
    const newestFirst = matching.toReversed();
    const reportIds = async (matches: { ids: number[] }) => {
      const rows = await db.publishedText.findMany({ where: { id: { in: matches.ids } }, select: { id: true, reportId: true } });
      return matches.ids.map((id) => rows.find((r) => r.id === id)?.reportId);
    };

    for (const q of [word, `${word} 法治`, `${word} 推`]) {
      const terms = normaliseQuery(q).terms;
      const all = await findMatches({ terms, year, offset: 0, limit: 10 });
      expect(all, q).toMatchObject({ total: 5, isTotalCapped: false });
      expect(await reportIds(all), q).toEqual(newestFirst);
      // Within the year the newest texts hold the page; across all years other tests' newer
      // reports come first and the index answers. Same reports, same order.
      for (const filters of [{ year }, {}]) {
        const pages = [0, 2, 4].map((offset) => findMatches({ terms, ...filters, offset, limit: 2, resultLimit: 3 }));
        const [first, second, third] = await Promise.all(pages);
        expect(first, q).toMatchObject({ total: 3, isTotalCapped: true });
        expect(await reportIds(first), q).toEqual(newestFirst.slice(0, 2));
        expect(await reportIds(second), q).toEqual(newestFirst.slice(2, 3));
        expect(third.ids, q).toEqual([]);
      }
      expect(await findMatches({ terms, year, kind: "DEPARTMENT", offset: 0, limit: 10, resultLimit: 1 })).toMatchObject({ total: 1, isTotalCapped: true });
      expect(await findMatches({ terms, year, kind: "DEPARTMENT", offset: 0, limit: 10, resultLimit: 2 })).toMatchObject({ total: 2, isTotalCapped: false });
    }

    const years = await listSearchYears();
    expect(years).toContain(year);
    expect(years).toEqual(years.toSorted((a, b) => b - a));
  });

  it("does no search for an empty query and searches only the first 50 characters of a long one", async () => {
    expect(await search("   ")).toEqual({ total: 0, isTotalCapped: false, page: 1, pageCount: 0, results: [] });
    const world = await createWorld();
    const word = uniqueWord(50);
    const id = await reportWith(world, { reform: word });
    const query = normaliseQuery(`${word}${"多余的字".repeat(20)}`);
    expect(query.isTruncated).toBe(true);
    expect((await searchReports({ query })).results.map((r) => r.id)).toEqual([id]);
  });
});
