import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getTemplate } from "@/lib/templates/get-template";
import { saveTemplate } from "@/lib/templates/save-template";
import { outlineHash } from "@/lib/templates/outline-hash";
import { getReport } from "@/lib/reports/get-report";
import { openReport } from "@/lib/reports/open-report";
import { saveSection } from "@/lib/reports/save-section";
import { submitReport } from "@/lib/reports/submit-report";
import { approveReport } from "@/lib/reports/approve-report";
import { publishReport } from "@/lib/reports/publish-report";
import { removeExtraSection } from "@/lib/reports/remove-extra-section";
import { getPublishedReport } from "@/lib/public/get-published-report";
import { parseSnapshot } from "@/lib/reports/snapshot";
import type { TemplateSectionDef } from "@/lib/reports/template";
import { createReport, createWorld, sampleBody, type World } from "../factories";
import { expectAppError, sectionRow } from "./helpers";

async function bodies(reportId: string) {
  const rows = await db.reportSection.findMany({ where: { reportId }, select: { key: true, title: true, body: true } });
  return new Map(rows.map((r) => [r.key, r]));
}

async function write(world: World, reportId: string, key: string, body: string) {
  const s = await sectionRow(reportId, key);
  const result = await saveSection({ actor: world.clerk, input: { reportId, key, version: s.version, title: s.title, body, metrics: {} } });
  expect(result.status).toBe("saved");
}

/** The world's town template with `reform` (has text) and `other` (empty) dropped, a new required part, `rules` now required. */
async function changeTemplate(world: World) {
  const view = (await getTemplate({ actor: world.admin, year: world.year, unitKind: "TOWN" }))!;
  const sections: TemplateSectionDef[] = view.sections
    .filter((s) => s.key !== "reform" && s.key !== "other")
    .map((s) => (s.key === "rules" ? { ...s, isRequired: true } : s.key === "plans" ? { ...s, title: "模板里改过的标题" } : s));
  sections.push({ key: "risk", level: 1, parentKey: null, title: "风险防控情况", guidance: "写明风险防控。", isRequired: true, minLength: null, maxLength: 3000, metrics: [] });
  return saveTemplate({ actor: world.admin, year: world.year, unitKind: "TOWN", sections, baseHash: view.baseHash });
}

describe("admin templates", () => {
  it("a template change keeps every word of reports in progress, adds new parts empty and keeps the unit's titles", async () => {
    const world = await createWorld({ year: 2023 });
    const { id } = await createReport(world);
    await write(world, id, "reform", "放管服改革的一段正文，模板删掉后也不能丢。");
    const plans = await sectionRow(id, "plans");
    await saveSection({ actor: world.clerk, input: { reportId: id, key: "plans", version: plans.version, title: "本镇自拟的安排标题", body: plans.body, metrics: {} } });
    const before = await bodies(id);

    const summary = await changeTemplate(world);
    expect(summary).toEqual({ reportsUpdated: 1, sectionsAdded: 1, emptySectionsRemoved: 1, sectionsKeptAsDropped: 1 });

    const after = await bodies(id);
    for (const [key, row] of before) {
      if (key === "other") continue; // empty and dropped: removed
      expect(after.get(key)?.body, key).toBe(row.body);
      expect(after.get(key)?.title, key).toBe(row.title);
    }
    expect(after.has("other")).toBe(false);
    expect(after.get("plans")?.title).toBe("本镇自拟的安排标题");
    expect(after.get("risk")).toMatchObject({ title: "风险防控情况", body: "" });

    const view = (await getReport({ actor: world.clerk, reportId: id }))!;
    const reform = view.sections.find((s) => s.key === "reform")!;
    expect(reform).toMatchObject({ isDropped: true, isRequired: false });
    expect(view.sections.at(-1)?.key).toBe("reform");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { kind: "TEMPLATE_UPDATED", actorId: world.admin.id } });
    const data = audit.data as { before: { key: string }[]; after: { key: string }[] };
    expect(data.before.map((s) => s.key)).toContain("reform");
    expect(data.after.map((s) => s.key)).not.toContain("reform");
  });

  it("required-ness applies to the next submission; a dropped part does not block it and goes to the reviewer only with its text", async () => {
    const world = await createWorld({ year: 2023 });
    const { id } = await createReport(world);
    await write(world, id, "reform", "保留下来的改革正文。");
    await changeTemplate(world);
    const error = await expectAppError(submitReport({ actor: world.clerk, reportId: id }), "INCOMPLETE");
    expect((error.details as { sectionKey: string }[]).map((b) => b.sectionKey).sort()).toEqual(["risk", "rules"]);
    await write(world, id, "rules", sampleBody("制度建设"));
    await write(world, id, "risk", sampleBody("风险防控"));
    await submitReport({ actor: world.clerk, reportId: id });
    const revision = await db.revision.findFirstOrThrow({ where: { reportId: id }, orderBy: { number: "desc" } });
    const keys = parseSnapshot(revision.snapshot).sections.map((s) => s.key);
    expect(keys).toContain("reform");
    expect(keys).not.toContain("other");
  });

  it("a clerk deletes a dropped part by hand; its text stays in the audit event", async () => {
    const world = await createWorld({ year: 2023 });
    const { id } = await createReport(world);
    await write(world, id, "reform", "要删掉的改革正文。");
    await changeTemplate(world);
    await expectAppError(removeExtraSection({ actor: world.clerk, reportId: id, key: "plans" }), "INVALID_INPUT");
    await removeExtraSection({ actor: world.clerk, reportId: id, key: "reform" });
    const removed = await db.auditEvent.findFirstOrThrow({ where: { reportId: id, kind: "SECTION_REMOVED", sectionKey: "reform" } });
    expect(removed.data).toMatchObject({ body: "要删掉的改革正文。" });
  });

  it("the public text of a published report never changes", async () => {
    const world = await createWorld({ year: 2023 });
    const { id, version } = await createReport(world, { submit: true });
    await approveReport({ actor: world.reviewer, reportId: id, version });
    await publishReport({ actor: world.reviewer, reportId: id, version: version + 1, publishedAt: "2024-03-01" });
    const unit = await db.unit.findUniqueOrThrow({ where: { id: world.unit.id } });
    const before = await getPublishedReport({ year: 2023, unitSlug: unit.slug });
    const sectionsBefore = await bodies(id);
    await openReport({ actor: world.otherClerk, year: 2023 });
    const summary = await changeTemplate(world);
    expect(summary.reportsUpdated).toBe(1); // the other unit's draft, not the published report
    expect(await getPublishedReport({ year: 2023, unitSlug: unit.slug })).toEqual(before);
    expect(await bodies(id)).toEqual(sectionsBefore);
  });

  it("refuses a save over a newer outline and a save by a non-admin", async () => {
    const world = await createWorld({ year: 2023 });
    const view = (await getTemplate({ actor: world.admin, year: 2023, unitKind: "TOWN" }))!;
    await saveTemplate({ actor: world.admin, year: 2023, unitKind: "TOWN", sections: view.sections.slice(0, -1), baseHash: view.baseHash });
    await expectAppError(saveTemplate({ actor: world.admin, year: 2023, unitKind: "TOWN", sections: view.sections, baseHash: view.baseHash }), "STALE_VIEW");
    await expectAppError(saveTemplate({ actor: world.reviewer, year: 2023, unitKind: "TOWN", sections: view.sections, baseHash: outlineHash(view.sections) }), "FORBIDDEN");
  });
});

describe("admin templates and headings", () => {
  it("refuses to put sub-sections under a heading in which a report already has text", async () => {
    const world = await createWorld({ year: 2023 });
    const { id } = await createReport(world);
    const view = (await getTemplate({ actor: world.admin, year: 2023, unitKind: "TOWN" }))!;
    const plansIndex = view.sections.findIndex((s) => s.key === "plans");
    const sections = [...view.sections];
    sections.splice(plansIndex + 1, 0, { key: "plans-sub", level: 2, parentKey: "plans", title: "小节", guidance: "", isRequired: false, minLength: null, maxLength: null, metrics: [] });
    const error = await expectAppError(saveTemplate({ actor: world.admin, year: 2023, unitKind: "TOWN", sections, baseHash: view.baseHash }), "INVALID_INPUT");
    expect(error.message).toMatch(/已在“下一年度推进法治政府建设的主要安排”下直接写有正文/);
    expect((await sectionRow(id, "plans")).body).not.toBe("");
    expect((await getTemplate({ actor: world.admin, year: 2023, unitKind: "TOWN" }))!.baseHash).toBe(view.baseHash);
  });

  it("a dropped section keeps its figures when the clerk saves its text", async () => {
    const world = await createWorld({ year: 2023 });
    const { id } = await createReport(world);
    const before = await sectionRow(id, "law-study");
    expect(Object.keys(before.metrics as object).length).toBeGreaterThan(0);
    const view = (await getTemplate({ actor: world.admin, year: 2023, unitKind: "TOWN" }))!;
    await saveTemplate({ actor: world.admin, year: 2023, unitKind: "TOWN", sections: view.sections.filter((s) => s.key !== "law-study"), baseHash: view.baseHash });
    await write(world, id, "law-study", "改写后的学法正文。");
    const after = await sectionRow(id, "law-study");
    expect(after.body).toBe("改写后的学法正文。");
    expect(after.metrics).toEqual(before.metrics);
  });
});
