// The year's compilation (汇编) against a real database: which reports go in (published only, or
// approved too), in the district's unit order, and the file LibreOffice lays out from it.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { listCompilationReports } from "@/lib/compilation/list-compilation-reports";
import { exportCompilation } from "@/lib/compilation/export-compilation";
import { countReportPages } from "@/lib/compilation/count-report-pages";
import { layOutReportPages, reportLayoutKey } from "@/lib/compilation/build-compilation-docx";
import { primeCompilationPages } from "@/lib/compilation/prime-compilation-pages";
import { approveReport } from "@/lib/reports/approve-report";
import { publishReport } from "@/lib/reports/publish-report";
import { withdrawReport } from "@/lib/reports/withdraw-report";
import { convertToPdf, pdfInfo, pdfText } from "../e2e/pdf";
import { createReport, createUnit, createUser, createWorld, type UnitKind, type World } from "../factories";

const versionOf = async (id: string) => (await db.report.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/** A unit of the world's district with its own clerk and a report taken to `status`. */
async function unitWithReport(world: World, kind: UnitKind, sortOrder: number, status: "APPROVED" | "PUBLISHED" | "WITHDRAWN" | "SUBMITTED") {
  const unit = await createUnit({ districtId: world.district.id, kind });
  await db.unit.update({ where: { id: unit.id }, data: { sortOrder } });
  const clerk = await createUser({ districtId: world.district.id, role: "CLERK", unitId: unit.id });
  const { id, version } = await createReport({ ...world, unit, clerk }, { submit: true });
  if (status !== "SUBMITTED") await approveReport({ actor: world.reviewer, reportId: id, version });
  if (status === "PUBLISHED" || status === "WITHDRAWN") {
    await publishReport({ actor: world.reviewer, reportId: id, version: version + 1, publishedAt: `${world.year + 1}-02-01` });
  }
  if (status === "WITHDRAWN") await withdrawReport({ actor: world.reviewer, reportId: id, version: await versionOf(id), reason: "含有个人信息。" });
  const { title } = await db.report.findUniqueOrThrow({ where: { id }, select: { title: true } });
  return { slug: unit.slug, title };
}

describe("the year's compilation", () => {
  let world: World;
  let units: Record<string, { slug: string; title: string }>;

  beforeAll(async () => {
    world = await createWorld({ year: 2025 });
    units = {
      town2: await unitWithReport(world, "TOWN", 2, "PUBLISHED"),
      town1: await unitWithReport(world, "TOWN", 1, "PUBLISHED"),
      townApproved: await unitWithReport(world, "TOWN", 3, "APPROVED"),
      dept1: await unitWithReport(world, "DEPARTMENT", 1, "PUBLISHED"),
      deptWithdrawn: await unitWithReport(world, "DEPARTMENT", 2, "WITHDRAWN"),
      deptSubmitted: await unitWithReport(world, "DEPARTMENT", 0, "SUBMITTED"),
    };
  }, 120_000);

  const slugs = (list: Awaited<ReturnType<typeof listCompilationReports>>) => list!.entries.map((e) => Object.entries(units).find(([, u]) => u.slug === e.unitSlug)![0]);

  it("holds the published reports only, towns first in sortOrder, without approved, withdrawn or submitted ones", async () => {
    const list = await listCompilationReports({ actor: world.reviewer, year: world.year });
    expect(slugs(list)).toEqual(["town1", "town2", "dept1"]);
    expect(list!.entries.every((e) => e.isPublished)).toBe(true);
  });

  it("adds approved reports when a reviewer asks, and puts departments first when asked", async () => {
    const list = await listCompilationReports({ actor: world.reviewer, year: world.year, includeApproved: true, order: "department-first" });
    expect(slugs(list)).toEqual(["dept1", "town1", "town2", "townApproved"]);
    expect(list!.entries.at(-1)!.isPublished).toBe(false);
    expect(list!.entries.at(-1)!.report.title).toBe(units.townApproved.title);
  });

  it("refuses a clerk", async () => {
    await expect(listCompilationReports({ actor: world.clerk, year: world.year, includeApproved: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("exports a .docx LibreOffice lays out with every title, a cover and contents, and audits the export", async () => {
    const file = await exportCompilation({ actor: world.reviewer, year: world.year, includeApproved: true, order: "town-first" });
    expect(file!.reports).toBe(4);
    const audit = await db.auditEvent.findFirst({ where: { actorId: world.reviewer.id, kind: "DATA_EXPORTED" }, orderBy: { createdAt: "desc" } });
    expect(audit?.data).toMatchObject({ what: "compilation", year: world.year, includeApproved: true, reports: 4 });

    if (spawnSync("soffice", ["--version"]).error) {
      console.warn("compilation.test.ts: soffice (LibreOffice) is not installed; skipping the PDF check.");
      return;
    }
    const docx = path.join(mkdtempSync(path.join(tmpdir(), "compilation-")), "compilation.docx");
    writeFileSync(docx, file!.body);
    const pdf = convertToPdf(docx);
    const text = pdfText(pdf);
    for (const key of ["town1", "town2", "townApproved", "dept1"]) expect(text).toContain(units[key].title.replace(/\s+/g, ""));
    expect(text).not.toContain(units.deptWithdrawn.title.replace(/\s+/g, ""));
    expect(pdfInfo(pdf).pages).toBeGreaterThanOrEqual(4 + 2);
    // The contents give each title its page: "……3" style entries on the second page.
    const contents = execFileSync("pdftotext", ["-f", "2", "-l", "2", pdf, "-"], { encoding: "utf8" });
    expect(contents).toMatch(/\.{5,}\s*\d+/);
  }, 180_000);

  it("keeps each report's page count in the database, and lays out again only a changed report", async () => {
    const list = (await listCompilationReports({ actor: world.reviewer, year: world.year, includeApproved: true }))!;
    const pages = await countReportPages(list.entries);
    expect(pages).toEqual(list.entries.map(layOutReportPages));
    const keys = list.entries.map(reportLayoutKey);
    const stored = await db.reportPageCount.findMany({ where: { key: { in: keys } } });
    expect(new Map(stored.map((r) => [r.key, r.pages]))).toEqual(new Map(keys.map((k, i) => [k, pages[i]])));

    // Another process (or this one after a restart) takes the counts from the table: a count
    // changed there is used as it stands, and only a changed text, under a new key, is laid out.
    await db.reportPageCount.update({ where: { key: keys[0] }, data: { pages: 99 } });
    vi.resetModules();
    const restarted = (await import("@/lib/compilation/count-report-pages")).countReportPages;
    const edited = list.entries.map((e, i) => (i === 1 ? { ...e, report: { ...e.report, title: `${e.report.title}（修订）` } } : e));
    const again = await restarted(edited);
    expect(again[0]).toBe(99);
    expect(again[1]).toBe(layOutReportPages(edited[1]));
    expect(await db.reportPageCount.count({ where: { key: { in: [...keys, reportLayoutKey(edited[1])] } } })).toBe(new Set(keys).size + 1);
  }, 120_000);

  it("lays out a year's published reports ahead, after a publication", async () => {
    const other = await createWorld({ year: 2024 });
    const unit = await createUnit({ districtId: other.district.id, kind: "TOWN" });
    const clerk = await createUser({ districtId: other.district.id, role: "CLERK", unitId: unit.id });
    const { id, version } = await createReport({ ...other, unit, clerk }, { submit: true });
    await approveReport({ actor: other.reviewer, reportId: id, version });
    await publishReport({ actor: other.reviewer, reportId: id, version: version + 1, publishedAt: "2025-02-01" });
    const publicList = (await listCompilationReports({ year: 2024, districtId: other.district.id }))!;
    expect(publicList.entries).toHaveLength(1);
    const keys = publicList.entries.map(reportLayoutKey);
    await db.reportPageCount.deleteMany({ where: { key: { in: keys } } });
    await primeCompilationPages([id]);
    expect(await db.reportPageCount.count({ where: { key: { in: keys } } })).toBe(new Set(keys).size);
  }, 120_000);
});
