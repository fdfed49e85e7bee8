import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";

/** An admin ends one session of a user of their district; the cookie stops working at its next request. */
export async function endUserSession({ actor, sessionId }: { actor: Actor; sessionId: string }): Promise<void> {
  assertCan(actor, "admin:manage");
  await db.$transaction(async (tx) => {
    const session = await tx.session.findFirst({
      where: { id: sessionId, user: { districtId: actor.districtId } },
      select: { id: true, userId: true, endedAt: true },
    });
    if (!session) throw new AppError("NOT_FOUND");
    if (session.endedAt) return;
    await tx.session.update({ where: { id: session.id }, data: { endedAt: new Date(), endReason: "ENDED_BY_ADMIN", endedById: actor.id } });
    await recordAudit(tx, {
      kind: "AUTH_SESSION_ENDED",
      actorId: actor.id,
      districtId: actor.districtId,
      targetId: session.userId,
      data: { reason: "ENDED_BY_ADMIN", count: 1, sessionId: session.id },
    });
  });
}
