import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openReport } from "@/lib/reports/open-report";
import { saveSection } from "@/lib/reports/save-section";
import { addExtraSection } from "@/lib/reports/add-extra-section";
import { removeExtraSection } from "@/lib/reports/remove-extra-section";
import { getReport } from "@/lib/reports/get-report";
import { submitReport } from "@/lib/reports/submit-report";
import { createWorld, fillRequiredSections, type World } from "../factories";
import { auditTrail, expectAppError } from "./helpers";

async function outline(reportId: string) {
  return db.reportSection.findMany({ where: { reportId }, orderBy: { sortOrder: "asc" }, select: { key: true, level: true, parentKey: true } });
}

describe("extra sub-sections", () => {
  let world: World;
  let reportId: string;

  beforeEach(async () => {
    world = await createWorld();
    reportId = (await openReport({ actor: world.clerk, year: world.year })).id;
  });

  it("adds a sub-section after the heading's last sub-section, numbered in order", async () => {
    const trail = auditTrail(reportId);
    await trail.newEvents();
    const { key } = await addExtraSection({ actor: world.clerk, input: { reportId, parentKey: "measures", title: "推进基层法治示范创建" } });

    const keys = (await outline(reportId)).map((s) => s.key);
    expect(keys.indexOf(key)).toBe(keys.indexOf("publicity") + 1);
    expect(keys.indexOf(key)).toBe(keys.indexOf("leadership") - 1);
    const view = await getReport({ actor: world.clerk, reportId });
    const added = view!.sections.find((s) => s.key === key)!;
    expect(added).toMatchObject({ level: 2, parentKey: "measures", number: "（九）", title: "推进基层法治示范创建", isExtra: true, isRequired: false });
    const event = await trail.expectOne("SECTION_ADDED", world.clerk.id);
    expect(event.sectionKey).toBe(key);
  });

  it("saves text into an added sub-section like any other", async () => {
    const { key } = await addExtraSection({ actor: world.clerk, input: { reportId, parentKey: "measures", title: "其他工作" } });
    const result = await saveSection({ actor: world.clerk, input: { reportId, key, version: 1, title: "其他工作", body: "新建村级法律顾问室12个。", metrics: {} } });
    expect(result).toMatchObject({ status: "saved", version: 2 });
  });

  it("refuses a heading that has its own body and a template section as parent", async () => {
    await expectAppError(addExtraSection({ actor: world.clerk, input: { reportId, parentKey: "shortcomings", title: "甲" } }), "INVALID_INPUT");
    await expectAppError(addExtraSection({ actor: world.clerk, input: { reportId, parentKey: "law-study", title: "甲" } }), "INVALID_INPUT");
    await expectAppError(addExtraSection({ actor: world.clerk, input: { reportId, parentKey: "no-such", title: "甲" } }), "NOT_FOUND");
    expect(await outline(reportId)).toHaveLength(13);
  });

  it("removes only the unit's own sub-sections and keeps the removed text in the audit log", async () => {
    const { key } = await addExtraSection({ actor: world.clerk, input: { reportId, parentKey: "measures", title: "其他工作" } });
    await saveSection({ actor: world.clerk, input: { reportId, key, version: 1, title: "其他工作", body: "新建村级法律顾问室12个。", metrics: {} } });
    const trail = auditTrail(reportId);
    await trail.newEvents();

    await expectAppError(removeExtraSection({ actor: world.clerk, reportId, key: "law-study" }), "INVALID_INPUT");
    await removeExtraSection({ actor: world.clerk, reportId, key });
    expect((await outline(reportId)).map((s) => s.key)).not.toContain(key);
    const event = await trail.expectOne("SECTION_REMOVED", world.clerk.id);
    expect(event.data).toMatchObject({ title: "其他工作", body: "新建村级法律顾问室12个。" });
  });

  it("refuses another unit's clerk and a report that is not editable", async () => {
    await expectAppError(addExtraSection({ actor: world.otherClerk, input: { reportId, parentKey: "measures", title: "甲" } }), "NOT_FOUND");
    await fillRequiredSections(world.clerk, reportId);
    await submitReport({ actor: world.clerk, reportId });
    await expectAppError(addExtraSection({ actor: world.clerk, input: { reportId, parentKey: "measures", title: "甲" } }), "INVALID_TRANSITION");
  });
});
