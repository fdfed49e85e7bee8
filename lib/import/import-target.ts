import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { authorizeReport, type ReportContext } from "@/lib/reports/authorize-report";
import { getTemplateSections, type TemplateSectionRow } from "@/lib/reports/get-template-sections";
import type { OutlineSection } from "@/lib/import/import-plan";
import { reportOutline } from "@/lib/import/import-outline";
import { templateOutline } from "@/lib/import/template-outline";

/** Into a report's draft (a clerk's own, or any unit's for an admin), or a past year's report published as it was. */
export type ImportTargetRef = { kind: "report"; reportId: string } | { kind: "historical"; unitId: string; year: number };

export type LoadedTarget =
  | { kind: "report"; report: ReportContext; template: TemplateSectionRow[]; outline: OutlineSection[] }
  | {
      kind: "historical";
      unit: { id: string; name: string; shortName: string; slug: string; kind: "TOWN" | "DEPARTMENT"; orgCode: string; districtId: string };
      year: { id: string; year: number };
      /** An untouched draft the import takes over, if the unit opened the year without writing. */
      emptyDraftId: string | null;
      template: TemplateSectionRow[];
      outline: OutlineSection[];
    };

export async function loadImportTarget(tx: Tx, actor: Actor, ref: ImportTargetRef): Promise<LoadedTarget> {
  if (ref.kind === "report") {
    // A role without the right is refused before the report is read, whatever report it names.
    assertCan(actor, "report:import");
    const report = await authorizeReport(tx, actor, "report:import", ref.reportId);
    const template = await getTemplateSections(tx, { yearId: report.yearId, unitKind: report.unitKind });
    return { kind: "report", report, template, outline: await reportOutline(tx, report.id, template) };
  }

  assertCan(actor, "report:import-published");
  const unit = await tx.unit.findFirst({
    where: { id: ref.unitId, districtId: actor.districtId },
    select: { id: true, name: true, shortName: true, slug: true, kind: true, orgCode: true, districtId: true },
  });
  if (!unit) throw new AppError("NOT_FOUND", "未找到该单位。");
  const year = await tx.reportingYear.findUnique({ where: { districtId_year: { districtId: actor.districtId, year: ref.year } }, select: { id: true, year: true } });
  if (!year) throw new AppError("INVALID_INPUT", `系统中还没有 ${ref.year} 年度，请先在“年度与模板”中开启该年度（可开启后立即关闭）。`);
  const template = await getTemplateSections(tx, { yearId: year.id, unitKind: unit.kind });
  if (template.length === 0) throw new AppError("NO_TEMPLATE");

  const existing = await tx.report.findUnique({
    where: { unitId_yearId: { unitId: unit.id, yearId: year.id } },
    select: { id: true, status: true, sections: { select: { body: true } } },
  });
  const isEmptyDraft = existing?.status === "DRAFT" && existing.sections.every((s) => !s.body.trim());
  if (existing && !isEmptyDraft) {
    throw new AppError(
      "INVALID_INPUT",
      `${unit.shortName}${ref.year}年度已有报告（${existing.status === "PUBLISHED" ? "已发布" : "正在填报或审核"}），不能作为历史报告直接发布。需要改动请通过填报或更正流程。`,
    );
  }
  return { kind: "historical", unit, year, emptyDraftId: existing?.id ?? null, template, outline: templateOutline(template) };
}
