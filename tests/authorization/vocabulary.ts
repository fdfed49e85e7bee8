// The words the authorization matrix and the DESIGN.md §3 rules share: who asks, what they get,
// and what a request acts on. Its own module so the rules and the matrix need not import each other.

export const actorKeys = ["signedOut", "clerkOwnUnit", "clerkOtherUnit", "unitHeadOwnUnit", "reviewer", "admin"] as const;
export type ActorKey = (typeof actorKeys)[number];

export const outcomes = ["ok", "login", "notFound", "forbidden", "invalid"] as const;
/**
 * ok: done (HTTP 2xx/304, `{ ok: true }`, or the action's redirect to its result page);
 * login: must sign in (redirect to /login, HTTP 401, or code UNAUTHENTICATED);
 * notFound: answered as if it did not exist (HTTP 404, code NOT_FOUND);
 * forbidden: refused for the role (HTTP 403, code FORBIDDEN);
 * invalid: allowed in principle but refused by the resource's state (INVALID_TRANSITION and kin).
 */
export type Outcome = (typeof outcomes)[number];

/** What the request acts on, for the DESIGN.md §3 check: its visibility decides notFound vs forbidden. */
export type Resource =
  | { kind: "report"; status: "DRAFT" | "AWAITING_SIGNOFF" | "SUBMITTED" | "RETURNED" | "APPROVED" | "PUBLISHED" }
  /** A page-like listing (the review desk, the audit log): invisible to whoever may not use it. */
  | { kind: "listing" }
  /** Another user's account or session: invisible to whoever may not manage accounts. */
  | { kind: "account" }
  /** Public data: published reports only. */
  | { kind: "public" }
  /** Nothing the caller names: the action works on the caller's own unit, or on the app itself. */
  | { kind: "none" };

