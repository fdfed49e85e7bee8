import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { recordLogout } from "@/lib/auth/record-logout";
import { openReport } from "@/lib/reports/open-report";
import { addComment } from "@/lib/reports/add-comment";
import { returnReport } from "@/lib/reports/return-report";
import { addExtraSection } from "@/lib/reports/add-extra-section";
import { removeExtraSection } from "@/lib/reports/remove-extra-section";
import { listReportTimeline } from "@/lib/audit/list-report-timeline";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { resolveAuditQuery } from "@/lib/audit/resolve-audit-query";
import { exportAuditLog } from "@/lib/audit/export-audit-log";
import type { AuditCursor, AuditFilters } from "@/lib/audit/audit-query";
import { createReport, createWorld, type World } from "../factories";
import { expectAppError } from "./helpers";

const requiredSaves = 7; // required sections of the 2024 town template, each saved once by createReport

/**
 * A district where both units have submitted, the reviewer has returned the first unit's report
 * with a comment on a section, and each clerk has signed out once (an event with no report).
 */
async function createActiveDistrict() {
  const world = await createWorld();
  const report = await createReport(world, { submit: true });
  const other = await createReport({ ...world, clerk: world.otherClerk }, { submit: true });
  await addComment({ actor: world.reviewer, input: { reportId: report.id, sectionKey: "law-study", body: "请补充学法的具体次数和主题。" } });
  await returnReport({ actor: world.reviewer, reportId: report.id, version: report.version });
  await recordLogout(world.clerk.id);
  await recordLogout(world.otherClerk.id);
  return { world, reportId: report.id, otherReportId: other.id };
}

/** Walks every page of the log, as the "更早的记录" link does. */
async function readAllPages(actor: Actor, filters: AuditFilters, limit: number) {
  const pages: string[][] = [];
  let before: AuditCursor | null = null;
  do {
    const page = await listAuditEvents({ actor, filters, before, limit });
    pages.push(page.entries.map((e) => e.id));
    before = page.next;
  } while (before && pages.length < 1000);
  return pages;
}

async function districtEventIds(world: World) {
  const rows = await db.auditEvent.findMany({ where: { districtId: world.district.id }, select: { id: true } });
  return rows.map((r) => r.id).sort();
}

describe("report timeline", () => {
  it("lists exactly the report's events, oldest first or newest first, in Chinese", async () => {
    const { world, reportId, otherReportId } = await createActiveDistrict();
    const { key } = await addExtraSection({ actor: world.clerk, input: { reportId, parentKey: "measures", title: "推进基层法治示范创建" } });
    await removeExtraSection({ actor: world.clerk, reportId, key });

    const timeline = await listReportTimeline({ actor: world.clerk, reportId, order: "asc" });
    expect(timeline.report).toMatchObject({ id: reportId, year: 2024, unitShortName: world.unit.shortName, status: "RETURNED" });
    expect(timeline.events.map((e) => e.kind)).toEqual([
      "REPORT_CREATED",
      ...Array(requiredSaves).fill("SECTION_SAVED"),
      "REPORT_SUBMITTED",
      "COMMENT_ADDED",
      "REPORT_RETURNED",
      "SECTION_ADDED",
      "SECTION_REMOVED",
    ]);
    // Nothing from the other unit's report, and no event without a report (the sign-outs).
    const stored = await db.auditEvent.findMany({ where: { reportId }, select: { id: true } });
    expect(timeline.events.map((e) => e.id).sort()).toEqual(stored.map((r) => r.id).sort());
    const otherIds = new Set((await db.auditEvent.findMany({ where: { reportId: otherReportId }, select: { id: true } })).map((r) => r.id));
    expect(timeline.events.some((e) => otherIds.has(e.id))).toBe(false);

    const byKind = (kind: string) => timeline.events.find((e) => e.kind === kind)!;
    expect(byKind("REPORT_SUBMITTED")).toMatchObject({
      kindLabel: "提交审核",
      actor: { name: world.clerk.name, roleLabel: "填报人" },
      unitName: world.unit.shortName,
      description: "状态 起草中 → 已提交；存档为第 1 版",
    });
    expect(byKind("COMMENT_ADDED")).toMatchObject({
      actor: { name: world.reviewer.name, roleLabel: "审核人" },
      sectionTitle: "学习贯彻习近平法治思想情况",
      description: "对“学习贯彻习近平法治思想情况”提出意见",
    });
    expect(byKind("REPORT_RETURNED").description).toBe("状态 已提交 → 已退回；待处理意见 1 条");
    // The removed sub-section no longer exists; its event still names it.
    expect(byKind("SECTION_REMOVED")).toMatchObject({ sectionTitle: "推进基层法治示范创建", description: "删除小节“推进基层法治示范创建”；删除前为第 1 版" });
    expect(timeline.events.filter((e) => e.kind === "SECTION_SAVED").every((e) => /保存为第 2 版；正文 \d+ 字$/.test(e.description))).toBe(true);

    const newestFirst = await listReportTimeline({ actor: world.reviewer, reportId, order: "desc" });
    expect(newestFirst.events.map((e) => e.id)).toEqual(timeline.events.map((e) => e.id).reverse());
  });

  it("is read by the unit's clerk and the district, and is not found for anyone else", async () => {
    const { world, reportId } = await createActiveDistrict();
    const stranger = await createWorld();
    await expect(listReportTimeline({ actor: world.clerk, reportId })).resolves.toBeTruthy();
    await expect(listReportTimeline({ actor: world.admin, reportId })).resolves.toBeTruthy();
    await expectAppError(listReportTimeline({ actor: world.otherClerk, reportId }), "NOT_FOUND");
    await expectAppError(listReportTimeline({ actor: stranger.reviewer, reportId }), "NOT_FOUND");
    await expectAppError(listReportTimeline({ actor: stranger.clerk, reportId }), "NOT_FOUND");
    await expectAppError(listReportTimeline({ actor: world.reviewer, reportId: "no-such-report" }), "NOT_FOUND");
  });

  it("keeps a draft's timeline from the district, as it keeps the draft", async () => {
    const world = await createWorld();
    const { id: draftId } = await openReport({ actor: world.clerk, year: world.year });
    expect((await listReportTimeline({ actor: world.clerk, reportId: draftId })).events.map((e) => e.kind)).toEqual(["REPORT_CREATED"]);
    await expectAppError(listReportTimeline({ actor: world.reviewer, reportId: draftId }), "NOT_FOUND");
  });
});

describe("district audit log", () => {
  it("is for reviewers and admins only", async () => {
    const { world } = await createActiveDistrict();
    await expectAppError(listAuditEvents({ actor: world.clerk, filters: {} }), "FORBIDDEN");
    await expectAppError(resolveAuditQuery({ actor: world.clerk, params: {} }), "FORBIDDEN");
    const asAdmin = await listAuditEvents({ actor: world.admin, filters: {} });
    expect(asAdmin.entries.length).toBeGreaterThan(0);
  });

  it("filters by user, unit and kind", async () => {
    const { world, reportId, otherReportId } = await createActiveDistrict();
    const { reviewer } = world;

    const byReviewer = await listAuditEvents({ actor: reviewer, filters: { userId: reviewer.id } });
    expect(byReviewer.entries.map((e) => e.kind)).toEqual(["REPORT_RETURNED", "COMMENT_ADDED"]);

    // The unit's reports (whoever acted on them) and its users' events without a report.
    const byUnit = await listAuditEvents({ actor: reviewer, filters: { unitId: world.unit.id } });
    expect(byUnit.entries.map((e) => e.kind)).toEqual([
      "AUTH_LOGOUT",
      "REPORT_RETURNED",
      "COMMENT_ADDED",
      "REPORT_SUBMITTED",
      ...Array(requiredSaves).fill("SECTION_SAVED"),
      "REPORT_CREATED",
    ]);
    expect(byUnit.entries.every((e) => e.unitName === world.unit.shortName)).toBe(true);
    expect(byUnit.entries.filter((e) => e.report).every((e) => e.report!.id === reportId)).toBe(true);
    expect(byUnit.entries.find((e) => e.kind === "AUTH_LOGOUT")).toMatchObject({ report: null, actor: { name: world.clerk.name } });

    const saves = await listAuditEvents({ actor: reviewer, filters: { kind: "SECTION_SAVED" } });
    expect(saves.entries).toHaveLength(2 * requiredSaves);
    expect(new Set(saves.entries.map((e) => e.report!.id))).toEqual(new Set([reportId, otherReportId]));

    const combined = await listAuditEvents({ actor: reviewer, filters: { unitId: world.otherUnit.id, kind: "AUTH_LOGOUT" } });
    expect(combined.entries.map((e) => e.actor?.name)).toEqual([world.otherClerk.name]);
  });

  it("filters by calendar days in China's time, both ends inclusive", async () => {
    const { world, reportId } = await createActiveDistrict();
    const events = await db.auditEvent.findMany({ where: { reportId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
    const at = {
      lastOfMarch1: "2024-03-01T15:59:59.999Z", // 2024-03-01 23:59:59.999 in China
      firstOfMarch2: "2024-03-01T16:00:00.000Z", // 2024-03-02 00:00:00.000
      lastOfMarch2: "2024-03-02T15:59:59.999Z", // 2024-03-02 23:59:59.999
      firstOfMarch3: "2024-03-02T16:00:00.000Z", // 2024-03-03 00:00:00.000
    };
    const ids = Object.fromEntries(Object.keys(at).map((name, i) => [name, events[i].id])) as Record<keyof typeof at, string>;
    for (const name of Object.keys(at) as (keyof typeof at)[]) {
      await db.auditEvent.update({ where: { id: ids[name] }, data: { createdAt: new Date(at[name]) } });
    }
    const idsBetween = async (from?: string, to?: string) =>
      (await listAuditEvents({ actor: world.reviewer, filters: { ...(from && { from }), ...(to && { to }) } })).entries.map((e) => e.id);

    expect(await idsBetween("2024-03-02", "2024-03-02")).toEqual([ids.lastOfMarch2, ids.firstOfMarch2]);
    expect(await idsBetween("2024-03-01", "2024-03-01")).toEqual([ids.lastOfMarch1]);
    expect(await idsBetween("2024-03-01", "2024-03-03")).toEqual([ids.firstOfMarch3, ids.lastOfMarch2, ids.firstOfMarch2, ids.lastOfMarch1]);
    expect(await idsBetween(undefined, "2024-03-02")).toEqual([ids.lastOfMarch2, ids.firstOfMarch2, ids.lastOfMarch1]);
    expect((await idsBetween("2024-03-03")).slice(-1)).toEqual([ids.firstOfMarch3]);
    expect(await idsBetween("2024-03-03")).not.toContain(ids.lastOfMarch2);
  });

  it("pages through every event exactly once, newest first, even when many share one instant", async () => {
    const { world } = await createActiveDistrict();
    // Several events in one millisecond straddle page boundaries: only the id can order them.
    const some = await db.auditEvent.findMany({ where: { districtId: world.district.id, kind: "SECTION_SAVED" }, select: { id: true }, take: 9 });
    await db.auditEvent.updateMany({ where: { id: { in: some.map((e) => e.id) } }, data: { createdAt: new Date("2024-05-01T08:00:00.000Z") } });

    const all = await districtEventIds(world);
    expect(all.length).toBeGreaterThan(20);
    for (const limit of [1, 4, 7, all.length, all.length + 5]) {
      const pages = await readAllPages(world.reviewer, {}, limit);
      const seen = pages.flat();
      expect(seen.length, `page size ${limit}`).toBe(all.length);
      expect([...seen].sort()).toEqual(all);
      expect(pages.every((p) => p.length <= limit)).toBe(true);
      expect(pages.at(-1)!.length).toBeGreaterThan(0);
    }

    const rows = await db.auditEvent.findMany({ where: { id: { in: all } }, select: { id: true, createdAt: true } });
    const createdAt = new Map(rows.map((r) => [r.id, r.createdAt.getTime()]));
    const ordered = (await readAllPages(world.reviewer, {}, 4)).flat();
    for (let i = 1; i < ordered.length; i++) {
      const [a, b] = [ordered[i - 1], ordered[i]];
      expect(createdAt.get(a)! > createdAt.get(b)! || (createdAt.get(a) === createdAt.get(b) && a > b)).toBe(true);
    }

    // Pages of a filtered log cover that filter's events, and only them.
    const saves = (await readAllPages(world.reviewer, { kind: "SECTION_SAVED" }, 3)).flat();
    expect(saves).toHaveLength(2 * requiredSaves);
    expect(new Set(saves).size).toBe(saves.length);
  });

  it("shows a reviewer of another district nothing of this one", async () => {
    const { world } = await createActiveDistrict();
    const stranger = await createWorld();
    await createReport(stranger, { submit: true });

    const theirs = (await readAllPages(stranger.reviewer, {}, 50)).flat();
    const ours = new Set(await districtEventIds(world));
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.some((id) => ours.has(id))).toBe(false);

    for (const filters of [{ userId: world.clerk.id }, { unitId: world.unit.id }] satisfies AuditFilters[]) {
      expect((await listAuditEvents({ actor: stranger.reviewer, filters })).entries).toEqual([]);
    }
    // The page drops another district's ids with a note rather than filtering by them.
    const resolved = await resolveAuditQuery({ actor: stranger.reviewer, params: { user: world.clerk.id, unit: world.unit.id, kind: "AUTH_LOGOUT" } });
    expect(resolved.filters).toEqual({ kind: "AUTH_LOGOUT" });
    expect(resolved.notes).toEqual(["所选用户不存在，已忽略该条件。", "所选单位不存在，已忽略该条件。"]);
    expect(resolved.options.users.map((u) => u.id)).not.toContain(world.clerk.id);
  });

  it("links only the reports the reader may open", async () => {
    const world = await createWorld();
    const { id: draftId } = await openReport({ actor: world.otherClerk, year: world.year });
    const submitted = await createReport(world, { submit: true });
    const { entries } = await listAuditEvents({ actor: world.reviewer, filters: { kind: "REPORT_CREATED" } });
    expect(entries.map((e) => [e.report!.id, e.report!.isVisible]).sort()).toEqual([[draftId, false], [submitted.id, true]].sort());
  });
});

describe("audit log export", () => {
  it("writes the filtered events as CSV and audits the export", async () => {
    const { world } = await createActiveDistrict();
    const result = await exportAuditLog({ actor: world.reviewer, filters: { unitId: world.unit.id, kind: "SECTION_SAVED" } });
    expect(result).toMatchObject({ rows: requiredSaves, isTruncated: false });

    const lines = result.csv.toString("utf8").replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toBe("时间,用户,账号,单位,操作,报告,说明,IP,浏览器");
    expect(lines).toHaveLength(1 + requiredSaves);
    expect(lines.slice(1).every((line) => line.includes(`${world.clerk.name},${world.clerk.login},${world.unit.shortName},保存章节,2024年度 ${world.unit.shortName},`))).toBe(true);
    expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},/);

    const exported = await db.auditEvent.findMany({ where: { districtId: world.district.id, kind: "DATA_EXPORTED" }, select: { actorId: true, data: true } });
    expect(exported).toEqual([
      { actorId: world.reviewer.id, data: { what: "audit", filters: { unitId: world.unit.id, kind: "SECTION_SAVED" }, rows: requiredSaves, isTruncated: false } },
    ]);
  });

  it("stops at the limit and says the file was cut", async () => {
    const { world } = await createActiveDistrict();
    const result = await exportAuditLog({ actor: world.admin, filters: {}, limit: 5 });
    expect(result).toMatchObject({ rows: 5, isTruncated: true });
    const newest = await listAuditEvents({ actor: world.admin, filters: {}, limit: 6 });
    // The export's own event is newer than everything it exported.
    expect(newest.entries[0].kind).toBe("DATA_EXPORTED");
    expect(newest.entries[0].description).toBe("导出审计日志；共 5 条");
  });

  it("refuses a clerk and records nothing", async () => {
    const { world } = await createActiveDistrict();
    await expectAppError(exportAuditLog({ actor: world.clerk, filters: {} }), "FORBIDDEN");
    expect(await db.auditEvent.count({ where: { districtId: world.district.id, kind: "DATA_EXPORTED" } })).toBe(0);
  });
});
