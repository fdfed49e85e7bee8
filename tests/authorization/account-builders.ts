// Builders for the rows on one's own account. The matrix gives these rows a fresh account per
// actor (freshActor), so changing its password or ending its sessions leaves the worker's shared
// sessions usable.
import { testDb } from "@/tests/e2e/db";
import { createUser, matrixPassword } from "./arrange";
import { otherSession } from "./admin-builders";
import { form } from "./server-action";
import type { Builder, CellContext } from "./cell";

/** A second session of the actor (signed out: of a new account), besides the one sending the request. */
async function secondSession(ctx: CellContext) {
  return otherSession(ctx.actorId ?? (await createUser(ctx.world, "CLERK", ctx.unit.id)).id);
}

export const accountBuilders = {
  "change-password": async ({ actorId }) => {
    const password = "Qingshan#2026ok";
    return {
      call: { kind: "action", page: "/account/password", args: [null, form({ currentPassword: matrixPassword, newPassword: password, confirmPassword: password })] },
      snapshot: actorId ? () => testDb.user.findUniqueOrThrow({ where: { id: actorId }, select: { passwordHash: true } }) : undefined,
    };
  },
  "end-own-session": async (ctx) => {
    const session = await secondSession(ctx);
    return { call: { kind: "action", page: "/account/sessions", args: [session.id] }, snapshot: session.snapshot };
  },
  "end-session-of-another": async (ctx) => {
    const someone = await createUser(ctx.world, "CLERK", ctx.unit.id);
    const session = await otherSession(someone.id);
    return { call: { kind: "action", page: "/account/sessions", args: [session.id] }, snapshot: session.snapshot };
  },
  "end-other-sessions": async (ctx) => {
    const session = await secondSession(ctx);
    return { call: { kind: "action", page: "/account/sessions", args: [] }, snapshot: session.snapshot };
  },
} satisfies Record<string, Builder>;
