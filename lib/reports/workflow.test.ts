import { describe, expect, it } from "vitest";
import {
  canTransition,
  isEditable,
  nextStatus,
  reportStatuses,
  statusLabels,
  transitions,
  type ReportStatus,
  type Transition,
} from "@/lib/reports/workflow";

// DESIGN.md §4, written out independently of the code: for each transition, the statuses it
// may start from and where it leads. Every other (transition, status) pair must be refused.
// Without the unit's sign-off (the default year):
const expected: Record<Transition, { from: ReportStatus[]; to: ReportStatus }> = {
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED" },
  requestSignOff: { from: [], to: "AWAITING_SIGNOFF" },
  signOff: { from: ["AWAITING_SIGNOFF"], to: "SUBMITTED" },
  refuseSignOff: { from: ["AWAITING_SIGNOFF"], to: "DRAFT" },
  return: { from: ["SUBMITTED", "APPROVED"], to: "RETURNED" },
  approve: { from: ["SUBMITTED"], to: "APPROVED" },
  publish: { from: ["APPROVED"], to: "PUBLISHED" },
  correct: { from: ["PUBLISHED", "WITHDRAWN"], to: "RETURNED" },
  withdraw: { from: ["PUBLISHED"], to: "WITHDRAWN" },
};

const allStatuses: ReportStatus[] = ["DRAFT", "AWAITING_SIGNOFF", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED", "WITHDRAWN"];

const cases = (Object.keys(expected) as Transition[]).flatMap((transition) =>
  allStatuses.map((status) => ({
    transition,
    status,
    allowed: expected[transition].from.includes(status),
    to: expected[transition].from.includes(status) ? expected[transition].to : null,
  })),
);

describe("workflow", () => {
  it("knows exactly the statuses and transitions of DESIGN.md §4 with the unit's sign-off", () => {
    expect([...reportStatuses].sort()).toEqual([...allStatuses].sort());
    expect(Object.keys(transitions).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(cases)("$transition from $status: allowed=$allowed → $to", ({ transition, status, allowed, to }) => {
    expect(canTransition(transition, status)).toBe(allowed);
    expect(nextStatus(transition, status)).toBe(to);
  });

  it("with the unit's sign-off on, sends the clerk's report to the head instead of the district", () => {
    const on = { unitSignOff: true };
    for (const status of ["DRAFT", "RETURNED"] as const) {
      expect(canTransition("submit", status, on)).toBe(false);
      expect(nextStatus("requestSignOff", status, on)).toBe("AWAITING_SIGNOFF");
    }
    expect(nextStatus("signOff", "AWAITING_SIGNOFF", on)).toBe("SUBMITTED");
    expect(nextStatus("refuseSignOff", "AWAITING_SIGNOFF", on)).toBe("DRAFT");
    expect(allStatuses.filter((s) => canTransition("requestSignOff", s, on))).toEqual(["DRAFT", "RETURNED"]);
    expect(isEditable("AWAITING_SIGNOFF")).toBe(false);
  });

  it("leaves a withdrawn report only one way out: reopening it for correction", () => {
    const ways = (Object.keys(expected) as Transition[]).filter((t) => canTransition(t, "WITHDRAWN"));
    expect(ways).toEqual(["correct"]);
  });

  it("lets clerks edit only DRAFT and RETURNED reports", () => {
    expect(allStatuses.filter(isEditable)).toEqual(["DRAFT", "RETURNED"]);
  });

  it("has a Chinese label for every status", () => {
    for (const status of allStatuses) expect(statusLabels[status]).toMatch(/^[\u4e00-\u9fff]+$/);
    expect(statusLabels.RETURNED).toBe("已退回");
  });
});
