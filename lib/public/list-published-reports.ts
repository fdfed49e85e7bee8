import "server-only";
import { db } from "@/lib/db";
import { parseSnapshot } from "@/lib/reports/snapshot";

export type PublishedListItem = {
  year: number;
  unit: { slug: string; name: string; shortName: string; kind: "TOWN" | "DEPARTMENT" };
  title: string;
  /** 发布日期: the first publication's date, as on the report page and in the open-data API. */
  publishedAt: Date;
  /** 更正日期: the current publication's date when it is a correction still public. */
  correctedAt: Date | null;
  docNumber: string;
  indexNumber: string;
  isWithdrawn: boolean;
  isCorrected: boolean;
};

export type ListPublishedOptions = { kind?: "TOWN" | "DEPARTMENT"; year?: number };

/** Current publications only: drafts and superseded revisions never reach the public. */
export async function listPublishedReports(options: ListPublishedOptions = {}): Promise<PublishedListItem[]> {
  const rows = await db.publication.findMany({
    where: {
      isCurrent: true,
      // The current publication stays public while a correction of it is under way, whatever
      // the report's working status.
      report: {
        ...(options.kind ? { unit: { kind: options.kind } } : {}),
        ...(options.year ? { year: { year: options.year } } : {}),
      },
    },
    select: {
      publishedAt: true,
      docNumber: true,
      indexNumber: true,
      withdrawnAt: true,
      correctionNote: true,
      revisionId: true,
      report: {
        select: {
          title: true,
          status: true,
          publications: { orderBy: { createdAt: "asc" }, take: 1, select: { publishedAt: true } },
          year: { select: { year: true } },
          unit: { select: { slug: true, name: true, shortName: true, kind: true } },
        },
      },
    },
  });
  const publishedTitles = await titlesUnderCorrection(rows);
  const items = rows.map((row) => ({
    year: row.report.year.year,
    unit: { slug: row.report.unit.slug, name: row.report.unit.name, shortName: row.report.unit.shortName, kind: row.report.unit.kind },
    title: publishedTitles.get(row.revisionId) ?? row.report.title,
    publishedAt: row.report.publications[0]?.publishedAt ?? row.publishedAt,
    correctedAt: row.correctionNote !== null && row.withdrawnAt === null ? row.publishedAt : null,
    docNumber: row.docNumber,
    indexNumber: row.indexNumber,
    isWithdrawn: row.withdrawnAt !== null,
    isCorrected: row.correctionNote !== null,
  }));
  // Newest 发布日期 first; a correction does not move a report up the list.
  return items.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
}

/**
 * The published title (from the frozen revision) of reports whose working copy may have moved
 * on: those reopened for a correction. A report that is PUBLISHED or WITHDRAWN cannot have been
 * edited since its current publication, so its own title is the published one — which spares
 * reading a whole snapshot per row (a year's list of a thousand units).
 */
async function titlesUnderCorrection(rows: { revisionId: string; report: { status: string } }[]): Promise<Map<string, string>> {
  const ids = rows.filter((row) => row.report.status !== "PUBLISHED" && row.report.status !== "WITHDRAWN").map((row) => row.revisionId);
  if (ids.length === 0) return new Map();
  const revisions = await db.revision.findMany({ where: { id: { in: ids } }, select: { id: true, snapshot: true } });
  return new Map(revisions.map((r) => [r.id, parseSnapshot(r.snapshot).title]));
}

/** Years that have at least one publication, newest first. */
export async function listPublishedYears(): Promise<number[]> {
  const years = await db.reportingYear.findMany({
    where: { reports: { some: { publications: { some: { isCurrent: true } } } } },
    orderBy: { year: "desc" },
    select: { year: true },
  });
  return [...new Set(years.map((y) => y.year))];
}
