import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { notificationKindLabels, type NotificationKind } from "@/lib/notifications/kinds";

export type NotificationItem = {
  id: string;
  kind: NotificationKind;
  kindLabel: string;
  title: string;
  body: string;
  link: string;
  actorName: string | null;
  createdAt: Date;
  readAt: Date | null;
};

export const notificationPageSize = 50;

/** The user's notifications, unread first, then newest first; a page of 50. */
export async function listNotifications({ actor, page = 1 }: { actor: Actor; page?: number }): Promise<{ items: NotificationItem[]; total: number; unread: number }> {
  const where = { userId: actor.id };
  const [rows, total, unread] = await Promise.all([
    db.notification.findMany({
      where,
      // Unread (readAt null) first: NULLs sort first ascending on SQLite, last on PostgreSQL, so say it.
      orderBy: [{ readAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * notificationPageSize,
      take: notificationPageSize,
      select: { id: true, kind: true, title: true, body: true, link: true, actorId: true, createdAt: true, readAt: true },
    }),
    db.notification.count({ where }),
    countUnreadNotifications(actor.id),
  ]);
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => id !== null))];
  const actors = actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return {
    total,
    unread,
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind as NotificationKind,
      kindLabel: notificationKindLabels[r.kind as NotificationKind] ?? r.kind,
      title: r.title,
      body: r.body,
      link: r.link,
      actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
      createdAt: r.createdAt,
      readAt: r.readAt,
    })),
  };
}

/** The bell's number: one count on the (userId, readAt) index. */
export async function countUnreadNotifications(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}
