import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { authorizeReport } from "@/lib/reports/authorize-report";
import { getTemplateSections } from "@/lib/reports/get-template-sections";
import { countCharacters, numberSections } from "@/lib/reports/numbering";
import type { MetricField } from "@/lib/reports/template";
import type { ReportStatus } from "@/lib/reports/workflow";

export type SectionVersionView = {
  version: number;
  title: string;
  body: string;
  metrics: Record<string, number | null>;
  characters: number;
  authorName: string | null;
  createdAt: Date;
  /** The file (or "粘贴的文字") this version was imported from, when an import wrote it. */
  importedFrom: string | null;
};

export type SectionHistory = {
  report: { id: string; title: string; status: ReportStatus };
  section: { key: string; number: string; title: string; version: number; metricFields: MetricField[] };
  /** Newest first; the first entry is always the section as it is stored now. */
  versions: SectionVersionView[];
  canRestore: boolean;
};

export type ListSectionHistoryOptions = { actor: Actor; reportId: string; key: string };

/** Every saved version of one section, or null when the report or section is not visible to the actor. */
export async function listSectionHistory({ actor, reportId, key }: ListSectionHistoryOptions): Promise<SectionHistory | null> {
  let report;
  try {
    report = await authorizeReport(db, actor, "report:read", reportId);
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) return null;
    throw error;
  }

  const [outline, section] = await Promise.all([
    db.reportSection.findMany({ where: { reportId: report.id }, orderBy: { sortOrder: "asc" }, select: { key: true, level: true } }),
    db.reportSection.findUnique({
    where: { reportId_key: { reportId: report.id, key } },
    select: {
      id: true,
      templateKey: true,
      title: true,
      body: true,
      metrics: true,
      version: true,
      updatedAt: true,
      updatedBy: { select: { name: true } },
      history: {
        orderBy: { version: "desc" },
        select: { version: true, title: true, body: true, metrics: true, createdAt: true, author: { select: { name: true } } },
      },
    },
    }),
  ]);
  const number = numberSections(outline).find((s) => s.key === key)?.number;
  if (!section || number === undefined) return null;

  const versions: SectionVersionView[] = section.history.map((v) => ({
    version: v.version,
    title: v.title,
    body: v.body,
    metrics: (v.metrics ?? {}) as Record<string, number | null>,
    characters: countCharacters(v.body),
    authorName: v.author?.name ?? null,
    createdAt: v.createdAt,
    importedFrom: null,
  }));
  // Seeded and imported sections have no version row for their current text: the row itself is the latest version.
  if (versions[0]?.version !== section.version) {
    versions.unshift({
      version: section.version,
      title: section.title,
      body: section.body,
      metrics: (section.metrics ?? {}) as Record<string, number | null>,
      characters: countCharacters(section.body),
      authorName: section.updatedBy?.name ?? null,
      createdAt: section.updatedAt,
      importedFrom: null,
    });
  }
  const imports = await importedVersions(report.id, key);
  for (const v of versions) v.importedFrom = imports.get(v.version) ?? null;

  const template = section.templateKey ? await getTemplateSections(db, { yearId: report.yearId, unitKind: report.unitKind }) : [];
  return {
    report: { id: report.id, title: report.title, status: report.status },
    section: {
      key,
      number,
      title: section.title,
      version: section.version,
      metricFields: template.find((t) => t.key === section.templateKey)?.metrics ?? [],
    },
    versions,
    canRestore: can(actor, "report:edit", report),
  };
}

/** Versions of the section that an import wrote (lib/import/apply-import.ts records them in its audit event). */
async function importedVersions(reportId: string, key: string): Promise<Map<number, string>> {
  const events = await db.auditEvent.findMany({ where: { reportId, kind: "REPORT_IMPORTED" }, select: { data: true } });
  const found = new Map<number, string>();
  for (const event of events) {
    const data = (event.data ?? {}) as { sourceName?: unknown; sections?: unknown };
    if (typeof data.sourceName !== "string" || !Array.isArray(data.sections)) continue;
    for (const written of data.sections as { key?: unknown; to?: unknown }[]) {
      if (written.key === key && typeof written.to === "number") found.set(written.to, data.sourceName);
    }
  }
  return found;
}
