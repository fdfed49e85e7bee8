import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { openReport } from "@/lib/reports/open-report";
import { saveSection } from "@/lib/reports/save-section";
import { restoreSectionVersion } from "@/lib/reports/restore-section-version";
import { analyseImport } from "@/lib/import/analyse-import";
import { applyImport } from "@/lib/import/apply-import";
import { publishImportedReport } from "@/lib/import/publish-imported-report";
import { prepareImport, noDecisions, type ImportDecisions } from "@/lib/import/prepare-import";
import type { ImportSource } from "@/lib/import/import-source";
import type { ConfirmInput } from "@/lib/import/schemas";
import { createUnit, createWorld, createYear, type World } from "../factories";
import { auditTrail, expectAppError, sectionRow } from "./helpers";

const fixture = readFileSync(path.join(import.meta.dirname, "../fixtures/import/zhenxi-2022.txt"), "utf8");
const source: ImportSource = { kind: "text", text: fixture };
const bodyParagraphs = fixture
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l.length > 40);

/** Preview as the browser does, then the confirm input it would send. */
async function preview(actor: Actor, reportId: string, decisions: ImportDecisions = noDecisions, from: ImportSource = source) {
  const analysis = await analyseImport({ actor, target: { kind: "report", reportId }, source: from });
  const prepared = prepareImport(analysis.lines, analysis.outline, decisions);
  const versions = Object.fromEntries(analysis.outline.map((s) => [s.key, s.version!]));
  const input: ConfirmInput = { checksum: analysis.checksum, decisions, versions, metrics: {} };
  return { analysis, plan: prepared.plan, input };
}

describe("importing into a draft", () => {
  let world: World;
  let reportId: string;

  beforeEach(async () => {
    world = await createWorld();
    reportId = (await openReport({ actor: world.clerk, year: world.year })).id;
  });

  it("splits the 珍溪镇 report into the statutory outline and writes each section once, with one audit event", async () => {
    const { plan, input } = await preview(world.clerk, reportId);
    expect(plan.blockers).toEqual([]);
    expect(plan.counts.imported).toBe(plan.counts.source - plan.counts.furniture);
    expect(Object.fromEntries(plan.entries.map((e) => [e.key, e.title]))).toMatchObject({
      measures: "基本情况",
      "law-study": "学习贯彻习近平法治思想情况",
      disputes: "矛盾纠纷化解情况",
      shortcomings: "存在的不足和原因",
      plans: "下一年度推进法治政府建设的主要安排",
    });
    const trail = auditTrail(reportId);
    await trail.newEvents();

    const result = await applyImport({ actor: world.clerk, reportId, source, input });
    expect(result.sections).toBe(plan.entries.length);

    const sections = await db.reportSection.findMany({ where: { reportId }, select: { key: true, title: true, body: true, version: true } });
    const all = sections.map((s) => s.body).join("\n");
    for (const paragraph of bodyParagraphs) expect(all.split(paragraph).length - 1, paragraph.slice(0, 20)).toBe(1);
    expect(all).not.toContain("分享文章到");
    expect(all).not.toContain("日期:2023-01-09");
    const disputes = sections.find((s) => s.key === "disputes")!;
    expect(disputes.body.startsWith("镇党委政府高度重视矛盾纠纷排查化解工作")).toBe(true);
    expect(disputes.version).toBe(2);

    const versions = await db.sectionVersion.count({ where: { section: { reportId } } });
    expect(versions).toBe(plan.entries.length);
    const event = await trail.expectOne("REPORT_IMPORTED", world.clerk.id);
    expect(event.data).toMatchObject({ sourceName: "粘贴的文字", checksum: input.checksum, characters: plan.counts.imported });
  });

  it("is restored from the history: the version before the import comes back", async () => {
    await saveSection({ actor: world.clerk, input: { reportId, key: "reform", version: 1, title: "优化营商环境", body: "导入前写好的文字。", metrics: {} } });
    const { input } = await preview(world.clerk, reportId, { ...noDecisions, modes: { reform: "replace" } });
    await applyImport({ actor: world.clerk, reportId, source, input });
    const imported = await sectionRow(reportId, "reform");
    expect(imported.body).toContain("2022年,我镇持续深化");
    expect(imported.version).toBe(3);

    await restoreSectionVersion({ actor: world.clerk, reportId, key: "reform", fromVersion: 2, currentVersion: 3 });
    expect(await sectionRow(reportId, "reform")).toMatchObject({ body: "导入前写好的文字。", title: "优化营商环境" });
  });

  it("asks replace or append for a section with text, and appends when told", async () => {
    await saveSection({ actor: world.clerk, input: { reportId, key: "shortcomings", version: 1, title: "存在的不足和原因", body: "已有的不足。", metrics: {} } });
    const unasked = await preview(world.clerk, reportId);
    expect(unasked.plan.blockers.join("")).toContain("请选择替换还是追加");
    const refused = await expectAppError(applyImport({ actor: world.clerk, reportId, source, input: unasked.input }), "INVALID_INPUT");
    expect(refused.message).toContain("存在的不足和原因");
    expect((await sectionRow(reportId, "shortcomings")).body).toBe("已有的不足。");

    const { input } = await preview(world.clerk, reportId, { ...noDecisions, modes: { shortcomings: "append" } });
    await applyImport({ actor: world.clerk, reportId, source, input });
    const section = await sectionRow(reportId, "shortcomings");
    expect(section.body.startsWith("已有的不足。\n(一)重点领域矛盾纠纷情况依然严峻")).toBe(true);
  });

  it("never overwrites a section saved after the preview: nothing is written at all", async () => {
    const { input } = await preview(world.clerk, reportId);
    await saveSection({ actor: world.clerk, input: { reportId, key: "enforcement", version: 1, title: "行政执法工作情况", body: "预览之后另一个窗口保存的文字。", metrics: {} } });
    const trail = auditTrail(reportId);
    await trail.newEvents();

    const error = await expectAppError(applyImport({ actor: world.clerk, reportId, source, input }), "CONFLICT");
    expect(error.message).toContain("行政执法工作情况");
    expect((await sectionRow(reportId, "enforcement")).body).toBe("预览之后另一个窗口保存的文字。");
    expect((await sectionRow(reportId, "law-study")).body).toBe("");
    await trail.expectNone();
  });

  it("refuses a confirm whose source differs from the preview's", async () => {
    const { input } = await preview(world.clerk, reportId);
    await expectAppError(applyImport({ actor: world.clerk, reportId, source: { kind: "text", text: `${fixture}\n多出的一行。` }, input }), "STALE_VIEW");
    expect((await sectionRow(reportId, "law-study")).body).toBe("");
  });

  it("lets the own unit's clerk and the admin import, and no one else", async () => {
    await expectAppError(analyseImport({ actor: world.otherClerk, target: { kind: "report", reportId }, source }), "NOT_FOUND");
    await expectAppError(analyseImport({ actor: world.reviewer, target: { kind: "report", reportId }, source }), "FORBIDDEN");
    const { input } = await preview(world.admin, reportId);
    await applyImport({ actor: world.admin, reportId, source, input });
    expect((await sectionRow(reportId, "law-study")).body).toContain("党委中心组共计开展习近平法治思想学习6次");
  });

  it("lets the user move a part, merge a heading into the text before it, and leave a line out", async () => {
    const first = await preview(world.clerk, reportId);
    const lawStudy = first.plan.parts.find((p) => p.heading === "学习贯彻习近平法治思想情况")!;
    const reformHeading = first.analysis.lines.find((l) => l.role === "heading" && l.heading?.startsWith("深化"))!;
    const decisions: ImportDecisions = {
      lineOverrides: [{ index: reformHeading.index, role: "body" }],
      targets: { [lawStudy.id]: { kind: "section", key: "publicity" } },
      modes: {},
    };
    const { plan, input } = await preview(world.clerk, reportId, decisions);
    expect(plan.counts.imported).toBe(plan.counts.source - plan.counts.furniture);
    await applyImport({ actor: world.clerk, reportId, source, input });
    const publicity = await sectionRow(reportId, "publicity");
    expect(publicity.title).toBe("学习贯彻习近平法治思想情况");
    expect(publicity.body).toContain("(二)深化“放管服”改革、优化营商环境情况\n2022年,我镇持续深化");
    expect((await sectionRow(reportId, "law-study")).body).toBe("");
  });
});

describe("publishing a past year's report as it was", () => {
  let world: World;

  beforeEach(async () => {
    world = await createWorld();
    await createYear({ districtId: world.district.id, year: 2022, isOpen: false });
  });

  function confirmFor(checksum: string): ConfirmInput {
    return { checksum, decisions: noDecisions, versions: {}, metrics: { "law-study": { "study-sessions": 6 } } };
  }

  it("creates the report published with its original date and 字号, searchable, audited with the file's checksum", async () => {
    const analysis = await analyseImport({ actor: world.admin, target: { kind: "historical", unitId: world.unit.id, year: 2022 }, source });
    const result = await publishImportedReport({
      actor: world.admin,
      unitId: world.unit.id,
      year: 2022,
      source,
      input: confirmFor(analysis.checksum),
      details: { title: "重庆市涪陵区珍溪镇人民政府2022年法治政府建设工作年度报告", publishedAt: "2023-01-09", docNumber: "" },
    });
    const report = await db.report.findUniqueOrThrow({
      where: { id: result.reportId },
      select: { status: true, docNumber: true, indexNumber: true, publications: { select: { publishedAt: true, isCurrent: true } }, publishedText: { select: { text: true } } },
    });
    expect(report.status).toBe("PUBLISHED");
    expect(report.indexNumber).toBe(result.indexNumber);
    expect(report.publications).toEqual([{ publishedAt: new Date("2023-01-09T00:00:00Z"), isCurrent: true }]);
    expect(report.publishedText?.text).toContain("镇党委政府高度重视矛盾纠纷排查化解工作");
    expect((await sectionRow(result.reportId, "law-study")).metrics).toEqual({ "study-sessions": 6 });

    const events = await db.auditEvent.findMany({ where: { reportId: result.reportId }, select: { kind: true, actorId: true, data: true } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: "REPORT_IMPORTED", actorId: world.admin.id, data: { published: true, publishedAt: "2023-01-09", checksum: analysis.checksum } });

    // A second import of the same year is refused: the report exists.
    await expectAppError(analyseImport({ actor: world.admin, target: { kind: "historical", unitId: world.unit.id, year: 2022 }, source }), "INVALID_INPUT");
  });

  it("refuses a date before the year ended or in the future, a clerk, and a year the district does not have", async () => {
    const other = await createUnit({ districtId: world.district.id });
    const analysis = await analyseImport({ actor: world.admin, target: { kind: "historical", unitId: other.id, year: 2022 }, source });
    const base = { actor: world.admin, unitId: other.id, year: 2022, source, input: confirmFor(analysis.checksum) };
    await expectAppError(publishImportedReport({ ...base, details: { title: "报告", publishedAt: "2022-06-01", docNumber: "" } }), "BAD_PUBLISH_DATE");
    await expectAppError(publishImportedReport({ ...base, details: { title: "报告", publishedAt: "2999-01-01", docNumber: "" } }), "BAD_PUBLISH_DATE");
    await expectAppError(publishImportedReport({ ...base, actor: world.clerk, details: { title: "报告", publishedAt: "2023-01-09", docNumber: "" } }), "FORBIDDEN");
    await expectAppError(analyseImport({ actor: world.admin, target: { kind: "historical", unitId: other.id, year: 2019 }, source }), "INVALID_INPUT");
    expect(await db.report.count({ where: { unitId: other.id } })).toBe(0);
  });
});
