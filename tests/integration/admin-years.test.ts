import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openYear } from "@/lib/years/open-year";
import { setYearOpen, updateYearDeadlines } from "@/lib/years/update-year";
import { listYears } from "@/lib/years/list-years";
import { openReport } from "@/lib/reports/open-report";
import { saveSection } from "@/lib/reports/save-section";
import { submitReport } from "@/lib/reports/submit-report";
import { approveReport } from "@/lib/reports/approve-report";
import { publishReport } from "@/lib/reports/publish-report";
import { reopenForCorrection } from "@/lib/reports/reopen-for-correction";
import { addExtraSection } from "@/lib/reports/add-extra-section";
import { answerComment } from "@/lib/reports/answer-comment";
import { addComment } from "@/lib/reports/add-comment";
import { returnReport } from "@/lib/reports/return-report";
import { defaultTemplateSections } from "@/lib/reports/template";
import { createReport, createWorld, sampleBody } from "../factories";
import { expectAppError, sectionRow } from "./helpers";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

function templateOf(yearId: string, unitKind: "TOWN" | "DEPARTMENT") {
  return db.templateSection.findMany({ where: { template: { yearId, unitKind } }, orderBy: { sortOrder: "asc" }, select: { key: true, title: true, isRequired: true, metrics: true } });
}

describe("admin years", () => {
  it("opens the next year with a copy of the previous year's templates and the default publication deadline", async () => {
    const world = await createWorld({ year: 2031 });
    await db.templateSection.updateMany({ where: { template: { yearId: world.reportingYear.id, unitKind: "TOWN" }, key: "plans" }, data: { title: "来年打算（本区措辞）" } });
    const result = await openYear({ actor: world.admin, input: { year: 2032, internalDeadline: day("2033-02-28"), publicationDeadline: null, templateSource: "previous" } });
    expect(result).toEqual({ year: 2032, templateSource: { TOWN: "previous", DEPARTMENT: "previous" }, copiedFrom: 2031 });
    const created = await db.reportingYear.findUniqueOrThrow({ where: { districtId_year: { districtId: world.district.id, year: 2032 } } });
    expect(created).toMatchObject({ isOpen: true, internalDeadline: day("2033-02-28"), publicationDeadline: day("2033-03-31") });
    const copied = await templateOf(created.id, "TOWN");
    expect(copied).toEqual(await templateOf(world.reportingYear.id, "TOWN"));
    expect(copied.find((s) => s.key === "plans")?.title).toBe("来年打算（本区措辞）");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { kind: "YEAR_OPENED", targetId: created.id } });
    expect(audit.data).toMatchObject({ before: null, after: { year: 2032, internalDeadline: "2033-02-28", publicationDeadline: "2033-03-31", isOpen: true } });
  });

  it("uses the statutory default when asked, and refuses a year that exists or deadlines in the wrong order", async () => {
    const world = await createWorld({ year: 2031 });
    await openYear({ actor: world.admin, input: { year: 2033, internalDeadline: null, publicationDeadline: null, templateSource: "default" } });
    const created = await db.reportingYear.findUniqueOrThrow({ where: { districtId_year: { districtId: world.district.id, year: 2033 } } });
    expect((await templateOf(created.id, "DEPARTMENT")).map((s) => s.key)).toEqual(defaultTemplateSections(2033, "DEPARTMENT").map((s) => s.key));
    await expectAppError(openYear({ actor: world.admin, input: { year: 2031, internalDeadline: null, publicationDeadline: null, templateSource: "default" } }), "INVALID_INPUT");
    const error = await expectAppError(
      openYear({ actor: world.admin, input: { year: 2034, internalDeadline: day("2035-04-10"), publicationDeadline: day("2035-03-31"), templateSource: "default" } }),
      "INVALID_INPUT",
    );
    expect(error.details).toEqual({ fieldErrors: { publicationDeadline: ["公开截止日期不能早于内部报送截止日期。"] } });
    expect(await db.reportingYear.count({ where: { districtId: world.district.id, year: 2034 } })).toBe(0);
    await expectAppError(openYear({ actor: world.reviewer, input: { year: 2035, internalDeadline: null, publicationDeadline: null, templateSource: "default" } }), "FORBIDDEN");
  });

  it("edits deadlines with before and after in the audit, and lists report counts per state", async () => {
    const world = await createWorld({ year: 2031 });
    await createReport(world, { submit: true });
    await updateYearDeadlines({ actor: world.admin, input: { year: 2031, internalDeadline: null, publicationDeadline: day("2032-03-20") } });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { kind: "YEAR_UPDATED", targetId: world.reportingYear.id } });
    expect(audit.data).toMatchObject({ before: { internalDeadline: "2032-03-01", publicationDeadline: "2032-03-31" }, after: { internalDeadline: null, publicationDeadline: "2032-03-20" } });
    await expectAppError(updateYearDeadlines({ actor: world.admin, input: { year: 2031, internalDeadline: null, publicationDeadline: day("2031-12-31") } }), "INVALID_INPUT");
    const [row] = await listYears({ actor: world.admin });
    expect(row).toMatchObject({ year: 2031, reportCount: 1, counts: { SUBMITTED: 1 } });
  });

  it("a closed year refuses opening, saving, adding sections, answering and submitting; reopening allows them again", async () => {
    const world = await createWorld({ year: 2031 });
    const { id } = await createReport(world);
    await openReport({ actor: world.otherClerk, year: 2031 }).then(() => undefined);
    await setYearOpen({ actor: world.admin, year: 2031, isOpen: false });
    const section = await sectionRow(id, "other");
    const save = () => saveSection({ actor: world.clerk, input: { reportId: id, key: "other", version: section.version, title: section.title, body: "无。", metrics: {} } });
    await expectAppError(save(), "YEAR_CLOSED");
    await expectAppError(submitReport({ actor: world.clerk, reportId: id }), "YEAR_CLOSED");
    await expectAppError(addExtraSection({ actor: world.clerk, input: { reportId: id, parentKey: "measures", title: "新增" } }), "YEAR_CLOSED");
    const late = await createWorld({ year: 2031 });
    await setYearOpen({ actor: late.admin, year: 2031, isOpen: false });
    await expectAppError(openReport({ actor: late.clerk, year: 2031 }), "YEAR_CLOSED");
    expect((await sectionRow(id, "other")).body).toBe("");

    await setYearOpen({ actor: world.admin, year: 2031, isOpen: true });
    expect((await save()).status).toBe("saved");
    await submitReport({ actor: world.clerk, reportId: id });
    const kinds = await db.auditEvent.findMany({ where: { targetId: world.reportingYear.id }, orderBy: { createdAt: "asc" }, select: { kind: true } });
    expect(kinds.map((k) => k.kind)).toEqual(["YEAR_CLOSED", "YEAR_REOPENED"]);
  });

  it("a returned report cannot be answered on a closed year", async () => {
    const world = await createWorld({ year: 2031 });
    const { id, version } = await createReport(world, { submit: true });
    await addComment({ actor: world.reviewer, input: { reportId: id, sectionKey: null, body: "请补充数字。" } });
    await returnReport({ actor: world.reviewer, reportId: id, version, comment: "" });
    const comment = await db.reviewComment.findFirstOrThrow({ where: { reportId: id } });
    await setYearOpen({ actor: world.admin, year: 2031, isOpen: false });
    await expectAppError(answerComment({ actor: world.clerk, commentId: comment.id, answer: "已补充。" }), "YEAR_CLOSED");
  });

  // Publication dates cannot be in the future, so this report is of a past year.
  it("a correction of a published report still works on a closed year", async () => {
    const world = await createWorld({ year: 2019 });
    const { id, version } = await createReport(world, { submit: true });
    await approveReport({ actor: world.reviewer, reportId: id, version });
    await publishReport({ actor: world.reviewer, reportId: id, version: version + 1, publishedAt: "2020-03-01" });
    await setYearOpen({ actor: world.admin, year: 2019, isOpen: false });
    const published = await db.report.findUniqueOrThrow({ where: { id }, select: { version: true } });
    await reopenForCorrection({ actor: world.reviewer, reportId: id, version: published.version, comment: "第二部分数字有误。" });
    const comment = await db.reviewComment.findFirstOrThrow({ where: { reportId: id, status: "OPEN" } });
    const section = await sectionRow(id, "shortcomings");
    const saved = await saveSection({ actor: world.clerk, input: { reportId: id, key: "shortcomings", version: section.version, title: section.title, body: sampleBody("更正后的不足"), metrics: {} } });
    expect(saved.status).toBe("saved");
    await answerComment({ actor: world.clerk, commentId: comment.id, answer: "已更正。" });
    await submitReport({ actor: world.clerk, reportId: id });
    expect((await db.report.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });
});
