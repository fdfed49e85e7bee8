import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { canSeeReport, type Actor, type Role } from "@/lib/auth/permissions";
import { roleLabels } from "@/lib/auth/role-labels";
import { auditKindLabel, describeEvent } from "@/lib/audit/describe-event";

/** One audit event as the log and the timeline show it. */
export type AuditEntry = {
  id: string;
  createdAt: Date;
  kind: string;
  kindLabel: string;
  actor: { name: string; login: string; role: Role; roleLabel: string } | null;
  /** The report's unit, or else the acting user's unit. */
  unitName: string | null;
  report: { id: string; year: number; unitShortName: string; isVisible: boolean } | null;
  sectionTitle: string | null;
  description: string;
  ip: string | null;
  userAgent: string | null;
};

export const auditEventSelect = {
  id: true,
  kind: true,
  createdAt: true,
  reportId: true,
  sectionKey: true,
  data: true,
  ip: true,
  userAgent: true,
  actor: { select: { name: true, login: true, role: true, unit: { select: { shortName: true } } } },
  report: { select: { id: true, status: true, unitId: true, year: { select: { year: true } }, unit: { select: { shortName: true, districtId: true } } } },
} as const satisfies Prisma.AuditEventSelect;

// Both providers' clients come from one schema, so the SQLite types stand for both (lib/db.ts).
type AuditEventRow = Prisma.AuditEventGetPayload<{ select: typeof auditEventSelect }>;

function dataTitle(data: unknown): string | null {
  const title = data && typeof data === "object" ? (data as { title?: unknown }).title : null;
  return typeof title === "string" && title ? title : null;
}

/** Section titles as the unit words them now, for the (report, section) pairs the rows name. */
async function loadSectionTitles(rows: AuditEventRow[]): Promise<Map<string, string>> {
  const named = rows.filter((r) => r.reportId && r.sectionKey);
  if (named.length === 0) return new Map();
  const sections = await db.reportSection.findMany({
    where: { reportId: { in: [...new Set(named.map((r) => r.reportId!))] }, key: { in: [...new Set(named.map((r) => r.sectionKey!))] } },
    select: { reportId: true, key: true, title: true },
  });
  return new Map(sections.map((s) => [`${s.reportId}\u0000${s.key}`, s.title]));
}

/**
 * Rows read with auditEventSelect → entries. The report link is marked visible only when the
 * actor may open the report: the log lists a draft's events, but not a way into the draft.
 */
export async function toAuditEntries(actor: Actor, rows: AuditEventRow[]): Promise<AuditEntry[]> {
  const titles = await loadSectionTitles(rows);
  return rows.map((row) => {
    // A removed section is gone from the report; its event kept the title it had.
    const sectionTitle = row.sectionKey
      ? (titles.get(`${row.reportId}\u0000${row.sectionKey}`) ?? dataTitle(row.data) ?? row.sectionKey)
      : null;
    const report = row.report;
    return {
      id: row.id,
      createdAt: row.createdAt,
      kind: row.kind,
      kindLabel: auditKindLabel(row.kind),
      actor: row.actor ? { name: row.actor.name, login: row.actor.login, role: row.actor.role, roleLabel: roleLabels[row.actor.role] } : null,
      unitName: report?.unit.shortName ?? row.actor?.unit?.shortName ?? null,
      report: report
        ? {
            id: report.id,
            year: report.year.year,
            unitShortName: report.unit.shortName,
            isVisible: canSeeReport(actor, { unitId: report.unitId, districtId: report.unit.districtId, status: report.status }),
          }
        : null,
      sectionTitle,
      description: describeEvent({ kind: row.kind, data: row.data, sectionTitle }),
      ip: row.ip,
      userAgent: row.userAgent,
    };
  });
}
