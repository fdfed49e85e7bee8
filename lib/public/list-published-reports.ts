import "server-only";
import { db } from "@/lib/db";

export type PublishedListItem = {
  year: number;
  unit: { slug: string; name: string; shortName: string; kind: "TOWN" | "DEPARTMENT" };
  title: string;
  publishedAt: Date;
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
    orderBy: [{ publishedAt: "desc" }],
    select: {
      publishedAt: true,
      docNumber: true,
      indexNumber: true,
      withdrawnAt: true,
      correctionNote: true,
      revision: { select: { snapshot: true } },
      report: {
        select: {
          title: true,
          year: { select: { year: true } },
          unit: { select: { slug: true, name: true, shortName: true, kind: true } },
        },
      },
    },
  });
  return rows.map((row) => ({
    year: row.report.year.year,
    unit: { slug: row.report.unit.slug, name: row.report.unit.name, shortName: row.report.unit.shortName, kind: row.report.unit.kind },
    title: (row.revision.snapshot as { title?: string })?.title ?? row.report.title,
    publishedAt: row.publishedAt,
    docNumber: row.docNumber,
    indexNumber: row.indexNumber,
    isWithdrawn: row.withdrawnAt !== null,
    isCorrected: row.correctionNote !== null,
  }));
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
