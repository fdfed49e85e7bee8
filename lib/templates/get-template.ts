import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getTemplateSections } from "@/lib/reports/get-template-sections";
import type { TemplateSectionDef } from "@/lib/reports/template";
import { outlineHash } from "@/lib/templates/outline-hash";

export type UnitKind = "TOWN" | "DEPARTMENT";

export type TemplateView = {
  year: number;
  unitKind: UnitKind;
  isOpen: boolean;
  sections: TemplateSectionDef[];
  baseHash: string;
  /** Reports a change would merge into (not yet published), and those it leaves alone. */
  reportsInProgress: number;
  reportsPublished: number;
};

export function stripSortOrder(rows: (TemplateSectionDef & { sortOrder: number })[]): TemplateSectionDef[] {
  return rows.map((row) => ({
    key: row.key, level: row.level, parentKey: row.parentKey, title: row.title, guidance: row.guidance,
    isRequired: row.isRequired, minLength: row.minLength, maxLength: row.maxLength, metrics: row.metrics,
  }));
}

export async function getTemplate({ actor, year, unitKind }: { actor: Actor; year: number; unitKind: UnitKind }): Promise<TemplateView | null> {
  assertCan(actor, "admin:manage");
  const reportingYear = await db.reportingYear.findUnique({
    where: { districtId_year: { districtId: actor.districtId, year } },
    select: { id: true, isOpen: true },
  });
  if (!reportingYear) return null;
  const [rows, counts] = await Promise.all([
    getTemplateSections(db, { yearId: reportingYear.id, unitKind }),
    db.report.groupBy({ by: ["status"], where: { yearId: reportingYear.id, unit: { kind: unitKind } }, _count: { _all: true } }),
  ]);
  const sections = stripSortOrder(rows);
  const count = (statuses: string[]) => counts.filter((c) => statuses.includes(c.status)).reduce((sum, c) => sum + c._count._all, 0);
  return {
    year,
    unitKind,
    isOpen: reportingYear.isOpen,
    sections,
    baseHash: outlineHash(sections),
    reportsInProgress: count(["DRAFT", "RETURNED", "SUBMITTED", "APPROVED"]),
    reportsPublished: count(["PUBLISHED", "WITHDRAWN"]),
  };
}
