import "server-only";
import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { renumberSections } from "@/lib/reports/renumber-sections";
import { classifyLines } from "@/lib/import/classify-lines";
import { readImportSource, type ImportSource } from "@/lib/import/import-source";
import { loadImportTarget } from "@/lib/import/import-target";
import { prepareImport } from "@/lib/import/prepare-import";
import { assertPlanConfirmable } from "@/lib/import/check-plan-limits";
import type { ImportPlan, OutlineSection } from "@/lib/import/import-plan";
import type { ConfirmInput } from "@/lib/import/schemas";

export type ApplyImportResult = { reportId: string; sections: number; characters: number };

/** Figures the user confirmed, for the fields the section has; anything else is refused. */
export function confirmedFigures(section: OutlineSection | undefined, key: string, metrics: ConfirmInput["metrics"]): Record<string, number> {
  const given = metrics[key] ?? {};
  const allowed = new Set(section?.metrics.map((m) => m.key) ?? []);
  const unknown = Object.keys(given).filter((k) => !allowed.has(k));
  if (unknown.length > 0) throw new AppError("INVALID_INPUT", "包含该部分没有的统计指标，请重新预览。");
  return given;
}

/**
 * Writes an import into a report being drafted, in one transaction: each section it touches gets
 * one new version (so the history can restore what was there), new sub-sections are added, and
 * a section someone saved after the preview was built stops the whole import, so nobody's text
 * is overwritten unseen.
 */
export async function applyImport(options: { actor: Actor; reportId: string; source: ImportSource; input: ConfirmInput }): Promise<ApplyImportResult> {
  const { actor, input } = options;
  const read = await readImportSource(options.source);
  if (read.checksum !== input.checksum) throw new AppError("STALE_VIEW", "文件或文字与预览时不同，请重新预览后再确认。");
  const classified = classifyLines(read.lines);

  return db.$transaction(async (tx) => {
    const target = await loadImportTarget(tx, actor, { kind: "report", reportId: options.reportId });
    if (target.kind !== "report") throw new AppError("NOT_FOUND");
    const { plan } = prepareImport(classified, target.outline, input.decisions);
    // A section saved since the preview makes the preview stale, whatever else it says.
    assertNothingChangedSincePreview(plan, input.versions);
    assertPlanConfirmable(plan);

    const byKey = new Map(target.outline.map((s) => [s.key, s]));
    const written: { key: string; from: number | null; to: number; mode: string; isNew: boolean }[] = [];
    for (const entry of plan.entries) {
      const figures = confirmedFigures(byKey.get(entry.key), entry.key, input.metrics);
      if (entry.isNew) {
        const key = `extra-${randomBytes(5).toString("hex")}`;
        const created = await tx.reportSection.create({
          data: { reportId: target.report.id, key, templateKey: null, level: 2, parentKey: entry.parentKey, sortOrder: 0, title: entry.title, body: entry.finalBody ?? "", metrics: {}, updatedById: actor.id },
          select: { id: true },
        });
        await tx.sectionVersion.create({ data: { sectionId: created.id, authorId: actor.id, version: 1, title: entry.title, body: entry.finalBody ?? "", metrics: {} } });
        written.push({ key, from: null, to: 1, mode: "new", isNew: true });
        await placeAfterSiblings(tx, target.report.id, key, entry.parentKey);
        continue;
      }
      const current = await tx.reportSection.findUniqueOrThrow({
        where: { reportId_key: { reportId: target.report.id, key: entry.key } },
        select: { id: true, version: true, metrics: true },
      });
      const metrics = { ...((current.metrics ?? {}) as Record<string, number | null>), ...figures };
      // The version the preview was built from: a save in between matches nothing and stops all.
      const updated = await tx.reportSection.updateMany({
        where: { id: current.id, version: input.versions[entry.key] },
        data: { title: entry.title, body: entry.finalBody ?? "", metrics, version: { increment: 1 }, updatedById: actor.id },
      });
      if (updated.count !== 1) throw conflictError([entry.currentTitle]);
      await tx.sectionVersion.create({
        data: { sectionId: current.id, authorId: actor.id, version: current.version + 1, title: entry.title, body: entry.finalBody ?? "", metrics },
      });
      written.push({ key: entry.key, from: current.version, to: current.version + 1, mode: entry.mode ?? "replace", isNew: false });
    }

    const characters = plan.counts.imported;
    await recordAudit(tx, {
      kind: "REPORT_IMPORTED",
      actorId: actor.id,
      districtId: target.report.districtId,
      reportId: target.report.id,
      data: { sourceName: read.name, checksum: read.checksum, characters, removed: plan.counts.furniture, removedByUser: plan.counts.removedByUser, sections: written },
    });
    return { reportId: target.report.id, sections: written.length, characters };
  });
}

function conflictError(titles: string[]): AppError {
  return new AppError(
    "CONFLICT",
    `“${titles.join("”“")}”在您预览之后已被保存过。为免覆盖这些内容，本次没有导入任何文字。请重新预览，看过最新内容后再确认。`,
  );
}

export function assertNothingChangedSincePreview(plan: ImportPlan, versions: Record<string, number>): void {
  const changed = plan.entries.filter((e) => !e.isNew && e.currentVersion !== null && versions[e.key] !== e.currentVersion);
  if (changed.length > 0) throw conflictError(changed.map((e) => e.currentTitle));
}

/** A new sub-section goes after the last sub-section of its heading. */
async function placeAfterSiblings(tx: Tx, reportId: string, key: string, parentKey: string | null): Promise<void> {
  const sections = await tx.reportSection.findMany({ where: { reportId }, orderBy: { sortOrder: "asc" }, select: { id: true, key: true, parentKey: true } });
  const ids = sections.filter((s) => s.key !== key).map((s) => s.id);
  const created = sections.find((s) => s.key === key)!;
  const lastSibling = sections.filter((s) => s.key !== key && (s.parentKey === parentKey || s.key === parentKey)).at(-1);
  ids.splice(lastSibling ? ids.indexOf(lastSibling.id) + 1 : ids.length, 0, created.id);
  await renumberSections(tx, ids);
}
