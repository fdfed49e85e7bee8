import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { kindsByRole, notificationKindLabels, type NotificationKind } from "@/lib/notifications/kinds";
import { mailSettings } from "@/lib/mail/mail-settings";

export type NotificationSettings = {
  email: string | null;
  mailEnabled: boolean;
  kinds: { kind: NotificationKind; label: string; email: boolean }[];
};

export async function getNotificationSettings(actor: Actor): Promise<NotificationSettings> {
  const [user, preferences] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true } }),
    db.notificationPreference.findMany({ where: { userId: actor.id }, select: { kind: true, email: true } }),
  ]);
  const chosen = new Map(preferences.map((p) => [p.kind, p.email]));
  return {
    email: user.email,
    mailEnabled: mailSettings().enabled,
    kinds: kindsByRole[actor.role].map((kind) => ({ kind, label: notificationKindLabels[kind], email: chosen.get(kind) ?? false })),
  };
}

/** Saves the user's choice per kind: in-app only, or also by e-mail. Kinds of other roles are ignored. */
export async function saveNotificationSettings({ actor, emailKinds }: { actor: Actor; emailKinds: string[] }): Promise<void> {
  const mine = kindsByRole[actor.role];
  const wanted = new Set(emailKinds.filter((k): k is NotificationKind => (mine as readonly string[]).includes(k)));
  await db.$transaction(async (tx) => {
    await tx.notificationPreference.deleteMany({ where: { userId: actor.id } });
    if (mine.length) await tx.notificationPreference.createMany({ data: mine.map((kind) => ({ userId: actor.id, kind, email: wanted.has(kind) })) });
    await recordAudit(tx, { kind: "NOTIFICATION_SETTINGS_UPDATED", actorId: actor.id, districtId: actor.districtId, data: { emailKinds: [...wanted] } });
  });
}
