import "server-only";
import type { Tx } from "@/lib/db";
import type { NotificationKind } from "@/lib/notifications/kinds";
import { composeMail } from "@/lib/mail/compose-mail";
import { mailSettings } from "@/lib/mail/mail-settings";

export type NewNotification = {
  userId: string;
  kind: NotificationKind;
  reportId: string | null;
  actorId: string | null;
  title: string;
  body: string;
  link: string;
};

/**
 * Writes in-app notifications and, for users who chose e-mail for the kind and have an address,
 * the outbox rows the mail worker sends later: the caller's action never waits for a mail server.
 */
export async function writeNotifications(tx: Tx, items: NewNotification[], now = new Date()): Promise<number> {
  if (items.length === 0) return 0;
  const rows = items.map((item) => ({ ...item, id: notificationId(), createdAt: now }));
  await tx.notification.createMany({ data: rows });

  const mail = mailSettings();
  if (!mail.enabled) return rows.length;
  const userIds = [...new Set(rows.map((r) => r.userId))];
  const [users, preferences] = await Promise.all([
    tx.user.findMany({ where: { id: { in: userIds }, isActive: true, email: { not: null } }, select: { id: true, email: true, name: true } }),
    tx.notificationPreference.findMany({ where: { userId: { in: userIds }, email: true }, select: { userId: true, kind: true } }),
  ]);
  const wantsMail = new Set(preferences.map((p) => `${p.userId} ${p.kind}`));
  const byId = new Map(users.map((u) => [u.id, u]));
  const outbox = rows.flatMap((row) => {
    const user = byId.get(row.userId);
    if (!user?.email || !wantsMail.has(`${row.userId} ${row.kind}`)) return [];
    const message = composeMail({ recipientName: user.name, title: row.title, body: row.body, link: row.link, siteUrl: mail.siteUrl });
    return [{ notificationId: row.id, to: user.email, subject: message.subject, text: message.text, html: message.html, nextAttemptAt: now, createdAt: now }];
  });
  if (outbox.length) await tx.mailMessage.createMany({ data: outbox });
  return rows.length;
}

// createMany returns no ids on SQLite, and the outbox row must point at its notification.
function notificationId(): string {
  return `n${Date.now().toString(36)}${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
}
