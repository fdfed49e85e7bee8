import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { defaultTemplateSections, type TemplateSectionDef } from "@/lib/reports/template";
import { getTemplateSections } from "@/lib/reports/get-template-sections";
import { deadlineErrors, defaultPublicationDeadline } from "@/lib/years/year-rules";
import { yearAuditState, yearSelect } from "@/lib/years/year-snapshot";
import type { OpenYearInput } from "@/lib/years/schemas";

const unitKinds = ["TOWN", "DEPARTMENT"] as const;
const kindNames = { TOWN: "街镇", DEPARTMENT: "部门" } as const;

export type OpenYearResult = { year: number; templateSource: Record<"TOWN" | "DEPARTMENT", "previous" | "default">; copiedFrom: number | null };

/**
 * Opens a reporting year with one template per unit kind: a copy of the closest earlier year's
 * (keys and metric keys unchanged, so figures stay comparable across years) or the statutory
 * default when there is no earlier year, it lacks that kind, or the admin asks for it.
 */
export async function openYear({ actor, input }: { actor: Actor; input: OpenYearInput }): Promise<OpenYearResult> {
  assertCan(actor, "admin:manage");
  const publicationDeadline = input.publicationDeadline ?? defaultPublicationDeadline(input.year);
  const errors = deadlineErrors({ year: input.year, internalDeadline: input.internalDeadline, publicationDeadline });
  if (Object.keys(errors).length) throw new AppError("INVALID_INPUT", "截止日期有误，请按提示修改。", { fieldErrors: errors });

  return db.$transaction(async (tx) => {
    const exists = await tx.reportingYear.findUnique({ where: { districtId_year: { districtId: actor.districtId, year: input.year } }, select: { id: true } });
    if (exists) throw new AppError("INVALID_INPUT", `${input.year}年度已经存在。`, { fieldErrors: { year: [`${input.year}年度已经存在。`] } });
    const previous =
      input.templateSource === "previous"
        ? await tx.reportingYear.findFirst({ where: { districtId: actor.districtId, year: { lt: input.year } }, orderBy: { year: "desc" }, select: { id: true, year: true } })
        : null;
    const created = await tx.reportingYear.create({
      data: { districtId: actor.districtId, year: input.year, internalDeadline: input.internalDeadline, publicationDeadline, isOpen: true, unitSignOff: input.unitSignOff ?? false },
      select: yearSelect,
    });
    const source = {} as OpenYearResult["templateSource"];
    for (const unitKind of unitKinds) {
      const copied: TemplateSectionDef[] = previous ? await getTemplateSections(tx, { yearId: previous.id, unitKind }) : [];
      source[unitKind] = copied.length ? "previous" : "default";
      const sections = copied.length ? copied : defaultTemplateSections(input.year, unitKind);
      await tx.template.create({
        data: {
          yearId: created.id,
          unitKind,
          name: `${input.year}年度${kindNames[unitKind]}报告模板`,
          sections: {
            create: sections.map((s, i) => ({
              key: s.key, level: s.level, parentKey: s.parentKey, sortOrder: (i + 1) * 10, title: s.title, guidance: s.guidance,
              isRequired: s.isRequired, minLength: s.minLength, maxLength: s.maxLength, metrics: s.metrics,
            })),
          },
        },
      });
    }
    const copiedFrom = Object.values(source).includes("previous") ? previous!.year : null;
    await recordAudit(tx, {
      kind: "YEAR_OPENED",
      actorId: actor.id,
      districtId: actor.districtId,
      targetId: created.id,
      data: { before: null, after: yearAuditState(created), templates: source, copiedFrom },
    });
    return { year: input.year, templateSource: source, copiedFrom };
  });
}
