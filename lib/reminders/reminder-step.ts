// The steps of the deadline reminders (issue 13 §2): 14, 7 and 1 days before the deadline (the
// last also on the day itself), once in the first week after it passes, then weekly. A worker
// that was down on a step's day still sends that step later, with the true number of days, but
// never the steps it missed before: one message per step, the latest that applies.
import { daysUntil } from "@/lib/dates";

export type ReminderStep = { key: string; daysLeft: number };

export function reminderStep(deadline: Date, now: Date): ReminderStep | null {
  const daysLeft = daysUntil(deadline, now);
  if (daysLeft > 14) return null;
  if (daysLeft > 7) return { key: "d14", daysLeft };
  if (daysLeft > 1) return { key: "d7", daysLeft };
  if (daysLeft >= 0) return { key: "d1", daysLeft };
  const week = Math.floor((-daysLeft - 1) / 7);
  return { key: week === 0 ? "overdue" : `w${week}`, daysLeft };
}

export function isOverdueStep(step: ReminderStep): boolean {
  return step.daysLeft < 0;
}

/** 还有 3 天 / 今天截止 / 已逾期 2 天 */
export function describeDaysLeft(daysLeft: number): string {
  if (daysLeft > 0) return `还有 ${daysLeft} 天`;
  if (daysLeft === 0) return "今天截止";
  return `已逾期 ${-daysLeft} 天`;
}
