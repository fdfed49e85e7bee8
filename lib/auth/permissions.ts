// The one authorization module (DESIGN.md §3). Every read and command asks `can`/`assertCan`;
// nothing else in the code checks a role.
import { AppError } from "@/lib/errors";
import { canTransition, isEditable, type ReportStatus, type Transition } from "@/lib/reports/workflow";

export const roles = ["CLERK", "UNIT_HEAD", "REVIEWER", "ADMIN"] as const;
export type Role = (typeof roles)[number];

export type Actor = { id: string; role: Role; unitId: string | null; districtId: string };

/** What a report-scoped check needs to know about the report (and its year's sign-off setting). */
export type ReportScope = { unitId: string; districtId: string; status: ReportStatus; unitSignOff?: boolean };

export const actions = [
  "report:read",
  "report:edit",
  "report:submit",
  "report:request-signoff",
  "report:sign-off",
  "report:refuse-signoff",
  "report:comment",
  "report:return",
  "report:approve",
  "report:publish",
  "report:correct",
  "report:withdraw",
  "report:import",
  "report:import-published",
  "comment:answer",
  "comment:resolve",
  "review:list",
  "review:urge",
  "audit:read",
  "audit:list",
  "admin:manage",
  "session:end-own",
  "session:end-any",
] as const;
export type Action = (typeof actions)[number];

export const rolePermissions: Record<Role, readonly Action[]> = {
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
  ADMIN: [
    "report:read",
    "report:import",
    "report:import-published",
    "review:list",
    "audit:read",
    "audit:list",
    "admin:manage",
    "session:end-own",
    "session:end-any",
  ],
};

/**
 * Actions a role takes across the whole district, drafts included: an admin imports a unit's
 * existing report on its behalf when the district adopts the app.
 */
const districtWide: Partial<Record<Action, readonly Role[]>> = {
  "report:import": ["ADMIN"],
};

const transitionOf: Partial<Record<Action, Transition>> = {
  "report:submit": "submit",
  "report:request-signoff": "requestSignOff",
  "report:sign-off": "signOff",
  "report:refuse-signoff": "refuseSignOff",
  "report:return": "return",
  "report:approve": "approve",
  "report:publish": "publish",
  "report:correct": "correct",
  "report:withdraw": "withdraw",
};

/** Statuses the district may read: everything a unit has submitted at least once. */
const districtReadable: readonly ReportStatus[] = ["SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED", "WITHDRAWN"];

export function hasPermission(actor: Actor, action: Action): boolean {
  return rolePermissions[actor.role].includes(action);
}

/** Whether the actor may see the report at all; when not, it is answered as "not found". */
/** Roles that belong to one unit and see all of its reports, drafts included. */
const unitRoles: readonly Role[] = ["CLERK", "UNIT_HEAD"];

/** Where each commenting role may comment: the head before sign-off, the district in review. */
const commentable: Partial<Record<Role, readonly ReportStatus[]>> = {
  REVIEWER: ["SUBMITTED", "APPROVED"],
  UNIT_HEAD: ["AWAITING_SIGNOFF"],
};

export function isUnitRole(role: Role): boolean {
  return unitRoles.includes(role);
}

export function canSeeReport(actor: Actor, report: ReportScope): boolean {
  if (unitRoles.includes(actor.role)) return actor.unitId !== null && actor.unitId === report.unitId;
  return actor.districtId === report.districtId && districtReadable.includes(report.status);
}

export function can(actor: Actor, action: Action, report?: ReportScope): boolean {
  if (!hasPermission(actor, action)) return false;
  if (!report) return true;
  const isDistrictWide = districtWide[action]?.includes(actor.role) && actor.districtId === report.districtId;
  if (!isDistrictWide && !canSeeReport(actor, report)) return false;
  if (action === "report:edit" || action === "report:import" || action === "comment:answer") return isEditable(report.status);
  const transition = transitionOf[action];
  if (transition) return canTransition(transition, report.status, { unitSignOff: report.unitSignOff ?? false });
  if (action === "report:comment") return commentable[actor.role]?.includes(report.status) ?? false;
  // A reviewer may also drop a comment the unit has not yet answered while the report is with them.
  if (action === "comment:resolve") return report.status === "SUBMITTED" || report.status === "RETURNED" || report.status === "APPROVED";
  return true;
}

/**
 * Throws NOT_FOUND when the report is invisible to the actor (so its existence is not revealed),
 * INVALID_TRANSITION when the status does not allow the step, FORBIDDEN otherwise.
 */
export function assertCan(actor: Actor, action: Action, report?: ReportScope): void {
  if (can(actor, action, report)) return;
  if (report && !canSeeReport(actor, report) && !(districtWide[action]?.includes(actor.role) && actor.districtId === report.districtId)) {
    throw new AppError("NOT_FOUND");
  }
  if (report && hasPermission(actor, action)) throw new AppError("INVALID_TRANSITION");
  throw new AppError("FORBIDDEN");
}
