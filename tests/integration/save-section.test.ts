import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openReport } from "@/lib/reports/open-report";
import { saveSection } from "@/lib/reports/save-section";
import { createWorld, sampleBody, type World } from "../factories";
import { auditTrail, expectAppError, sectionRow } from "./helpers";

describe("saveSection", () => {
  let world: World;
  let reportId: string;

  beforeEach(async () => {
    world = await createWorld();
    reportId = (await openReport({ actor: world.clerk, year: world.year })).id;
  });

  it("saves the text and metrics, increments the version, and keeps a SectionVersion", async () => {
    const trail = auditTrail(reportId);
    await trail.expectOne("REPORT_CREATED", world.clerk.id);
    const before = await sectionRow(reportId, "law-study");
    expect(before.version).toBe(1);

    const body = sampleBody("学法");
    const result = await saveSection({
      actor: world.clerk,
      input: { reportId, key: "law-study", version: 1, title: "学习贯彻习近平法治思想情况", body, metrics: { "study-sessions": 6, lectures: 0 } },
    });

    expect(result).toMatchObject({ status: "saved", version: 2 });
    const after = await sectionRow(reportId, "law-study");
    expect(after).toMatchObject({ version: 2, body, metrics: { "study-sessions": 6, lectures: 0 }, updatedById: world.clerk.id });

    const history = await db.sectionVersion.findMany({ where: { sectionId: after.id } });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ version: 2, body, authorId: world.clerk.id, metrics: { "study-sessions": 6, lectures: 0 } });

    const event = await trail.expectOne("SECTION_SAVED", world.clerk.id);
    expect(event).toMatchObject({ sectionKey: "law-study", districtId: world.district.id });
    expect(event.data).toMatchObject({ version: 2 });
  });

  it("gives a second save from the same version a conflict with the stored text, and writes nothing", async () => {
    const first = await saveSection({
      actor: world.clerk,
      input: { reportId, key: "reform", version: 1, title: "深化改革", body: "第一位填报人的文字", metrics: {} },
    });
    expect(first).toMatchObject({ status: "saved", version: 2 });
    const trail = auditTrail(reportId);
    await trail.newEvents();

    const second = await saveSection({
      actor: world.clerk,
      input: { reportId, key: "reform", version: 1, title: "另一标题", body: "第二位填报人的文字", metrics: {} },
    });

    expect(second.status).toBe("conflict");
    if (second.status !== "conflict") return;
    expect(second.current).toMatchObject({ title: "深化改革", body: "第一位填报人的文字", version: 2, updatedByName: world.clerk.name });
    expect(await sectionRow(reportId, "reform")).toMatchObject({ body: "第一位填报人的文字", version: 2 });
    const section = await sectionRow(reportId, "reform");
    expect(await db.sectionVersion.count({ where: { sectionId: section.id } })).toBe(1);
    await trail.expectNone();
  });

  it("lets exactly one of two simultaneous saves from the same version win", async () => {
    const save = (body: string) =>
      saveSection({ actor: world.clerk, input: { reportId, key: "rules", version: 1, title: "依法行政制度体系建设情况", body, metrics: {} } });

    const results = await Promise.all([save("甲的文字"), save("乙的文字")]);

    const saved = results.filter((r) => r.status === "saved");
    const conflicts = results.filter((r) => r.status === "conflict");
    expect(saved).toHaveLength(1);
    expect(conflicts).toHaveLength(1);
    const stored = await sectionRow(reportId, "rules");
    expect(stored.version).toBe(2);
    expect(["甲的文字", "乙的文字"]).toContain(stored.body);
    if (conflicts[0].status === "conflict") expect(conflicts[0].current.body).toBe(stored.body);
    expect(await db.sectionVersion.count({ where: { sectionId: stored.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { reportId, kind: "SECTION_SAVED", sectionKey: "rules" } })).toBe(1);
  });

  it("refuses a metric key the section does not have", async () => {
    await expectAppError(
      saveSection({
        actor: world.clerk,
        input: { reportId, key: "law-study", version: 1, title: "学法", body: "文字", metrics: { "study-sessions": 1, "penalty-cases": 3 } },
      }),
      "INVALID_INPUT",
    );
    // A section without metric fields takes none, not even another section's.
    await expectAppError(
      saveSection({ actor: world.clerk, input: { reportId, key: "reform", version: 1, title: "改革", body: "文字", metrics: { "study-sessions": 1 } } }),
      "INVALID_INPUT",
    );
    expect(await sectionRow(reportId, "law-study")).toMatchObject({ version: 1, body: "" });
    expect(await db.auditEvent.count({ where: { reportId, kind: "SECTION_SAVED" } })).toBe(0);
  });

  it("answers a section key the report does not have as NOT_FOUND", async () => {
    await expectAppError(
      saveSection({ actor: world.clerk, input: { reportId, key: "no-such-section", version: 1, title: "无", body: "", metrics: {} } }),
      "NOT_FOUND",
    );
  });

  it("refuses another unit's clerk, a reviewer and an admin without revealing the draft", async () => {
    const input = { reportId, key: "reform", version: 1, title: "改革", body: "越权写入", metrics: {} };
    await expectAppError(saveSection({ actor: world.otherClerk, input }), "NOT_FOUND");
    await expectAppError(saveSection({ actor: world.reviewer, input }), "NOT_FOUND");
    await expectAppError(saveSection({ actor: world.admin, input }), "NOT_FOUND");
    expect(await sectionRow(reportId, "reform")).toMatchObject({ version: 1, body: "" });
  });
});
