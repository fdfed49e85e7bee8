// DESIGN.md §3 ("Roles and permissions") as data, and the outcome it implies for each row of the
// matrix and each actor. The check in design-rules.test.ts fails when the matrix (and so the
// app, which the e2e walk holds to the matrix) says something §3 does not.
import type { ActorKey, MatrixRow, Outcome } from "./matrix";

type Grants = { clerk: boolean; reviewer: boolean; admin: boolean; public: boolean };

export const designRules = {
  edit: { design: "edit sections — clerk: own unit, status DRAFT or RETURNED", clerk: true, reviewer: false, admin: false, public: false },
  submit: { design: "submit — clerk: own unit, when complete", clerk: true, reviewer: false, admin: false, public: false },
  review: { design: "comment, return with reasons, approve — reviewer", clerk: false, reviewer: true, admin: false, public: false },
  publish: { design: "publish, correct, withdraw — reviewer", clerk: false, reviewer: true, admin: false, public: false },
  "read-district": { design: "read any unit's submitted/approved/published reports — reviewer, admin", clerk: false, reviewer: true, admin: true, public: false },
  "audit-all": { design: "read audit log — reviewer: all, admin: all (clerk: own unit's reports, on each report's 操作记录 page)", clerk: false, reviewer: true, admin: true, public: false },
  import: { design: "import an existing report into a draft (issue 12) — clerk: own unit; admin: any unit's, drafts included", clerk: true, reviewer: false, admin: true, public: false },
  "import-published": { design: "import a past year's report and publish it as it was (issue 12) — admin", clerk: false, reviewer: false, admin: true, public: false },
  manage: { design: "manage units, users, years, templates, deadlines — admin", clerk: false, reviewer: false, admin: true, public: false },
  "read-published": { design: "public — published only", clerk: true, reviewer: true, admin: true, public: true },
  "sign-in": { design: "signing in (§9): open to everyone", clerk: true, reviewer: true, admin: true, public: true },
  "own-account": { design: "one's own account (§11: own sessions, own password) — every signed-in user", clerk: true, reviewer: true, admin: true, public: false },
  operations: { design: "operations (issue 11 §4: health check) — open, reveals no data", clerk: true, reviewer: true, admin: true, public: true },
  internal: { design: "the app's own endpoint: its token only, no user's session", clerk: false, reviewer: false, admin: false, public: false },
} as const satisfies Record<string, Grants & { design: string }>;

export type DesignRule = keyof typeof designRules;

/** Which DESIGN.md §3 column each actor follows (README, docs). */
export const actorColumns: Record<ActorKey, string> = {
  signedOut: "public（未登录）",
  clerkOwnUnit: "clerk（填报人）：本单位",
  clerkOtherUnit: "clerk（填报人）：“own unit only”，另一单位的报告对其不存在",
  reviewer: "reviewer（区依法治区办）",
  admin: "admin（管理员）",
};

function isGranted(grants: Grants, actor: ActorKey, row: MatrixRow): boolean {
  if (actor === "signedOut") return grants.public;
  if (actor === "clerkOwnUnit") return grants.clerk;
  // A clerk acts only on the own unit: on another unit's report, never.
  if (actor === "clerkOtherUnit") return grants.clerk && row.resource.kind !== "report";
  return grants[actor];
}

/** Whether the actor may know the report exists (§3: "answered as not found" otherwise). */
function canSeeReport(actor: ActorKey, status: string, rule: DesignRule): boolean {
  if (actor === "signedOut") return status === "PUBLISHED" && designRules[rule].public;
  if (actor === "clerkOwnUnit") return true;
  if (actor === "clerkOtherUnit") return false;
  // An admin imports on a unit's behalf, into its draft too.
  if (actor === "admin" && rule === "import") return true;
  // The district reads what a unit has handed in; a draft is the unit's own business.
  return status !== "DRAFT";
}

/** The outcomes DESIGN.md §3 allows for this row and actor (more than one where §3 does not decide). */
export function designOutcomes(row: MatrixRow, actor: ActorKey): Outcome[] {
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
