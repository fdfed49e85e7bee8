import { describe, expect, it } from "vitest";
import { withdrawReport } from "@/lib/reports/withdraw-report";
import { getPublishedReport } from "@/lib/public/get-published-report";
import { listPublishedReports } from "@/lib/public/list-published-reports";
import { getOpenReport } from "@/lib/public/open-data/get-open-report";
import { listFeedEntries } from "@/lib/public/feed/list-feed-entries";
import { searchReports } from "@/lib/public/search/search-reports";
import { normaliseQuery } from "@/lib/public/search/search-query";
import { createWorld } from "../factories";
import { correct, reportWith, uniqueWord, versionOf } from "./search-helpers";

const year = 2009;
const allText = (report: Awaited<ReturnType<typeof getPublishedReport>>) => report!.sections.flatMap((s) => s.paragraphs).join("\n");

describe("a withdrawn report", () => {
  it("gives out no version's text, keeps the notice, and shows a later re-publication again", async () => {
    const world = await createWorld({ year });
    const [firstText, correctedText, republishedText] = [uniqueWord(), uniqueWord(), uniqueWord()];
    const id = await reportWith(world, { enforcement: `首次发布${firstText}。` }, "published", "2010-01-20");
    await correct(world, id, "enforcement", `更正后${correctedText}。`, "published", "2010-02-10");
    await withdrawReport({ actor: world.reviewer, reportId: id, version: await versionOf(id), reason: "含有个人信息。" });

    const page = { year, unitSlug: world.unit.slug };
    const current = await getPublishedReport(page);
    expect(current).toMatchObject({ version: 2, withdrawn: { reason: "含有个人信息。" }, correction: null, correctedAt: null, sections: [] });
    for (const version of [1, 2]) {
      const earlier = await getPublishedReport({ ...page, version });
      expect(earlier, `version ${version}`).toMatchObject({ withdrawn: { reason: "含有个人信息。" }, correction: null, sections: [] });
    }
    expect(current!.history.map((h) => [h.version, h.isTextHidden])).toEqual([
      [1, true],
      [2, true],
    ]);
    // Word (the route refuses a withdrawn report), the API, search and feeds.
    expect(await getOpenReport(id)).toBeNull();
    for (const word of [firstText, correctedText]) expect((await searchReports({ query: normaliseQuery(word) })).total).toBe(0);
    expect((await listFeedEntries()).entries.filter((e) => e.unitSlug === world.unit.slug)).toEqual([]);

    // A correction of the withdrawn report brings its new text back; the withdrawn ones stay hidden.
    await correct(world, id, "enforcement", `重新发布${republishedText}。`, "published", "2010-03-05");
    const republished = await getPublishedReport(page);
    expect(republished).toMatchObject({ version: 3, withdrawn: null, correction: { note: "更正了执法数据。" } });
    expect(allText(republished)).toContain(republishedText);
    for (const version of [1, 2]) expect((await getPublishedReport({ ...page, version }))!.sections, `version ${version}`).toEqual([]);
    expect(republished!.history.map((h) => [h.version, h.isTextHidden])).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
    expect((await getOpenReport(id))!.sections.flatMap((s) => s.paragraphs).join("\n")).toContain(republishedText);
    expect((await searchReports({ query: normaliseQuery(republishedText) })).total).toBe(1);
    expect((await searchReports({ query: normaliseQuery(firstText) })).total).toBe(0);
    expect((await listFeedEntries()).entries.filter((e) => e.unitSlug === world.unit.slug).map((e) => e.version)).toEqual([3]);
  });

  it("has the same 发布日期 in the year list and on its page: the first publication's, with the correction's as 更正日期", async () => {
    const world = await createWorld({ year });
    const id = await reportWith(world, { reform: uniqueWord() }, "published", "2010-01-21");
    await correct(world, id, "enforcement", `更正${uniqueWord()}。`, "published", "2010-02-11");

    const page = await getPublishedReport({ year, unitSlug: world.unit.slug });
    const listed = (await listPublishedReports({ year })).find((r) => r.unit.slug === world.unit.slug)!;
    const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
    expect([day(page!.publishedAt), day(page!.correctedAt)]).toEqual(["2010-01-21", "2010-02-11"]);
    expect([day(listed.publishedAt), day(listed.correctedAt)]).toEqual(["2010-01-21", "2010-02-11"]);
    expect((await getOpenReport(id))).toMatchObject({ publishedAt: "2010-01-21", correctedAt: "2010-02-11" });
  });
});
