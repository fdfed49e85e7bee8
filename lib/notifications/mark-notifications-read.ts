import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";

/**
 * Marks the user's own notifications read: the listed ones, or all. Only the owner's rows match,
 * so another user's id changes nothing. Reading is the user's own bookkeeping, not audited.
 */
export async function markNotificationsRead({ actor, ids, all = false, now = new Date() }: { actor: Actor; ids?: string[]; all?: boolean; now?: Date }): Promise<number> {
  if (!all && (!ids || ids.length === 0)) return 0;
  const result = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...(all ? {} : { id: { in: ids } }) },
    data: { readAt: now },
  });
  return result.count;
}

/** Opening a report's page reads what was said about it. */
export async function markReportNotificationsRead({ actor, reportId, now = new Date() }: { actor: Actor; reportId: string; now?: Date }): Promise<number> {
  const result = await db.notification.updateMany({ where: { userId: actor.id, reportId, readAt: null }, data: { readAt: now } });
  return result.count;
}
