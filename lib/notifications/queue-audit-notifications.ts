import "server-only";
import type { Tx } from "@/lib/db";
import { notificationsForAudit, auditNotificationRules, type Audience } from "@/lib/notifications/audit-rules";
import { linkFor } from "@/lib/notifications/links";
import { writeNotifications } from "@/lib/notifications/write-notifications";
import { findRecipients } from "@/lib/notifications/find-recipients";

export type AuditedChange = {
  kind: string;
  actorId: string | null;
  districtId: string | null;
  reportId: string | null;
  sectionKey: string | null;
  targetId: string | null;
  data: Record<string, unknown>;
};

/** Turns an audited change into notifications, inside the change's transaction. */
export async function queueAuditNotifications(tx: Tx, change: AuditedChange): Promise<void> {
  if (!auditNotificationRules[change.kind]) return;
  const unitId = typeof change.data.unitId === "string" ? change.data.unitId : null;
  const [report, unit, actor] = await Promise.all([
    change.reportId
      ? tx.report.findUnique({ where: { id: change.reportId }, select: { title: true, unitId: true, year: { select: { year: true } }, unit: { select: { shortName: true, districtId: true } } } })
      : null,
    !change.reportId && unitId ? tx.unit.findUnique({ where: { id: unitId }, select: { id: true, shortName: true, districtId: true } }) : null,
    change.actorId ? tx.user.findUnique({ where: { id: change.actorId }, select: { name: true } }) : null,
  ]);
  const target = report
    ? { unitId: report.unitId, unitShortName: report.unit.shortName, districtId: report.unit.districtId, title: report.title, year: report.year.year }
    : unit
      ? { unitId: unit.id, unitShortName: unit.shortName, districtId: unit.districtId, title: `${unit.shortName}${Number(change.data.year)}年度报告`, year: Number(change.data.year) }
      : null;
  if (!target) return;

  const drafts = notificationsForAudit({
    kind: change.kind,
    data: change.data,
    sectionKey: change.sectionKey,
    unitShortName: target.unitShortName,
    reportTitle: target.title,
    year: target.year,
    actorName: actor?.name ?? "系统",
  });
  const audiences = [...new Set(drafts.map((d) => d.audience))] as Audience[];
  const recipients = await findRecipients(tx, { audiences, unitId: target.unitId, districtId: target.districtId });
  await writeNotifications(
    tx,
    drafts.flatMap((draft) =>
      (recipients.get(draft.audience) ?? [])
        .filter((userId) => userId !== change.actorId)
        .map((userId) => ({
          userId,
          kind: draft.kind,
          reportId: change.reportId,
          actorId: change.actorId,
          title: draft.title,
          body: draft.body,
          link: linkFor(draft.place, draft.audience, change.reportId),
        })),
    ),
  );
}
