import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";

export type FailedMail = { id: string; to: string; subject: string; attempts: number; lastError: string | null; createdAt: Date; lastTriedAt: Date | null };

/** Messages the worker gave up on, newest first, for the admin's mail page. */
export async function listFailedMail({ actor, limit = 100 }: { actor: Actor; limit?: number }): Promise<{ failed: FailedMail[]; pending: number; sentToday: number }> {
  assertCan(actor, "admin:manage");
  const since = new Date(Date.now() - 86_400_000);
  const [rows, pending, sentToday] = await Promise.all([
    db.mailMessage.findMany({
      where: { status: "FAILED", notification: { user: { districtId: actor.districtId } } },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { id: true, to: true, subject: true, attempts: true, lastError: true, createdAt: true, deliveryAttempts: { orderBy: { startedAt: "desc" }, take: 1, select: { startedAt: true } } },
    }),
    db.mailMessage.count({ where: { status: { in: ["PENDING", "SENDING"] }, notification: { user: { districtId: actor.districtId } } } }),
    db.mailMessage.count({ where: { status: "SENT", sentAt: { gte: since }, notification: { user: { districtId: actor.districtId } } } }),
  ]);
  return {
    pending,
    sentToday,
    failed: rows.map((r) => ({ id: r.id, to: r.to, subject: r.subject, attempts: r.attempts, lastError: r.lastError, createdAt: r.createdAt, lastTriedAt: r.deliveryAttempts[0]?.startedAt ?? null })),
  };
}

/** Puts a failed message back in the queue with a fresh set of tries; audited. */
export async function resendMail({ actor, id, now = new Date() }: { actor: Actor; id: string; now?: Date }): Promise<void> {
  assertCan(actor, "admin:manage");
  await db.$transaction(async (tx) => {
    const message = await tx.mailMessage.findFirst({ where: { id, notification: { user: { districtId: actor.districtId } } }, select: { id: true, status: true, to: true } });
    if (!message) throw new AppError("NOT_FOUND");
    if (message.status !== "FAILED") throw new AppError("MAIL_NOT_FAILED");
    await tx.mailMessage.update({ where: { id }, data: { status: "PENDING", attempts: 0, nextAttemptAt: now, lastError: null, claimedBy: null, claimedAt: null } });
    await recordAudit(tx, { kind: "MAIL_RESENT", actorId: actor.id, districtId: actor.districtId, targetId: id, data: { to: message.to } });
  });
}
