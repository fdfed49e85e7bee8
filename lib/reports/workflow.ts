// The report's status machine (DESIGN.md §4) as a table. Who may take each step is the
// permission table's business (lib/auth/permissions.ts); this only says from where to where.
// A row may hold only in years with, or without, the unit's own sign-off (单位审签, set per year
// by the admin): then the clerk's report goes to the unit head, whose sign-off submits it.
export const reportStatuses = ["DRAFT", "AWAITING_SIGNOFF", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED", "WITHDRAWN"] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** What a transition's guard needs to know about the report's year. */
export type WorkflowSettings = { unitSignOff: boolean };

type Row = { from: readonly ReportStatus[]; to: ReportStatus; onlyWhen?: (settings: WorkflowSettings) => boolean };

const withSignOff = (s: WorkflowSettings) => s.unitSignOff;
const withoutSignOff = (s: WorkflowSettings) => !s.unitSignOff;

export const transitions = {
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", onlyWhen: withoutSignOff },
  requestSignOff: { from: ["DRAFT", "RETURNED"], to: "AWAITING_SIGNOFF", onlyWhen: withSignOff },
  // The head's sign-off is the unit's submission to the district.
  signOff: { from: ["AWAITING_SIGNOFF"], to: "SUBMITTED" },
  // Back to the clerk; the district never saw this text, so it is a draft again.
  refuseSignOff: { from: ["AWAITING_SIGNOFF"], to: "DRAFT" },
  return: { from: ["SUBMITTED", "APPROVED"], to: "RETURNED" },
  approve: { from: ["SUBMITTED"], to: "APPROVED" },
  publish: { from: ["APPROVED"], to: "PUBLISHED" },
  // A correction reopens the published (or withdrawn) report for its unit: the public keeps
  // the current publication until the corrected text is approved and published again, with a
  // 更正说明. Published text itself is never edited.
  correct: { from: ["PUBLISHED", "WITHDRAWN"], to: "RETURNED" },
  withdraw: { from: ["PUBLISHED"], to: "WITHDRAWN" },
} as const satisfies Record<string, Row>;

export type Transition = keyof typeof transitions;

const defaultSettings: WorkflowSettings = { unitSignOff: false };

export function canTransition(transition: Transition, status: ReportStatus, settings: WorkflowSettings = defaultSettings): boolean {
  const row: Row = transitions[transition];
  return row.from.includes(status) && (row.onlyWhen?.(settings) ?? true);
}

/** The status a transition leads to, or null when the report's status does not allow it. */
export function nextStatus(transition: Transition, status: ReportStatus, settings: WorkflowSettings = defaultSettings): ReportStatus | null {
  return canTransition(transition, status, settings) ? transitions[transition].to : null;
}

/** Clerks write only while the report is theirs to write. */
export function isEditable(status: ReportStatus): boolean {
  return status === "DRAFT" || status === "RETURNED";
}

export const statusLabels: Record<ReportStatus, string> = {
  DRAFT: "起草中",
  AWAITING_SIGNOFF: "待单位审签",
  SUBMITTED: "已提交",
  RETURNED: "已退回",
  APPROVED: "已通过",
  PUBLISHED: "已发布",
  WITHDRAWN: "已撤回",
};
