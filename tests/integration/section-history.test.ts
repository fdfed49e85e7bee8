import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openReport } from "@/lib/reports/open-report";
import { saveSection } from "@/lib/reports/save-section";
import { listSectionHistory } from "@/lib/reports/list-section-history";
import { restoreSectionVersion } from "@/lib/reports/restore-section-version";
import { createReport, createUser, createWorld, type World } from "../factories";
import { auditTrail, expectAppError, sectionRow } from "./helpers";

const key = "law-study";
const title = "学习贯彻习近平法治思想情况";

describe("section history", () => {
  let world: World;
  let reportId: string;
  let colleague: Awaited<ReturnType<typeof createUser>>;

  async function save(actor: World["clerk"], version: number, body: string, metrics: Record<string, number> = {}) {
    const result = await saveSection({ actor, input: { reportId, key, version, title, body, metrics } });
    expect(result.status).toBe("saved");
  }

  beforeEach(async () => {
    world = await createWorld();
    colleague = await createUser({ districtId: world.district.id, role: "CLERK", unitId: world.unit.id, name: "同事乙" });
    reportId = (await openReport({ actor: world.clerk, year: world.year })).id;
  });

  it("treats a section without version rows as having its stored text as the only version", async () => {
    const history = await listSectionHistory({ actor: world.clerk, reportId, key });
    expect(history?.section).toMatchObject({ key, title, version: 1, number: expect.stringMatching(/、$|）$/) });
    expect(history?.versions.map((v) => [v.version, v.authorName])).toEqual([[1, null]]);
    expect(history?.canRestore).toBe(true);
  });

  it("lists every saved version newest first, with who saved it and when", async () => {
    await save(world.clerk, 1, "换发执法证5人。", { "study-sessions": 5 });
    await save(colleague, 2, "换发执法证6人。", { "study-sessions": 6 });
    await save(world.clerk, 3, "换发执法证6人。\n新增一段。", { "study-sessions": 6 });

    const history = await listSectionHistory({ actor: world.clerk, reportId, key });
    expect(history).not.toBeNull();
    expect(history!.section.version).toBe(4);
    expect(history!.versions.map((v) => ({ version: v.version, authorName: v.authorName, body: v.body }))).toEqual([
      { version: 4, authorName: world.clerk.name, body: "换发执法证6人。\n新增一段。" },
      { version: 3, authorName: "同事乙", body: "换发执法证6人。" },
      { version: 2, authorName: world.clerk.name, body: "换发执法证5人。" },
    ]);
    expect(history!.versions[2]).toMatchObject({ metrics: { "study-sessions": 5 }, characters: 8 });
    expect(history!.versions.every((v) => v.createdAt instanceof Date)).toBe(true);
    expect(history!.section.metricFields.map((f) => f.key)).toContain("study-sessions");
  });

  it("restores an older version as a new version, through the same save path", async () => {
    await save(world.clerk, 1, "第一次保存的文字。", { "study-sessions": 1 });
    await save(world.clerk, 2, "第二次保存的文字。", { "study-sessions": 2 });
    await save(world.clerk, 3, "第三次保存的文字。", { "study-sessions": 3 });
    const trail = auditTrail(reportId);
    await trail.newEvents();

    const result = await restoreSectionVersion({ actor: colleague, reportId, key, fromVersion: 2, currentVersion: 4 });

    expect(result).toMatchObject({ status: "saved", version: 5 });
    expect(await sectionRow(reportId, key)).toMatchObject({
      version: 5,
      title,
      body: "第一次保存的文字。",
      metrics: { "study-sessions": 1 },
      updatedById: colleague.id,
    });
    const history = await listSectionHistory({ actor: world.clerk, reportId, key });
    expect(history!.versions.map((v) => [v.version, v.body, v.authorName])).toEqual([
      [5, "第一次保存的文字。", "同事乙"],
      [4, "第三次保存的文字。", world.clerk.name],
      [3, "第二次保存的文字。", world.clerk.name],
      [2, "第一次保存的文字。", world.clerk.name],
    ]);
    const event = await trail.expectOne("SECTION_SAVED", colleague.id);
    expect(event).toMatchObject({ sectionKey: key });
    expect(event.data).toMatchObject({ version: 5 });
  });

  it("refuses a restore started from a stale version and changes nothing", async () => {
    await save(world.clerk, 1, "甲的第一稿。");
    await save(world.clerk, 2, "甲的第二稿。");
    // The colleague saves while the clerk is looking at the history page showing version 3.
    await save(colleague, 3, "乙刚保存的文字。");
    const trail = auditTrail(reportId);
    await trail.newEvents();

    const result = await restoreSectionVersion({ actor: world.clerk, reportId, key, fromVersion: 2, currentVersion: 3 });

    expect(result.status).toBe("conflict");
    if (result.status === "conflict") expect(result.current).toMatchObject({ version: 4, body: "乙刚保存的文字。", updatedByName: "同事乙" });
    const section = await sectionRow(reportId, key);
    expect(section).toMatchObject({ version: 4, body: "乙刚保存的文字。" });
    expect(await db.sectionVersion.count({ where: { sectionId: section.id } })).toBe(3);
    await trail.expectNone();
  });

  it("refuses versions that are not older than the current one or do not exist", async () => {
    await save(world.clerk, 1, "唯一一次保存。");
    await expectAppError(restoreSectionVersion({ actor: world.clerk, reportId, key, fromVersion: 2, currentVersion: 2 }), "INVALID_INPUT");
    // Version 1 is the empty section the report was opened with; it was never saved, so it has no text to restore.
    await expectAppError(restoreSectionVersion({ actor: world.clerk, reportId, key, fromVersion: 1, currentVersion: 2 }), "NOT_FOUND");
    await expectAppError(restoreSectionVersion({ actor: world.clerk, reportId, key: "no-such-section", fromVersion: 1, currentVersion: 2 }), "NOT_FOUND");
    expect(await sectionRow(reportId, key)).toMatchObject({ version: 2, body: "唯一一次保存。" });
  });

  it("answers another unit's clerk and the district (before submission) as not found", async () => {
    await save(world.clerk, 1, "本单位草稿。");
    await save(world.clerk, 2, "本单位草稿第二稿。");
    expect(await listSectionHistory({ actor: world.otherClerk, reportId, key })).toBeNull();
    expect(await listSectionHistory({ actor: world.reviewer, reportId, key })).toBeNull();
    expect(await listSectionHistory({ actor: world.clerk, reportId, key: "no-such-section" })).toBeNull();
    expect(await listSectionHistory({ actor: world.clerk, reportId: "no-such-report", key })).toBeNull();

    await expectAppError(restoreSectionVersion({ actor: world.otherClerk, reportId, key, fromVersion: 2, currentVersion: 3 }), "NOT_FOUND");
    await expectAppError(restoreSectionVersion({ actor: world.reviewer, reportId, key, fromVersion: 2, currentVersion: 3 }), "NOT_FOUND");
    expect(await sectionRow(reportId, key)).toMatchObject({ version: 3, body: "本单位草稿第二稿。" });
  });
});

describe("section history of a submitted report", () => {
  it("can be read by the clerk and the reviewer but not restored", async () => {
    const world = await createWorld();
    const { id: reportId } = await createReport(world, { submit: true });
    const before = await sectionRow(reportId, key);
    expect(before.version).toBe(2);

    const forClerk = await listSectionHistory({ actor: world.clerk, reportId, key });
    const forReviewer = await listSectionHistory({ actor: world.reviewer, reportId, key });
    expect(forClerk).toMatchObject({ canRestore: false, report: { status: "SUBMITTED" } });
    expect(forReviewer).toMatchObject({ canRestore: false });
    expect(forReviewer!.versions.map((v) => v.version)).toEqual([2]);

    await expectAppError(restoreSectionVersion({ actor: world.clerk, reportId, key, fromVersion: 1, currentVersion: 2 }), "INVALID_TRANSITION");
    await expectAppError(restoreSectionVersion({ actor: world.reviewer, reportId, key, fromVersion: 1, currentVersion: 2 }), "FORBIDDEN");
    expect(await sectionRow(reportId, key)).toMatchObject({ version: 2, body: before.body });
  });
});
