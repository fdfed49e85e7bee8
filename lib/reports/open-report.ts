import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { getTemplateSections } from "@/lib/reports/get-template-sections";

export type OpenReportOptions = { actor: Actor; year: number };

/**
 * The clerk's unit's report for a year, created from the year's template on first open.
 * Two first opens at once are safe: the (unit, year) unique key lets only one create it.
 */
export async function openReport({ actor, year }: OpenReportOptions): Promise<{ id: string; isNew: boolean }> {
  assertCan(actor, "report:edit");
  if (!actor.unitId) throw new AppError("FORBIDDEN");
  const unitId = actor.unitId;
  const reportingYear = await db.reportingYear.findUnique({
    where: { districtId_year: { districtId: actor.districtId, year } },
    select: { id: true, isOpen: true },
  });
  if (!reportingYear) throw new AppError("NOT_FOUND");
  const existing = await db.report.findUnique({ where: { unitId_yearId: { unitId, yearId: reportingYear.id } }, select: { id: true } });
  if (existing) return { id: existing.id, isNew: false };
  if (!reportingYear.isOpen) throw new AppError("YEAR_CLOSED");

  const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { kind: true, shortName: true } });
  try {
    return await db.$transaction(async (tx) => {
      const template = await getTemplateSections(tx, { yearId: reportingYear.id, unitKind: unit.kind });
      if (template.length === 0) throw new AppError("NO_TEMPLATE");
      const report = await tx.report.create({
        data: {
          unitId,
          yearId: reportingYear.id,
          title: `${unit.shortName}${year}年法治政府建设年度报告`,
          sections: {
            create: template.map((section) => ({
              key: section.key,
              templateKey: section.key,
              level: section.level,
              parentKey: section.parentKey,
              sortOrder: section.sortOrder,
              title: section.title,
              isRequired: section.isRequired,
              metrics: {},
            })),
          },
        },
        select: { id: true },
      });
      await recordAudit(tx, { kind: "REPORT_CREATED", actorId: actor.id, districtId: actor.districtId, reportId: report.id, data: { year } });
      return { id: report.id, isNew: true };
    });
  } catch (error) {
    const raced = await db.report.findUnique({ where: { unitId_yearId: { unitId, yearId: reportingYear.id } }, select: { id: true } });
    if (raced) return { id: raced.id, isNew: false };
    throw error;
  }
}
