// A closed year takes no more drafting or submitting. A report that has been published (it has
// a 索引号, kept by every correction) stays writable: a correction reopens it to RETURNED, and
// the clerk must be able to fix, answer and resubmit it however long after the year closed.
import type { Action } from "@/lib/auth/permissions";

const draftingActions: readonly Action[] = ["report:edit", "report:import", "report:submit", "report:request-signoff", "report:sign-off", "comment:answer"];

export function isYearWritable(report: { yearIsOpen: boolean; indexNumber: string | null }): boolean {
  return report.yearIsOpen || report.indexNumber !== null;
}

/** Whether a closed year stops this action on this report (reading and reviewing never stop). */
export function isBlockedByClosedYear(action: Action, report: { yearIsOpen: boolean; indexNumber: string | null }): boolean {
  return draftingActions.includes(action) && !isYearWritable(report);
}
