// Which audited actions notify whom: one row per audit kind. The notification is written in the
// transaction that writes the audit event (lib/audit/record-audit.ts), so it exists exactly when
// the change does. A new notifying action is a row here, not a branch in its code.
import type { NotificationKind } from "@/lib/notifications/kinds";

/** Who receives it: the district's reviewers, or people of the report's unit. */
export type Audience = "reviewers" | "unit" | "clerks" | "heads";

export type AuditFacts = {
  kind: string;
  data: Record<string, unknown>;
  sectionKey: string | null;
  /** Names for the message. */
  unitShortName: string;
  reportTitle: string;
  year: number;
  actorName: string;
};

export type NotificationDraft = { kind: NotificationKind; audience: Audience; title: string; body: string; place: Place };

/** Where the recipient acts: the app path is chosen per audience by lib/notifications/links.ts. */
export type Place = { to: "report" } | { to: "section"; sectionKey: string } | { to: "desk" } | { to: "signoff" } | { to: "published" };

type Rule = (facts: AuditFacts) => NotificationDraft[];

const quoted = (facts: AuditFacts) => `《${facts.reportTitle}》`;

export const auditNotificationRules: Partial<Record<string, Rule>> = {
  REPORT_SUBMITTED: (f) => [submittedToReviewers(f)],
  REPORT_SIGNOFF_REQUESTED: (f) => [
    { kind: "SIGNOFF_REQUESTED", audience: "heads", title: `${f.actorName}将${quoted(f)}送您审签`, body: "请阅读后审签通过（报送区依法治区办）或退回修改。", place: { to: "signoff" } },
  ],
  REPORT_SIGNED_OFF: (f) => [
    submittedToReviewers(f),
    { kind: "SIGNOFF_GIVEN", audience: "clerks", title: `${f.actorName}已审签${quoted(f)}，报告已报送区依法治区办`, body: "", place: { to: "report" } },
  ],
  REPORT_SIGNOFF_REFUSED: (f) => [
    { kind: "SIGNOFF_REFUSED", audience: "clerks", title: `${f.actorName}退回了${quoted(f)}`, body: "请按单位负责人的意见修改后重新送审签。", place: { to: "report" } },
  ],
  REPORT_RETURNED: (f) => [
    { kind: "RETURNED", audience: "unit", title: `区依法治区办退回了${quoted(f)}`, body: `共有 ${Number(f.data.openComments ?? 0)} 条意见待处理，修改后请重新提交。`, place: { to: "report" } },
  ],
  // A comment given with a return is announced by the return itself.
  COMMENT_ADDED: (f) =>
    f.data.withReturn
      ? []
      : [
          {
            kind: "COMMENT_ADDED",
            audience: f.data.duringSignOff ? "clerks" : "unit",
            title: `${f.actorName}对${quoted(f)}提出了意见`,
            body: "",
            place: f.sectionKey ? { to: "section", sectionKey: f.sectionKey } : { to: "report" },
          },
        ],
  REPORT_APPROVED: (f) => [{ kind: "APPROVED", audience: "unit", title: `${quoted(f)}已审核通过`, body: "报告将由区依法治区办发布。", place: { to: "report" } }],
  REPORT_PUBLISHED: (f) => [{ kind: "PUBLISHED", audience: "unit", title: `${quoted(f)}已公开发布`, body: "", place: { to: "published" } }],
  REPORT_CORRECTED: (f) => [{ kind: "PUBLISHED", audience: "unit", title: `${quoted(f)}的更正已公开发布`, body: "", place: { to: "published" } }],
  REPORT_REOPENED: (f) => [
    { kind: "CORRECTION_REQUESTED", audience: "unit", title: `区依法治区办对${quoted(f)}发起了更正`, body: "请按意见修改后重新提交；修改期间公众仍看到现行版本。", place: { to: "report" } },
  ],
  REPORT_WITHDRAWN: (f) => [{ kind: "WITHDRAWN", audience: "unit", title: `${quoted(f)}已从公开网站撤回`, body: typeof f.data.reason === "string" ? `原因：${f.data.reason}` : "", place: { to: "report" } }],
  REPORT_URGED: (f) => [
    {
      kind: "URGED",
      audience: "unit",
      title: `区依法治区办催报：请尽快报送${f.year}年度法治政府建设年度报告`,
      body: typeof f.data.message === "string" && f.data.message ? f.data.message : "",
      place: { to: "report" },
    },
  ],
};

function submittedToReviewers(f: AuditFacts): NotificationDraft {
  const again = Number(f.data.revision ?? 1) > 1 || Boolean(f.data.resubmitted);
  return {
    kind: "SUBMITTED",
    audience: "reviewers",
    title: `${f.unitShortName}${again ? "重新提交" : "提交"}了${quoted(f)}`,
    body: "",
    place: { to: "desk" },
  };
}

export function notificationsForAudit(facts: AuditFacts): NotificationDraft[] {
  return auditNotificationRules[facts.kind]?.(facts) ?? [];
}
