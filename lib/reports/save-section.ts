import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeReport } from "@/lib/reports/authorize-report";
import { getTemplateSections } from "@/lib/reports/get-template-sections";
import type { SaveSectionInput } from "@/lib/reports/schemas";

export type StoredSection = {
  title: string;
  body: string;
  metrics: Record<string, number | null>;
  version: number;
  updatedAt: Date;
  updatedByName: string | null;
};

export type SaveSectionResult =
  | { status: "saved"; version: number; updatedAt: Date }
  | { status: "conflict"; current: StoredSection };

/**
 * Saves one section under an optimistic lock: the update only matches the version the editor
 * started from. When someone saved in between, nothing is written and the stored text comes
 * back, so the editor can show both versions instead of overwriting either.
 */
// PostgreSQL's jsonb does not keep key order, so metrics are compared key by key.
function sameMetrics(a: Record<string, number | null>, b: Record<string, number | null>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? null) === (b[key] ?? null));
}

export async function saveSection({ actor, input }: { actor: Actor; input: SaveSectionInput }): Promise<SaveSectionResult> {
  return db.$transaction(async (tx) => {
    const report = await authorizeReport(tx, actor, "report:edit", input.reportId);
    const where = { reportId_key: { reportId: report.id, key: input.key } };

    const hasMetrics = Object.keys(input.metrics).length > 0;
    if (hasMetrics) {
      const section = await tx.reportSection.findUnique({ where, select: { templateKey: true } });
      if (!section) throw new AppError("NOT_FOUND");
      const template = section.templateKey ? await getTemplateSections(tx, { yearId: report.yearId, unitKind: report.unitKind }) : [];
      const allowed = new Set(template.find((t) => t.key === section.templateKey)?.metrics.map((m) => m.key) ?? []);
      const unknown = Object.keys(input.metrics).filter((key) => !allowed.has(key));
      if (unknown.length) throw new AppError("INVALID_INPUT", "包含本部分没有的统计指标，请刷新页面后重试。");
    }

    // Saves are the hot path (autosave): the common case is one conditional UPDATE returning the
    // row, and the section is only read again when that UPDATE matched nothing.
    const updated = await tx.reportSection
      .update({
        where: { ...where, version: input.version },
        // A form without metric fields sends none; a section the template dropped may still hold
        // figures, which that save must not wipe.
        data: { title: input.title, body: input.body, ...(hasMetrics ? { metrics: input.metrics } : {}), version: { increment: 1 }, updatedById: actor.id },
        select: { id: true, version: true, updatedAt: true },
      })
      .catch((error: unknown) => {
        if ((error as { code?: string }).code === "P2025") return null;
        throw error;
      });
    if (!updated) {
      const current = await tx.reportSection.findUnique({
        where,
        select: { title: true, body: true, metrics: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } },
      });
      if (!current) throw new AppError("NOT_FOUND");
      // A retry of a save that already landed (a tab closed mid-save, a lost response) finds its
      // own text stored: that is success, not a conflict.
      const isSameContent =
        current.title === input.title && current.body === input.body && (!hasMetrics || sameMetrics(current.metrics as Record<string, number | null>, input.metrics));
      if (isSameContent) return { status: "saved", version: current.version, updatedAt: current.updatedAt };
      return {
        status: "conflict",
        current: {
          title: current.title,
          body: current.body,
          metrics: current.metrics as Record<string, number | null>,
          version: current.version,
          updatedAt: current.updatedAt,
          updatedByName: current.updatedBy?.name ?? null,
        },
      };
    }
    await tx.sectionVersion.create({
      data: { sectionId: updated.id, authorId: actor.id, version: updated.version, title: input.title, body: input.body, metrics: input.metrics },
    });
    await recordAudit(tx, {
      kind: "SECTION_SAVED",
      actorId: actor.id,
      districtId: report.districtId,
      reportId: report.id,
      sectionKey: input.key,
      data: { version: updated.version, characters: input.body.length },
    });
    return { status: "saved", version: updated.version, updatedAt: updated.updatedAt };
  });
}
