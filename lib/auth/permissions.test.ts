import { describe, expect, it } from "vitest";
import { actions, assertCan, can, canSeeReport, hasPermission, rolePermissions, type Action, type Actor, type Role } from "@/lib/auth/permissions";
import { AppError, type ErrorCode } from "@/lib/errors";
import type { ReportStatus } from "@/lib/reports/workflow";

// DESIGN.md §3 and §4 written out as tables, independently of the code under test.
const statuses: ReportStatus[] = ["DRAFT", "AWAITING_SIGNOFF", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED", "WITHDRAWN"];
const submittedOnce: ReportStatus[] = ["SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED", "WITHDRAWN"];
const roles: Role[] = ["CLERK", "UNIT_HEAD", "REVIEWER", "ADMIN"];

const expectedRolePermissions: Record<Role, Action[]> = {
  CLERK: ["report:read", "report:edit", "report:submit", "report:request-signoff", "report:import", "comment:answer", "audit:read", "session:end-own"],
  UNIT_HEAD: ["report:read", "report:comment", "report:sign-off", "report:refuse-signoff", "audit:read", "session:end-own"],
  REVIEWER: [
    "report:read",
    "report:comment",
    "report:return",
    "report:approve",
    "report:publish",
    "report:correct",
    "report:withdraw",
    "comment:resolve",
    "review:list",
    "review:urge",
    "audit:read",
    "audit:list",
    "session:end-own",
  ],
  ADMIN: ["report:read", "report:import", "report:import-published", "review:list", "audit:read", "audit:list", "admin:manage", "session:end-own", "session:end-any"],
};

/** For a report of the actor's own unit (clerk) or district (reviewer, admin): statuses where the action is allowed. */
const allowedOn: Record<Role, Partial<Record<Action, ReportStatus[]>>> = {
  CLERK: {
    "report:read": statuses,
    "report:edit": ["DRAFT", "RETURNED"],
    "report:submit": ["DRAFT", "RETURNED"],
    "report:import": ["DRAFT", "RETURNED"],
    "comment:answer": ["DRAFT", "RETURNED"],
    "audit:read": statuses,
    "session:end-own": statuses,
  },
  // 单位负责人: reads everything of the unit, comments and decides only while it awaits sign-off;
  // the sign-off steps themselves need a year with the sign-off on (tested below).
  UNIT_HEAD: {
    "report:read": statuses,
    "report:comment": ["AWAITING_SIGNOFF"],
    "report:sign-off": ["AWAITING_SIGNOFF"],
    "report:refuse-signoff": ["AWAITING_SIGNOFF"],
    "audit:read": statuses,
    "session:end-own": statuses,
  },
  REVIEWER: {
    "report:read": submittedOnce,
    "report:comment": ["SUBMITTED", "APPROVED"],
    "report:return": ["SUBMITTED", "APPROVED"],
    "report:approve": ["SUBMITTED"],
    "report:publish": ["APPROVED"],
    "report:correct": ["PUBLISHED", "WITHDRAWN"],
    "report:withdraw": ["PUBLISHED"],
    "comment:resolve": ["SUBMITTED", "RETURNED", "APPROVED"],
    "review:list": submittedOnce,
    "review:urge": submittedOnce,
    "audit:read": submittedOnce,
    "audit:list": submittedOnce,
    "session:end-own": submittedOnce,
  },
  ADMIN: {
    "report:read": submittedOnce,
    // An admin imports on a unit's behalf, into its draft too (issue 12).
    "report:import": ["DRAFT", "RETURNED"],
    "report:import-published": submittedOnce,
    "review:list": submittedOnce,
    "audit:read": submittedOnce,
    "audit:list": submittedOnce,
    "admin:manage": submittedOnce,
    "session:end-own": submittedOnce,
    "session:end-any": submittedOnce,
  },
};

/** Statuses in which the district (reviewer, admin) may see a report at all: never a draft. */
const visibleTo: Record<Role, ReportStatus[]> = { CLERK: statuses, UNIT_HEAD: statuses, REVIEWER: submittedOnce, ADMIN: submittedOnce };

const districtId = "district-1";
const ownUnit = "unit-own";
const foreignUnit = "unit-foreign";

function actorOf(role: Role, overrides: Partial<Actor> = {}): Actor {
  return { id: `${role.toLowerCase()}-1`, role, unitId: role === "CLERK" || role === "UNIT_HEAD" ? ownUnit : null, districtId, ...overrides };
}

function errorCode(run: () => void): ErrorCode | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

const table = roles.flatMap((role) =>
  actions.flatMap((action) =>
    statuses.map((status) => {
      const allowed = allowedOn[role][action]?.includes(status) ?? false;
      const refusal: ErrorCode | null = allowed
        ? null
        : // An admin imports on any unit's behalf, so sees the report for that (issue 12).
          !visibleTo[role].includes(status) && !(role === "ADMIN" && action === "report:import")
          ? "NOT_FOUND"
          : expectedRolePermissions[role].includes(action)
            ? "INVALID_TRANSITION"
            : "FORBIDDEN";
      return { role, action, status, allowed, refusal };
    }),
  ),
);

describe("permissions", () => {
  it("covers the fifteen actions of DESIGN.md §3, the review desk, ending sessions, importing, the unit's sign-off and 催报", () => {
    expect(actions).toHaveLength(23);
    expect(table).toHaveLength(4 * 23 * 7);
  });

  describe("a year with the unit's sign-off", () => {
    const on = (status: ReportStatus) => ({ unitId: ownUnit, districtId, status, unitSignOff: true });

    it("sends the clerk's report to the head: no direct submission", () => {
      for (const status of ["DRAFT", "RETURNED"] as const) {
        expect(can(actorOf("CLERK"), "report:request-signoff", on(status))).toBe(true);
        expect(errorCode(() => assertCan(actorOf("CLERK"), "report:submit", on(status)))).toBe("INVALID_TRANSITION");
      }
    });

    it("lets the head sign off or return, comment, but never edit", () => {
      const head = actorOf("UNIT_HEAD");
      expect(can(head, "report:sign-off", on("AWAITING_SIGNOFF"))).toBe(true);
      expect(can(head, "report:refuse-signoff", on("AWAITING_SIGNOFF"))).toBe(true);
      expect(can(head, "report:comment", on("AWAITING_SIGNOFF"))).toBe(true);
      for (const status of statuses) expect(errorCode(() => assertCan(head, "report:edit", on(status)))).toBe("FORBIDDEN");
      expect(errorCode(() => assertCan(actorOf("CLERK"), "report:sign-off", on("AWAITING_SIGNOFF")))).toBe("FORBIDDEN");
    });

    it("hides another unit's reports from a head, and the waiting report from the district", () => {
      const otherHead = actorOf("UNIT_HEAD", { unitId: foreignUnit });
      expect(errorCode(() => assertCan(otherHead, "report:sign-off", on("AWAITING_SIGNOFF")))).toBe("NOT_FOUND");
      expect(errorCode(() => assertCan(actorOf("REVIEWER"), "report:read", on("AWAITING_SIGNOFF")))).toBe("NOT_FOUND");
    });
  });

  it.each(roles)("grants %s exactly the role permissions of DESIGN.md §3", (role) => {
    expect([...rolePermissions[role]].sort()).toEqual([...expectedRolePermissions[role]].sort());
    for (const action of actions) {
      expect(hasPermission(actorOf(role), action)).toBe(expectedRolePermissions[role].includes(action));
      // Without a report, `can` is the bare role check.
      expect(can(actorOf(role), action)).toBe(expectedRolePermissions[role].includes(action));
    }
  });

  it.each(table)("$role $action on a $status report: allowed=$allowed, refused with $refusal", ({ role, action, status, allowed, refusal }) => {
    const scope = { unitId: ownUnit, districtId, status };
    expect(can(actorOf(role), action, scope)).toBe(allowed);
    expect(errorCode(() => assertCan(actorOf(role), action, scope))).toBe(refusal);
  });

  describe("a clerk and another unit's report", () => {
    const clerk = actorOf("CLERK");
    const cases = actions.flatMap((action) => statuses.map((status) => ({ action, status })));

    it.each(cases)("refuses $action on a $status report as NOT_FOUND", ({ action, status }) => {
      const scope = { unitId: foreignUnit, districtId, status };
      expect(canSeeReport(clerk, scope)).toBe(false);
      expect(can(clerk, action, scope)).toBe(false);
      expect(errorCode(() => assertCan(clerk, action, scope))).toBe("NOT_FOUND");
    });

    it("sees nothing when the clerk has no unit", () => {
      const unitless = actorOf("CLERK", { unitId: null });
      expect(canSeeReport(unitless, { unitId: ownUnit, districtId, status: "DRAFT" })).toBe(false);
      expect(errorCode(() => assertCan(unitless, "report:edit", { unitId: ownUnit, districtId, status: "DRAFT" }))).toBe("NOT_FOUND");
    });
  });

  describe("the district's view", () => {
    it("does not show a reviewer or an admin a DRAFT (answered as not found)", () => {
      for (const role of ["REVIEWER", "ADMIN"] as const) {
        const scope = { unitId: ownUnit, districtId, status: "DRAFT" as const };
        expect(canSeeReport(actorOf(role), scope)).toBe(false);
        expect(can(actorOf(role), "report:read", scope)).toBe(false);
        expect(errorCode(() => assertCan(actorOf(role), "report:read", scope))).toBe("NOT_FOUND");
      }
    });

    it("does not show another district's reports, in any status", () => {
      for (const status of statuses) {
        const scope = { unitId: ownUnit, districtId: "district-2", status };
        expect(canSeeReport(actorOf("REVIEWER"), scope)).toBe(false);
        expect(errorCode(() => assertCan(actorOf("REVIEWER"), "report:approve", scope))).toBe("NOT_FOUND");
      }
    });

    it("refuses an admin's approval as FORBIDDEN, and a reviewer's edit too", () => {
      const submitted = { unitId: ownUnit, districtId, status: "SUBMITTED" as const };
      expect(errorCode(() => assertCan(actorOf("ADMIN"), "report:approve", submitted))).toBe("FORBIDDEN");
      expect(errorCode(() => assertCan(actorOf("REVIEWER"), "report:edit", submitted))).toBe("FORBIDDEN");
    });

    it("refuses a clerk's approval of their own submitted report as FORBIDDEN", () => {
      const submitted = { unitId: ownUnit, districtId, status: "SUBMITTED" as const };
      expect(errorCode(() => assertCan(actorOf("CLERK"), "report:approve", submitted))).toBe("FORBIDDEN");
    });

    it("refuses a reviewer's approval of an APPROVED report as INVALID_TRANSITION", () => {
      const approved = { unitId: ownUnit, districtId, status: "APPROVED" as const };
      expect(errorCode(() => assertCan(actorOf("REVIEWER"), "report:approve", approved))).toBe("INVALID_TRANSITION");
    });
  });
});
