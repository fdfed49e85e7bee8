import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { approveReport } from "@/lib/reports/approve-report";
import { publishReport } from "@/lib/reports/publish-report";
import { withdrawReport } from "@/lib/reports/withdraw-report";
import { reopenForCorrection } from "@/lib/reports/reopen-for-correction";
import { listPublicationOverview } from "@/lib/public/list-publication-overview";
import { listPublishedReports, listPublishedYears } from "@/lib/public/list-published-reports";
import { reportPagePaths } from "@/lib/public/report-pages";
import { createReport, createUnit, createWorld, createYear } from "../factories";

describe("the public year × unit overview", () => {
  it("marks each unit's public report by year, leaves the others empty, and keeps kinds apart", async () => {
    const world = await createWorld({ year: 2017 });
    const department = await createUnit({ districtId: world.district.id, kind: "DEPARTMENT" });
    const retired = await createUnit({ districtId: world.district.id });
    await db.unit.update({ where: { id: retired.id }, data: { isActive: false } });

    // Before anything is published the year is unknown to the public.
    expect(await listPublishedYears()).not.toContain(2017);

    const { id, version } = await createReport(world, { submit: true });
    await approveReport({ actor: world.reviewer, reportId: id, version });
    await publishReport({ actor: world.reviewer, reportId: id, version: version + 1, publishedAt: "2018-01-15" });

    expect(await listPublishedYears()).toContain(2017);
    const towns = await listPublicationOverview({ kind: "TOWN" });
    const column = towns.years.indexOf(2017);
    expect(column).toBeGreaterThanOrEqual(0);
    expect(towns.years).toEqual([...towns.years].sort((a, b) => b - a));
    const rowOf = (slug: string) => towns.rows.find((row) => row.slug === slug);
    expect(rowOf(world.unit.slug)?.cells[column]).toEqual({ year: 2017, state: "published" });
    expect(rowOf(world.otherUnit.slug)?.cells[column]).toEqual({ year: 2017, state: null });
    expect(rowOf(retired.slug)).toBeUndefined();
    expect(rowOf(department.slug)).toBeUndefined();
    expect((await listPublicationOverview({ kind: "DEPARTMENT" })).rows.map((row) => row.slug)).toContain(department.slug);

    // Withdrawn: the cell stays (the page keeps its notice), the list flags it.
    await withdrawReport({ actor: world.reviewer, reportId: id, version: version + 2, reason: "数据有误。" });
    const after = await listPublicationOverview({ kind: "TOWN" });
    expect(after.rows.find((row) => row.slug === world.unit.slug)?.cells[after.years.indexOf(2017)].state).toBe("withdrawn");
    const listed = await listPublishedReports({ kind: "TOWN", year: 2017 });
    expect(listed.filter((item) => item.unit.slug === world.unit.slug).map((item) => item.isWithdrawn)).toEqual([true]);
  });
});

describe("the public lists", () => {
  it("show the published title while a correction is under way, never the working copy's", async () => {
    const world = await createWorld({ year: 2016 });
    const { id, version } = await createReport(world, { submit: true });
    await approveReport({ actor: world.reviewer, reportId: id, version });
    await publishReport({ actor: world.reviewer, reportId: id, version: version + 1, publishedAt: "2017-01-20" });
    const { title } = await db.report.findUniqueOrThrow({ where: { id }, select: { title: true } });
    const listed = async () => (await listPublishedReports({ kind: "TOWN", year: 2016 })).filter((item) => item.unit.slug === world.unit.slug).map((item) => item.title);
    expect(await listed()).toEqual([title]);

    // Reopened: the working copy may change (here its title, as an editor would), the list may not.
    await reopenForCorrection({ actor: world.reviewer, reportId: id, version: version + 2, comment: "请更正标题。" });
    await db.report.update({ where: { id }, data: { title: "尚未发布的新标题" } });
    expect(await listed()).toEqual([title]);
  });
});


describe("report pages refreshed after a publication", () => {
  it("are the unit's pages of every year with a publication, and no other unit's", async () => {
    const world = await createWorld({ year: 2013 });
    const publish = async (report: { id: string; version: number }, publishedAt: string) => {
      await approveReport({ actor: world.reviewer, reportId: report.id, version: report.version });
      await publishReport({ actor: world.reviewer, reportId: report.id, version: report.version + 1, publishedAt });
    };
    const first = await createReport(world, { submit: true });
    await publish(first, "2014-01-15");
    await createYear({ districtId: world.district.id, year: 2012 });
    const earlier = await createReport({ ...world, year: 2012 }, { submit: true });
    const other = await createReport({ ...world, clerk: world.otherClerk }, { submit: true });
    await publish(other, "2014-01-16");

    // The 2012 report is not public yet: it has no page to refresh.
    expect(await reportPagePaths([earlier.id])).toEqual([`/reports/2013/${world.unit.slug}`]);
    await publish(earlier, "2013-02-01");
    // Publishing 2012 adds a “其他年度” link to the 2013 page: both are refreshed.
    expect(await reportPagePaths([earlier.id])).toEqual([`/reports/2012/${world.unit.slug}`, `/reports/2013/${world.unit.slug}`]);
    expect(await reportPagePaths([other.id])).toEqual([`/reports/2013/${world.otherUnit.slug}`]);
    expect(await reportPagePaths([])).toEqual([]);
  });
});
