import { describe, expect, it } from "vitest";
import { withdrawReport } from "@/lib/reports/withdraw-report";
import { normaliseQuery } from "@/lib/public/search/search-query";
import { listOpenReports } from "@/lib/public/open-data/list-open-reports";
import { getOpenReport } from "@/lib/public/open-data/get-open-report";
import { listFeedEntries } from "@/lib/public/feed/list-feed-entries";
import { buildFeed } from "@/lib/public/feed/build-feed";
import { createWorld } from "../factories";
import { correct, publishCorrection, reportWith, uniqueWord, versionOf } from "./search-helpers";

// Its own reporting year, so the unfiltered lists hold only this file's reports.
const year = 2019;
const list = (q = "", filters: { year?: number; kind?: "TOWN" | "DEPARTMENT"; page?: number } = {}) =>
  listOpenReports({ query: normaliseQuery(q), year: filters.year ?? year, kind: filters.kind, page: filters.page ?? 1 });

describe("open data and feeds", () => {
  it("give out current public publications only: never drafts, unpublished revisions or withdrawn reports", async () => {
    const word = uniqueWord();
    const [draftText, correctionText, withdrawnText] = [uniqueWord(), uniqueWord(), uniqueWord()];
    const worlds = await Promise.all([1, 2, 3, 4, 5, 6].map(() => createWorld({ year })));
    const published = await reportWith(worlds[0], { enforcement: `公开${word}。` });
    const draft = await reportWith(worlds[1], { enforcement: `${word}${draftText}` }, "draft");
    const submitted = await reportWith(worlds[2], { enforcement: word }, "submitted");
    const approved = await reportWith(worlds[3], { enforcement: word }, "approved");
    const inCorrection = await reportWith(worlds[4], { enforcement: `更正前${word}。` });
    await correct(worlds[4], inCorrection, "enforcement", `${word}${correctionText}`, "submitted");
    const withdrawn = await reportWith(worlds[5], { enforcement: `${word}${withdrawnText}` });
    await withdrawReport({ actor: worlds[5].reviewer, reportId: withdrawn, version: await versionOf(withdrawn), reason: "误发。" });

    const all = await list();
    const listed = all.reports.map((r) => r.id);
    expect(listed).toEqual(expect.arrayContaining([published, inCorrection]));
    for (const hidden of [draft, submitted, approved, withdrawn]) expect(listed).not.toContain(hidden);
    expect((await list(word)).reports.map((r) => r.id).sort()).toEqual([published, inCorrection].sort());
    for (const secret of [draftText, correctionText, withdrawnText]) expect((await list(secret)).total).toBe(0);

    expect(await getOpenReport(published)).not.toBeNull();
    for (const hidden of [draft, submitted, approved, withdrawn, "no-such-id", "' OR 1=1 --"]) expect(await getOpenReport(hidden)).toBeNull();
    // A correction under review changes nothing the public sees.
    const current = await getOpenReport(inCorrection);
    const paragraphs = current!.sections.flatMap((s) => s.paragraphs).join("\n");
    expect(paragraphs).toContain(`更正前${word}。`);
    expect(paragraphs).not.toContain(correctionText);

    const feed = await listFeedEntries();
    const feedXml = buildFeed({ data: feed, origin: "http://localhost", format: "atom" });
    for (const w of [worlds[1], worlds[2], worlds[3], worlds[5]]) expect(feedXml).not.toContain(`/reports/${year}/${w.unit.slug}`);
    expect(feedXml).toContain(`/reports/${year}/${worlds[0].unit.slug}`);
    expect(feed.entries.filter((e) => e.unitSlug === worlds[4].unit.slug).map((e) => [e.version, e.correctionNote])).toEqual([[1, null]]);

    // Once the correction is published: its text, and a second feed entry with the 更正说明.
    await publishCorrection(worlds[4], inCorrection, "2025-03-01");
    expect((await list(correctionText)).reports.map((r) => r.id)).toEqual([inCorrection]);
    expect((await list(`更正前${word}`)).total).toBe(0);
    expect(await getOpenReport(inCorrection)).toMatchObject({ correctedAt: "2025-03-01", correctionNote: "更正了执法数据。", publishedAt: "2025-02-01" });
    const entries = (await listFeedEntries()).entries.filter((e) => e.unitSlug === worlds[4].unit.slug);
    expect(entries.map((e) => [e.version, e.correctionNote])).toEqual([
      [2, "更正了执法数据。"],
      [1, null],
    ]);
  });

  it("lists reports with the documented fields, filtered by year, kind and words", async () => {
    const town = await createWorld({ year });
    const department = await createWorld({ year, kind: "DEPARTMENT" });
    const word = uniqueWord();
    const townReport = await reportWith(town, { reform: word }, "published", "2025-02-03");
    const departmentReport = await reportWith(department, { reform: word }, "published", "2025-02-04");

    const { reports, total, page, pageSize } = await list(word);
    expect({ total, page, pageSize }).toEqual({ total: 2, page: 1, pageSize: 100 });
    expect(reports.map((r) => r.id)).toEqual([departmentReport, townReport]);
    expect(reports[1]).toEqual({
      id: townReport,
      year,
      unit: { name: town.unit.name, shortName: town.unit.shortName, kind: "town" },
      title: `${town.unit.shortName}${year}年法治政府建设年度报告`,
      publishedAt: "2025-02-03",
      docNumber: "",
      indexNumber: `${town.unit.orgCode}/2025-00001`,
      url: `/reports/${year}/${town.unit.slug}`,
      correctedAt: null,
      correctionNote: null,
    });
    expect((await list(word, { kind: "DEPARTMENT" })).reports.map((r) => r.id)).toEqual([departmentReport]);
    expect((await list(word, { year: year + 1 })).total).toBe(0);
    expect(await list(word, { page: 2 })).toMatchObject({ total: 2, page: 2, reports: [] });
    expect((await list("", { kind: "DEPARTMENT" })).reports.map((r) => r.id)).toContain(departmentReport);
    expect((await list("", { kind: "DEPARTMENT" })).reports.map((r) => r.id)).not.toContain(townReport);

    const detail = await getOpenReport(townReport);
    expect(detail).toMatchObject({ id: townReport, url: `/reports/${year}/${town.unit.slug}` });
    const enforcement = detail!.sections.find((s) => s.title === "行政执法工作情况")!;
    expect(enforcement).toMatchObject({ level: 2, number: "（五）" });
    expect(enforcement.metrics).toEqual([
      { label: "执法人员数", value: 1, unit: "人" },
      { label: "持证执法人员数", value: 2, unit: "人" },
      { label: "新领或换发执法证人数", value: 3, unit: "人" },
      { label: "行政处罚案件数", value: 4, unit: "件" },
    ]);
    expect(detail!.sections.flatMap((s) => s.paragraphs)).toContain(word);
  });
});
