// Which reminders a run sends for one reporting year, given what was sent before. Pure, so the
// steps can be tested with any clock; lib/reminders/run-reminders.ts loads and writes.
import { reminderStep, isOverdueStep, type ReminderStep } from "@/lib/reminders/reminder-step";

export type ReminderUnit = { unitId: string; status: string | null };

export type ReminderPlan = {
  /** Units that have not submitted, each once per step. */
  submit: { step: ReminderStep; unitIds: string[] } | null;
  /** One digest to reviewers of the units late at this step (only after the deadline). */
  lateDigest: { step: ReminderStep; unitIds: string[] } | null;
  /** Approved reports not yet published, to reviewers, before and after the publication deadline. */
  publish: { step: ReminderStep; unitIds: string[] } | null;
};

/** Statuses in which the report still has to reach the district. */
export const notSubmittedStatuses = [null, "DRAFT", "RETURNED", "AWAITING_SIGNOFF"] as const;

export const reminderKinds = { submit: "SUBMIT", lateDigest: "LATE_DIGEST", publish: "PUBLISH", urge: "URGE" } as const;
/** The digest has no unit; its log row names none. */
export const digestUnitId = "";

export function sentKey(kind: string, unitId: string, step: string): string {
  return `${kind}\u0000${unitId}\u0000${step}`;
}

export function planReminders({
  now,
  submitDeadline,
  publicationDeadline,
  units,
  sent,
}: {
  now: Date;
  submitDeadline: Date;
  publicationDeadline: Date;
  units: ReminderUnit[];
  sent: Set<string>;
}): ReminderPlan {
  const plan: ReminderPlan = { submit: null, lateDigest: null, publish: null };
  const submitStep = reminderStep(submitDeadline, now);
  if (submitStep) {
    const late = units.filter((u) => (notSubmittedStatuses as readonly (string | null)[]).includes(u.status)).map((u) => u.unitId);
    const due = late.filter((id) => !sent.has(sentKey(reminderKinds.submit, id, submitStep.key)));
    if (due.length) plan.submit = { step: submitStep, unitIds: due };
    if (isOverdueStep(submitStep) && late.length && !sent.has(sentKey(reminderKinds.lateDigest, digestUnitId, submitStep.key))) {
      plan.lateDigest = { step: submitStep, unitIds: late };
    }
  }
  const publishStep = reminderStep(publicationDeadline, now);
  if (publishStep) {
    const due = units.filter((u) => u.status === "APPROVED" && !sent.has(sentKey(reminderKinds.publish, u.unitId, publishStep.key))).map((u) => u.unitId);
    if (due.length) plan.publish = { step: publishStep, unitIds: due };
  }
  return plan;
}
