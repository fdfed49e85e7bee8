import "server-only";
import type { Tx } from "@/lib/db";
import { getTemplateSections } from "@/lib/reports/get-template-sections";
import type { ReportContext } from "@/lib/reports/authorize-report";
import type { ReportSnapshot } from "@/lib/reports/snapshot";
import { findDroppedKeys } from "@/lib/templates/dropped-sections";

/** Freezes the report as it stands now into the next numbered Revision. */
export async function createRevision(
  tx: Tx,
  report: ReportContext,
  options: { kind: "SUBMISSION" | "APPROVAL" | "PUBLICATION" | "CORRECTION"; actorId: string; docNumber?: string; signedOff?: { byId: string; at: Date } },
): Promise<{ id: string; number: number }> {
  const [sections, template, last] = await Promise.all([
    tx.reportSection.findMany({
      where: { reportId: report.id },
      orderBy: { sortOrder: "asc" },
      select: { key: true, templateKey: true, level: true, parentKey: true, title: true, body: true, metrics: true },
    }),
    getTemplateSections(tx, { yearId: report.yearId, unitKind: report.unitKind }),
    tx.revision.findFirst({ where: { reportId: report.id }, orderBy: { number: "desc" }, select: { number: true } }),
  ]);
  const templateByKey = new Map(template.map((t) => [t.key, t]));
  // A section the template dropped goes into the revision only when it holds text (so the
  // reviewer sees it and nothing written is silently cut); an empty one is left out.
  const dropped = findDroppedKeys(sections, template);
  const isEmptyDropped = (s: (typeof sections)[number]) =>
    dropped.has(s.key) && !s.body.trim() && !Object.values((s.metrics ?? {}) as Record<string, unknown>).some((v) => v != null) && !sections.some((c) => c.parentKey === s.key);
  const snapshot: ReportSnapshot = {
    title: report.title,
    docNumber: options.docNumber ?? report.docNumber,
    sections: sections.filter((s) => !isEmptyDropped(s)).map((s) => {
      const fields = s.templateKey ? templateByKey.get(s.templateKey)?.metrics ?? [] : [];
      return {
        key: s.key,
        level: s.level,
        title: s.title,
        body: s.body,
        metrics: (s.metrics ?? {}) as Record<string, number | null>,
        metricLabels: Object.fromEntries(fields.map((m) => [m.key, { label: m.label, unit: m.unit }])),
        metricOrder: fields.map((m) => m.key),
      };
    }),
  };
  const number = (last?.number ?? 0) + 1;
  const revision = await tx.revision.create({
    data: {
      reportId: report.id, number, kind: options.kind, snapshot, createdById: options.actorId,
      signedOffById: options.signedOff?.byId ?? null, signedOffAt: options.signedOff?.at ?? null,
    },
    select: { id: true },
  });
  return { id: revision.id, number };
}
