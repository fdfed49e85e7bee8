import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { getTemplateSections } from "@/lib/reports/get-template-sections";
import type { TemplateSectionDef } from "@/lib/reports/template";
import { planTemplateMerge } from "@/lib/templates/merge-plan";
import { outlineHash } from "@/lib/templates/outline-hash";
import { stripSortOrder, type UnitKind } from "@/lib/templates/get-template";

export type SaveTemplateSummary = { reportsUpdated: number; sectionsAdded: number; emptySectionsRemoved: number; sectionsKeptAsDropped: number };

// Published and withdrawn reports keep the outline they were published with: their public text
// is a frozen Revision anyway, and a later correction edits what was published.
const mergedStatuses = ["DRAFT", "RETURNED", "SUBMITTED", "APPROVED"] as const;

async function mergeIntoReports(tx: Tx, yearId: string, unitKind: UnitKind, template: TemplateSectionDef[]): Promise<SaveTemplateSummary> {
  const reports = await tx.report.findMany({
    where: { yearId, unit: { kind: unitKind }, status: { in: [...mergedStatuses] } },
    select: {
      id: true,
      status: true,
      sections: { select: { id: true, key: true, templateKey: true, level: true, parentKey: true, sortOrder: true, isRequired: true, body: true, metrics: true } },
    },
  });
  // A heading with sub-sections has no body of its own, so the editor would hide text written
  // under a heading that now gains sub-sections: refuse instead of hiding anyone's words.
  const headings = new Set(template.filter((t) => t.parentKey).map((t) => t.parentKey!));
  const hidden = reports.flatMap((r) => r.sections.filter((s) => s.templateKey && headings.has(s.templateKey) && s.body.trim()).map((s) => ({ reportId: r.id, key: s.templateKey! })));
  if (hidden.length) {
    const titles = [...new Set(hidden.map((h) => `“${template.find((t) => t.key === h.key)?.title ?? h.key}”`))];
    throw new AppError(
      "INVALID_INPUT",
      `${new Set(hidden.map((h) => h.reportId)).size} 份报告已在${titles.join("、")}下直接写有正文，不能在它下面增加小节，否则正文将无处显示。请改为增加新的一级标题。`,
    );
  }
  const summary: SaveTemplateSummary = { reportsUpdated: 0, sectionsAdded: 0, emptySectionsRemoved: 0, sectionsKeptAsDropped: 0 };
  for (const report of reports) {
    const sections = report.sections.map((s) => ({ ...s, metrics: (s.metrics ?? {}) as Record<string, number | null> }));
    const plan = planTemplateMerge({ sections, template, isUnsubmitted: report.status === "DRAFT" || report.status === "RETURNED" });
    const idOf = new Map(sections.map((s) => [s.key, s.id]));
    if (plan.deletes.length) await tx.reportSection.deleteMany({ where: { reportId: report.id, key: { in: plan.deletes } } });
    // Placement only: title, body, metrics and the section's lock version stay as the unit left
    // them, so a clerk editing during the change saves without a conflict.
    for (const u of plan.updates) {
      await tx.reportSection.update({ where: { id: idOf.get(u.key)! }, data: { level: u.level, parentKey: u.parentKey, sortOrder: u.sortOrder, isRequired: u.isRequired } });
    }
    if (plan.creates.length) {
      await tx.reportSection.createMany({
        data: plan.creates.map((c) => ({ reportId: report.id, key: c.key, templateKey: c.key, level: c.level, parentKey: c.parentKey, sortOrder: c.sortOrder, title: c.title, isRequired: c.isRequired, metrics: {} })),
      });
    }
    if (plan.updates.length || plan.creates.length || plan.deletes.length) summary.reportsUpdated += 1;
    summary.sectionsAdded += plan.creates.length;
    summary.emptySectionsRemoved += plan.deletes.length;
    summary.sectionsKeptAsDropped += plan.kept.length;
  }
  return summary;
}

/**
 * Saves a year's whole outline for one unit kind as one change, and merges it into that year's
 * reports still in the works (lib/templates/merge-plan.ts says how; no text is ever lost).
 * `baseHash` names the outline the editor loaded: a save over a newer one is refused.
 */
export async function saveTemplate(options: { actor: Actor; year: number; unitKind: UnitKind; sections: TemplateSectionDef[]; baseHash: string }): Promise<SaveTemplateSummary> {
  const { actor, year, unitKind, sections } = options;
  assertCan(actor, "admin:manage");
  return db.$transaction(async (tx) => {
    const reportingYear = await tx.reportingYear.findUnique({ where: { districtId_year: { districtId: actor.districtId, year } }, select: { id: true } });
    if (!reportingYear) throw new AppError("NOT_FOUND");
    const template = await tx.template.findUnique({ where: { yearId_unitKind: { yearId: reportingYear.id, unitKind } }, select: { id: true } });
    const before = stripSortOrder(await getTemplateSections(tx, { yearId: reportingYear.id, unitKind }));
    if (outlineHash(before) !== options.baseHash) throw new AppError("STALE_VIEW", "模板在您打开后已被他人修改，请刷新页面后再修改。");
    const templateId =
      template?.id ??
      (await tx.template.create({ data: { yearId: reportingYear.id, unitKind, name: `${year}年度${unitKind === "TOWN" ? "街镇" : "部门"}报告模板` }, select: { id: true } })).id;
    await tx.templateSection.deleteMany({ where: { templateId } });
    await tx.templateSection.createMany({
      data: sections.map((s, i) => ({
        templateId, key: s.key, level: s.level, parentKey: s.parentKey, sortOrder: (i + 1) * 10, title: s.title, guidance: s.guidance,
        isRequired: s.isRequired, minLength: s.minLength, maxLength: s.maxLength, metrics: s.metrics,
      })),
    });
    const summary = await mergeIntoReports(tx, reportingYear.id, unitKind, sections);
    await recordAudit(tx, {
      kind: "TEMPLATE_UPDATED",
      actorId: actor.id,
      districtId: actor.districtId,
      targetId: templateId,
      data: { year, unitKind, before, after: sections, ...summary },
    });
    return summary;
  });
}
