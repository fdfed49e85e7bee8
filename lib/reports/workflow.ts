// The report's status machine (DESIGN.md §4) as a table. Who may take each step is the
// permission table's business (lib/auth/permissions.ts); this only says from where to where.
// A unit-internal sign-off step would be one more row and one more status.
export const reportStatuses = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED", "WITHDRAWN"] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const transitions = {
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED" },
  return: { from: ["SUBMITTED", "APPROVED"], to: "RETURNED" },
  approve: { from: ["SUBMITTED"], to: "APPROVED" },
  publish: { from: ["APPROVED"], to: "PUBLISHED" },
  // A correction reopens the published (or withdrawn) report for its unit: the public keeps
  // the current publication until the corrected text is approved and published again, with a
  // 更正说明. Published text itself is never edited.
  correct: { from: ["PUBLISHED", "WITHDRAWN"], to: "RETURNED" },
  withdraw: { from: ["PUBLISHED"], to: "WITHDRAWN" },
} as const satisfies Record<string, { from: readonly ReportStatus[]; to: ReportStatus }>;

export type Transition = keyof typeof transitions;

export function canTransition(transition: Transition, status: ReportStatus): boolean {
  return (transitions[transition].from as readonly ReportStatus[]).includes(status);
}

/** The status a transition leads to, or null when the report's status does not allow it. */
export function nextStatus(transition: Transition, status: ReportStatus): ReportStatus | null {
  return canTransition(transition, status) ? transitions[transition].to : null;
}

/** Clerks write only while the report is theirs to write. */
export function isEditable(status: ReportStatus): boolean {
  return status === "DRAFT" || status === "RETURNED";
}

export const statusLabels: Record<ReportStatus, string> = {
  DRAFT: "起草中",
  SUBMITTED: "已提交",
  RETURNED: "已退回",
  APPROVED: "已通过",
  PUBLISHED: "已发布",
  WITHDRAWN: "已撤回",
};
