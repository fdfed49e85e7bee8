import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeReport } from "@/lib/reports/authorize-report";
import { renumberSections } from "@/lib/reports/renumber-sections";
import type { AddSectionInput } from "@/lib/reports/schemas";

/**
 * Adds a unit's own sub-section at the end of a level-1 heading's sub-sections. Only headings
 * that already group sub-sections take new ones: a heading with its own body would lose it.
 */
export async function addExtraSection({ actor, input }: { actor: Actor; input: AddSectionInput }): Promise<{ key: string }> {
  return db.$transaction(async (tx) => {
    const report = await authorizeReport(tx, actor, "report:edit", input.reportId);
    const sections = await tx.reportSection.findMany({
      where: { reportId: report.id },
      orderBy: { sortOrder: "asc" },
      select: { id: true, key: true, level: true, parentKey: true },
    });
    const parent = sections.find((s) => s.key === input.parentKey);
    if (!parent) throw new AppError("NOT_FOUND");
    const children = sections.filter((s) => s.parentKey === parent.key);
    if (parent.level !== 1 || children.length === 0) {
      throw new AppError("INVALID_INPUT", "只能在含有小节的一级标题下增加小节。");
    }

    const key = `extra-${randomBytes(5).toString("hex")}`;
    const created = await tx.reportSection.create({
      data: { reportId: report.id, key, templateKey: null, level: 2, parentKey: parent.key, sortOrder: 0, title: input.title, metrics: {} },
      select: { id: true },
    });
    const ids = sections.map((s) => s.id);
    ids.splice(ids.indexOf(children.at(-1)!.id) + 1, 0, created.id);
    await renumberSections(tx, ids);
    await recordAudit(tx, {
      kind: "SECTION_ADDED",
      actorId: actor.id,
      districtId: report.districtId,
      reportId: report.id,
      sectionKey: key,
      data: { parentKey: parent.key, title: input.title },
    });
    return { key };
  });
}
