import "server-only";
import type { Tx } from "@/lib/db";
import { auditKinds, type AuditKind } from "@/lib/audit/events";
import { getRequestMeta } from "@/lib/audit/request-meta";
import { queueAuditNotifications } from "@/lib/notifications/queue-audit-notifications";

export type RecordAuditOptions = {
  kind: AuditKind;
  actorId?: string | null;
  districtId?: string | null;
  reportId?: string | null;
  sectionKey?: string | null;
  targetId?: string | null;
  data?: Record<string, unknown>;
};

/**
 * Written inside the caller's transaction, so the event exists exactly when the change does;
 * so are the notifications it causes (lib/notifications/audit-rules.ts), the outbox included.
 */
export async function recordAudit(tx: Tx, options: RecordAuditOptions): Promise<void> {
  const meta = await getRequestMeta();
  await tx.auditEvent.create({
    data: {
      kind: auditKinds.parse(options.kind),
      actorId: options.actorId ?? null,
      districtId: options.districtId ?? null,
      reportId: options.reportId ?? null,
      sectionKey: options.sectionKey ?? null,
      targetId: options.targetId ?? null,
      data: (options.data ?? undefined) as never,
      ip: meta.ip,
      userAgent: meta.userAgent,
    },
  });
  await queueAuditNotifications(tx, {
    kind: options.kind,
    actorId: options.actorId ?? null,
    districtId: options.districtId ?? null,
    reportId: options.reportId ?? null,
    sectionKey: options.sectionKey ?? null,
    targetId: options.targetId ?? null,
    data: options.data ?? {},
  });
}
