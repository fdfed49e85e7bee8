// DESIGN.md §3 ("Roles and permissions") as data, and the outcome it implies for each row of the
// matrix and each actor. The check in design-rules.test.ts fails when the matrix (and so the
// app, which the e2e walk holds to the matrix) says something §3 does not.
import type { ActorKey, Outcome, Resource } from "./vocabulary";

/** What of a matrix row the rules read. */
type RuledRow = { rule: DesignRule; resource: Resource; refusedByState?: readonly ActorKey[] };

type Grants = { clerk: boolean; head: boolean; reviewer: boolean; admin: boolean; public: boolean };

export const designRules = {
  edit: { design: "edit sections — clerk: own unit, status DRAFT or RETURNED", clerk: true, head: false, reviewer: false, admin: false, public: false },
  submit: { design: "submit — clerk: own unit, when complete", clerk: true, head: false, reviewer: false, admin: false, public: false },
  comment: { design: "comment — reviewer, while the district reviews; unit head (issue 13 §3), while the report awaits the unit's sign-off", clerk: false, head: true, reviewer: true, admin: false, public: false },
  "sign-off": { design: "sign off (submits to the district) or return to the clerk (issue 13 §3) — unit head: own unit, while the report awaits sign-off", clerk: false, head: true, reviewer: false, admin: false, public: false },
  "request-sign-off": { design: "send to the unit head for sign-off (issue 13 §3) — clerk: own unit, when complete, in a year with the sign-off", clerk: true, head: false, reviewer: false, admin: false, public: false },
  urge: { design: "催报: remind units that have not submitted (issue 13 §2) — reviewer", clerk: false, head: false, reviewer: true, admin: false, public: false },
  notifications: { design: "one's own notifications and notification settings (issue 13 §1) — every signed-in user", clerk: true, head: true, reviewer: true, admin: true, public: false },
  review: { design: "comment, return with reasons, approve — reviewer", clerk: false, head: false, reviewer: true, admin: false, public: false },
  publish: { design: "publish, correct, withdraw — reviewer", clerk: false, head: false, reviewer: true, admin: false, public: false },
  "read-district": { design: "read any unit's submitted/approved/published reports — reviewer, admin", clerk: false, head: false, reviewer: true, admin: true, public: false },
  "audit-all": { design: "read audit log — reviewer: all, admin: all (clerk: own unit's reports, on each report's 操作记录 page)", clerk: false, head: false, reviewer: true, admin: true, public: false },
  import: { design: "import an existing report into a draft (issue 12) — clerk: own unit; admin: any unit's, drafts included", clerk: true, head: false, reviewer: false, admin: true, public: false },
  "import-published": { design: "import a past year's report and publish it as it was (issue 12) — admin", clerk: false, head: false, reviewer: false, admin: true, public: false },
  manage: { design: "manage units, users, years, templates, deadlines — admin", clerk: false, head: false, reviewer: false, admin: true, public: false },
  "read-published": { design: "public — published only", clerk: true, head: true, reviewer: true, admin: true, public: true },
  "sign-in": { design: "signing in (§9): open to everyone", clerk: true, head: true, reviewer: true, admin: true, public: true },
  "own-account": { design: "one's own account (§11: own sessions, own password) — every signed-in user", clerk: true, head: true, reviewer: true, admin: true, public: false },
  operations: { design: "operations (issue 11 §4: health check) — open, reveals no data", clerk: true, head: true, reviewer: true, admin: true, public: true },
  internal: { design: "the app's own endpoint: its token only, no user's session", clerk: false, head: false, reviewer: false, admin: false, public: false },
} as const satisfies Record<string, Grants & { design: string }>;

export type DesignRule = keyof typeof designRules;

/** Which DESIGN.md §3 column each actor follows (README, docs). */
export const actorColumns: Record<ActorKey, string> = {
  signedOut: "public（未登录）",
  clerkOwnUnit: "clerk（填报人）：本单位",
  clerkOtherUnit: "clerk（填报人）：“own unit only”，另一单位的报告对其不存在",
  unitHeadOwnUnit: "unit head（单位负责人，issue 13）：本单位",
  reviewer: "reviewer（区依法治区办）",
  admin: "admin（管理员）",
};

function isGranted(grants: Grants, actor: ActorKey, row: RuledRow): boolean {
  if (actor === "signedOut") return grants.public;
  if (actor === "clerkOwnUnit") return grants.clerk;
  if (actor === "unitHeadOwnUnit") return grants.head;
  // A clerk acts only on the own unit: on another unit's report, never.
  if (actor === "clerkOtherUnit") return grants.clerk && row.resource.kind !== "report";
  return grants[actor];
}

/** Whether the actor may know the report exists (§3: "answered as not found" otherwise). */
function canSeeReport(actor: ActorKey, status: string, rule: DesignRule): boolean {
  if (actor === "signedOut") return status === "PUBLISHED" && designRules[rule].public;
  // A unit's people see all of its reports, drafts included.
  if (actor === "clerkOwnUnit" || actor === "unitHeadOwnUnit") return true;
  if (actor === "clerkOtherUnit") return false;
  // An admin imports on a unit's behalf, into its draft too.
  if (actor === "admin" && rule === "import") return true;
  // The district reads what a unit has handed in; a draft is the unit's own business.
  // The district reads what a unit has handed in: a draft, or a report waiting for the unit's
  // own sign-off, is the unit's business.
  return status !== "DRAFT" && status !== "AWAITING_SIGNOFF";
}

/** The outcomes DESIGN.md §3 allows for this row and actor (more than one where §3 does not decide). */
export function designOutcomes(row: RuledRow, actor: ActorKey): Outcome[] {
  const grants: Grants = designRules[row.rule];
  const { resource } = row;
  if (row.rule === "internal") return ["forbidden"];
  // Public data is published text only, whoever asks.
  if (row.rule === "read-published" && resource.kind === "report" && resource.status !== "PUBLISHED") return ["notFound"];
  const granted = isGranted(grants, actor, row);
  if (actor === "signedOut" && !granted) return ["login"];
  if ((resource.kind === "listing" || resource.kind === "account") && !granted) return ["notFound"];
  if (resource.kind === "report" && !canSeeReport(actor, resource.status, row.rule)) {
    // A role without the right at all may be refused before the report is read: the answer is
    // then the same whether or not the report exists, which reveals as little as "not found".
    const roleHasRight = actor === "clerkOtherUnit" ? grants.clerk : granted;
    return roleHasRight ? ["notFound"] : ["notFound", "forbidden"];
  }
  if (!granted) return ["forbidden"];
  return (row.refusedByState as readonly ActorKey[] | undefined)?.includes(actor) ? ["invalid"] : ["ok"];
}
