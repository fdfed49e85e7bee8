import { describe, expect, it } from "vitest";
import { notificationsForAudit, type AuditFacts } from "@/lib/notifications/audit-rules";
import { linkFor } from "@/lib/notifications/links";

const facts = (kind: string, data: Record<string, unknown> = {}, sectionKey: string | null = null): AuditFacts => ({
  kind, data, sectionKey, unitShortName: "珍溪镇", reportTitle: "珍溪镇2026年法治政府建设工作报告", year: 2026, actorName: "陈静",
});

describe("which audited actions notify whom", () => {
  it("sends a submission to reviewers, saying when it is a resubmission", () => {
    expect(notificationsForAudit(facts("REPORT_SUBMITTED", { revision: 1 }))).toEqual([expect.objectContaining({ kind: "SUBMITTED", audience: "reviewers", title: "珍溪镇提交了《珍溪镇2026年法治政府建设工作报告》" })]);
    expect(notificationsForAudit(facts("REPORT_SUBMITTED", { revision: 3 }))[0].title).toContain("重新提交");
  });

  it("sends the head's sign-off to reviewers as a submission and to the clerks as given", () => {
    expect(notificationsForAudit(facts("REPORT_SIGNED_OFF")).map((n) => `${n.kind}→${n.audience}`)).toEqual(["SUBMITTED→reviewers", "SIGNOFF_GIVEN→clerks"]);
    expect(notificationsForAudit(facts("REPORT_SIGNOFF_REQUESTED"))[0]).toMatchObject({ audience: "heads", place: { to: "signoff" } });
  });

  it("says nothing of a comment given with a return, and sends a head's comment to the clerks only", () => {
    expect(notificationsForAudit(facts("COMMENT_ADDED", { withReturn: true }))).toEqual([]);
    expect(notificationsForAudit(facts("COMMENT_ADDED", { duringSignOff: true }, "law-study"))[0]).toMatchObject({ audience: "clerks", place: { to: "section", sectionKey: "law-study" } });
    expect(notificationsForAudit(facts("COMMENT_ADDED"))[0].audience).toBe("unit");
  });

  it("carries the 催报 message, and ignores events that notify nobody", () => {
    expect(notificationsForAudit(facts("REPORT_URGED", { message: "请本周内报送" }))[0]).toMatchObject({ kind: "URGED", audience: "unit", body: "请本周内报送" });
    expect(notificationsForAudit(facts("SECTION_SAVED"))).toEqual([]);
    expect(notificationsForAudit(facts("AUTH_LOGIN"))).toEqual([]);
  });

  it("links each side to where it acts", () => {
    expect(linkFor({ to: "desk" }, "reviewers", "r1")).toBe("/review/reports/r1");
    expect(linkFor({ to: "report" }, "unit", "r1")).toBe("/workspace/reports/r1");
    expect(linkFor({ to: "section", sectionKey: "law-study" }, "clerks", "r1")).toBe("/workspace/reports/r1/sections/law-study#comments");
    expect(linkFor({ to: "signoff" }, "heads", "r1")).toBe("/workspace/reports/r1/signoff");
    expect(linkFor({ to: "report" }, "unit", null)).toBe("/workspace");
  });
});
