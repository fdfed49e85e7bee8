import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeReport } from "@/lib/reports/authorize-report";
import { getTemplateSections } from "@/lib/reports/get-template-sections";
import { findDroppedKeys } from "@/lib/templates/dropped-sections";

/**
 * Removes a sub-section the unit added itself, or a section the template no longer has
 * ("已从模板中移除的部分"); sections of the current template stay. The removed text is kept
 * in the audit event, so even a deliberate removal loses no words.
 */
export async function removeExtraSection({ actor, reportId, key }: { actor: Actor; reportId: string; key: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const report = await authorizeReport(tx, actor, "report:edit", reportId);
    const section = await tx.reportSection.findUnique({
      where: { reportId_key: { reportId: report.id, key } },
      select: { id: true, templateKey: true, title: true, body: true, metrics: true, version: true },
    });
    if (!section) throw new AppError("NOT_FOUND");
    const [all, template] = await Promise.all([
      tx.reportSection.findMany({ where: { reportId: report.id }, select: { key: true, templateKey: true, parentKey: true } }),
      getTemplateSections(tx, { yearId: report.yearId, unitKind: report.unitKind }),
    ]);
    const isDropped = findDroppedKeys(all, template).has(key);
    if (section.templateKey !== null && !isDropped) throw new AppError("INVALID_INPUT", "模板规定的部分不能删除，只能删除本单位自行增加的小节。");
    if (all.some((s) => s.parentKey === key)) throw new AppError("INVALID_INPUT", "请先处理这一部分下的各小节，再删除它。");
    await tx.reportSection.delete({ where: { id: section.id } });
    await recordAudit(tx, {
      kind: "SECTION_REMOVED",
      actorId: actor.id,
      districtId: report.districtId,
      reportId: report.id,
      sectionKey: key,
      data: { title: section.title, body: section.body, metrics: section.metrics as Record<string, unknown>, version: section.version },
    });
  });
}
