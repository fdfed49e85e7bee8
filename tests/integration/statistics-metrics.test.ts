import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET } from "@/app/api/public/metrics/route";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { approveReport } from "@/lib/reports/approve-report";
import { openReport } from "@/lib/reports/open-report";
import { publishReport } from "@/lib/reports/publish-report";
import { saveSection } from "@/lib/reports/save-section";
import { submitReport } from "@/lib/reports/submit-report";
import { withdrawReport } from "@/lib/reports/withdraw-report";
import { setUnitActive } from "@/lib/units/set-unit-active";
import { definitionsOfDistricts } from "@/lib/statistics/definitions-of-districts";
import { compareYears } from "@/lib/statistics/compare-years";
import { getOpenMetrics } from "@/lib/statistics/get-open-metrics";
import { getYearStatistics } from "@/lib/statistics/get-year-statistics";
import { listUnpublishedUnits } from "@/lib/statistics/list-unpublished-units";
import { loadDistrictMetrics } from "@/lib/statistics/load-district-metrics";
import { loadPublicMetrics } from "@/lib/statistics/load-public-metrics";
import { metricId } from "@/lib/statistics/metric-id";
import { rollUpYear } from "@/lib/statistics/roll-up-year";
import { createUnit, createUser, createWorld, createYear, fillRequiredSections } from "../factories";
import { expectAppError, reportRow, sectionRow } from "./helpers";

// Years no other test file uses: the public figures are not scoped to a district.
const [year, nextYear] = [2005, 2006];
const study = metricId("law-study", "study-sessions");
const lectures = metricId("law-study", "lectures");
const publicity = metricId("law-study", "publicity-events");
const renamedLabel = "党委理论学习中心组学法次数";

const versionOf = async (reportId: string) => (await reportRow(reportId)).version;

/** A unit's report for the year with these law-study figures, taken as far as `until`. */
async function reportWithFigures(clerk: Actor, reviewer: Actor, reportYear: number, figures: Record<string, number | null>, until: "submitted" | "published") {
  const { id } = await openReport({ actor: clerk, year: reportYear });
  await fillRequiredSections(clerk, id);
  const section = await sectionRow(id, "law-study");
  const result = await saveSection({ actor: clerk, input: { reportId: id, key: "law-study", version: section.version, title: section.title, body: section.body, metrics: figures } });
  expect(result.status).toBe("saved");
  await submitReport({ actor: clerk, reportId: id });
  if (until === "submitted") return id;
  await approveReport({ actor: reviewer, reportId: id, version: await versionOf(id) });
  await publishReport({ actor: reviewer, reportId: id, version: await versionOf(id), publishedAt: `${reportYear + 1}-02-01` });
  return id;
}

async function setUp() {
  const world = await createWorld({ year });
  const { district, reviewer, admin } = world;
  await createYear({ districtId: district.id, year: nextYear });
  // The later year's template renames a label; the metric's key stays.
  for (const section of await db.templateSection.findMany({ where: { key: "law-study", template: { year: { districtId: district.id, year: nextYear } } } })) {
    const fields = (section.metrics as { key: string; label: string; unit: string }[]).map((f) => (f.key === "study-sessions" ? { ...f, label: renamedLabel } : f));
    await db.templateSection.update({ where: { id: section.id }, data: { metrics: fields } });
  }
  // Every field must be filled to submit, so "not reported" is a field the unit's template lacks:
  // this year's department template has no publicity figure.
  const departmentStudy = await db.templateSection.findFirstOrThrow({ where: { key: "law-study", template: { unitKind: "DEPARTMENT", year: { districtId: district.id, year } } } });
  const departmentFields = (departmentStudy.metrics as { key: string }[]).filter((f) => f.key !== "publicity-events");
  await db.templateSection.update({ where: { id: departmentStudy.id }, data: { metrics: departmentFields } });

  const department = await createUnit({ districtId: district.id, kind: "DEPARTMENT" });
  const pending = await createUnit({ districtId: district.id });
  const silent = await createUnit({ districtId: district.id });
  const departmentClerk = await createUser({ districtId: district.id, role: "CLERK", unitId: department.id });
  const pendingClerk = await createUser({ districtId: district.id, role: "CLERK", unitId: pending.id });

  await reportWithFigures(world.clerk, reviewer, year, { "study-sessions": 6, lectures: 0, "publicity-events": 0 }, "published");
  const withdrawn = await reportWithFigures(world.otherClerk, reviewer, year, { "study-sessions": 100, lectures: 5, "publicity-events": 7 }, "published");
  await withdrawReport({ actor: reviewer, reportId: withdrawn, version: await versionOf(withdrawn), reason: "数据有误。" });
  await reportWithFigures(departmentClerk, reviewer, year, { "study-sessions": 2, lectures: 1 }, "published");
  await reportWithFigures(pendingClerk, reviewer, year, { "study-sessions": 40, lectures: 4, "publicity-events": 4 }, "submitted");

  await reportWithFigures(world.clerk, reviewer, nextYear, { "study-sessions": 60, lectures: 1, "publicity-events": 2 }, "published");
  await reportWithFigures(departmentClerk, reviewer, nextYear, { "study-sessions": 3, lectures: 1, "publicity-events": 3 }, "submitted");
  // The department leaves during the year, after its report was submitted.
  await setUnitActive({ actor: admin, unitId: department.id, isActive: false });
  return { ...world, department, pending, silent };
}

describe("statistics: metrics rolled up across units and years", () => {
  it("counts only current public publications, with blank apart from zero, by kind, under the latest label", async () => {
    const w = await setUp();
    const data = await loadPublicMetrics({ year });
    expect(data.reports.map((r) => r.unitId).sort()).toEqual([w.unit.id, w.department.id].sort());
    expect(data.withdrawn.map((r) => r.unitId)).toEqual([w.otherUnit.id]);

    const open = await getOpenMetrics({ year });
    const byKey = new Map(open!.metrics.map((m) => [m.key, m]));
    expect(byKey.get(study)).toMatchObject({
      label: renamedLabel,
      unit: "次",
      total: 8,
      unitsReporting: 2,
      byKind: { town: { total: 6, unitsReporting: 1 }, department: { total: 2, unitsReporting: 1 } },
    });
    expect(byKey.get(study)!.byUnit).toEqual([
      { unit: w.unit.shortName, kind: "town", url: `/reports/${year}/${w.unit.slug}`, value: 6 },
      { unit: w.department.shortName, kind: "department", url: `/reports/${year}/${w.department.slug}`, value: 2 },
    ]);
    expect(byKey.get(lectures)).toMatchObject({ total: 1, unitsReporting: 2 });
    expect(byKey.get(publicity)).toMatchObject({ total: 0, unitsReporting: 1 });

    const towns = await getOpenMetrics({ year, kind: "TOWN" });
    expect(towns!.metrics.find((m) => m.key === study)).toMatchObject({ total: 6, unitsReporting: 1 });

    const unpublished = await listUnpublishedUnits({ year });
    const names = unpublished.map((u) => u.unitName);
    expect(names).toEqual(expect.arrayContaining([w.otherUnit.shortName, w.pending.shortName, w.silent.shortName]));
    expect(names).not.toContain(w.unit.shortName);

    // One history across the rename: both years under the same key.
    const all = await loadPublicMetrics();
    const mine = all.rows.filter((r) => r.unitId === w.unit.id && r.metricKey === study);
    expect(mine.map((r) => [r.year, r.value]).sort()).toEqual([
      [year, 6],
      [nextYear, 60],
    ]);
    // Labels as this district publishes them (other test files' districts use the default ones).
    const comparison = compareYears({ year: nextYear, rows: all.rows.filter((r) => r.unitId === w.unit.id), definitions: definitionsOfDistricts(all.definitions, all.reports.filter((r) => r.unitId === w.unit.id)) });
    expect(comparison.metrics.find((m) => m.key === study)).toMatchObject({ label: renamedLabel, total: 60, previousTotal: 6 });
    expect(comparison.flagged.map((u) => [u.metric.key, u.previousValue, u.value])).toEqual([[study, 6, 60]]);

    // The public page's data: the same figures, what is left out, last year's totals.
    const page = await getYearStatistics({ year: nextYear });
    expect(page!.rollUp.metrics.find((m) => m.key === study)).toMatchObject({ label: renamedLabel, total: 60, unitsReporting: 1 });
    expect(page!.comparison!.metrics.find((m) => m.key === study)).toMatchObject({ previousTotal: 8 });
    expect((await getYearStatistics({ year }))!.withdrawn.map((r) => r.unitId)).toEqual([w.otherUnit.id]);
    expect(await getYearStatistics({ year: 1990 })).toBeNull();
  });

  it("gives reviewers the district's submitted reports, current figures, deactivated units marked", async () => {
    const w = await setUp();
    const data = await loadDistrictMetrics({ actor: w.reviewer, year });
    expect(data.reports.map((r) => [r.unitId, r.status]).sort()).toEqual(
      [
        [w.unit.id, "PUBLISHED"],
        [w.department.id, "PUBLISHED"],
        [w.pending.id, "SUBMITTED"],
      ].sort(),
    );
    const rollUp = rollUpYear({ year, rows: data.rows, definitions: data.definitions });
    expect(rollUp.metrics.find((m) => m.key === study)).toMatchObject({ label: "中心组学法次数", total: 48, unitsReporting: 3 });
    expect(rollUp.table.units.find((u) => u.unitId === w.unit.id)!.values[publicity]).toBe(0);
    expect(rollUp.table.units.find((u) => u.unitId === w.department.id)!.values[publicity]).toBeNull();

    const later = await loadDistrictMetrics({ actor: w.reviewer, year: nextYear });
    const department = later.reports.find((r) => r.unitId === w.department.id);
    expect(department).toMatchObject({ status: "SUBMITTED", unitInactive: true });
    expect(rollUpYear({ year: nextYear, rows: later.rows, definitions: later.definitions }).metrics.find((m) => m.key === study)).toMatchObject({ label: renamedLabel, total: 63 });

    await expectAppError(loadDistrictMetrics({ actor: w.clerk, year }), "FORBIDDEN");
  });

  it("answers the open-data route with cache headers, 400 for bad parameters and 404 for a year without public reports", async () => {
    const w = await setUp();
    const get = (query: string) => GET(new NextRequest(`http://localhost/api/public/metrics${query}`));
    const ok = await get(`?year=${year}&kind=department`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=600");
    expect(ok.headers.get("access-control-allow-origin")).toBe("*");
    const body = await ok.json();
    expect(body).toMatchObject({ year, kind: "department" });
    const figures = body.metrics.find((m: { key: string }) => m.key === study);
    expect(figures).toMatchObject({ label: renamedLabel, unit: "次" });
    expect(figures.byUnit).toContainEqual({ unit: w.department.shortName, kind: "department", url: `/reports/${year}/${w.department.slug}`, value: 2 });
    expect(figures.byUnit.map((u: { kind: string }) => u.kind)).not.toContain("town");
    expect((await get(`?year=${year}`)).headers.get("etag")).toBeTruthy();

    for (const bad of ["?year=05", "?kind=county"]) {
      const response = await get(bad);
      expect(response.status).toBe(400);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect((await response.json()).error).toMatch(/year|kind/);
    }
    expect((await get("?year=1990")).status).toBe(404);
    expect((await get("")).status).toBe(200);
  });
});
