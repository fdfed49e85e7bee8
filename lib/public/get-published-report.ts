import { db } from "@/lib/db";
import { publishedSections } from "@/lib/public/published-sections";
import { parseSnapshot } from "@/lib/reports/snapshot";
import { withdrawalCovering } from "./withdrawal-cover";

import type { PublishedSection } from "@/lib/public/published-sections";

export type { PublishedSection };

/** One publication of the report: the first, or a correction of it. */
export type PublicationHistoryEntry = {
  /** 1 for the first publication, 2 for the first correction… — part of the version's URL. */
  version: number;
  publishedAt: Date;
  correctionNote: string | null;
  isCurrent: boolean;
  isWithdrawn: boolean;
  /** Withdrawn, or earlier than a withdrawn version: its text and 更正说明 are not public. */
  isTextHidden: boolean;
};

export type PublishedReport = {
  id: string;
  year: number;
  title: string;
  unit: { slug: string; name: string; shortName: string; kind: "TOWN" | "DEPARTMENT" };
  indexNumber: string;
  publisher: string;
  docNumber: string;
  documentDate: Date | null;
  /** 发布日期: the first publication's date; a correction has its own date below. */
  publishedAt: Date;
  /** 更正日期: the version's own date when it is a correction (none on a withdrawal notice). */
  correctedAt: Date | null;
  /** The version shown: the current one unless an earlier version was asked for. */
  version: number;
  isCurrentVersion: boolean;
  correction: { note: string; at: Date } | null;
  /**
   * Kept for the page's notice; the text of a withdrawn version, and of every version before
   * it, is not given out (withdrawal-cover.ts).
   */
  withdrawn: { at: Date; reason: string } | null;
  sections: PublishedSection[];
  history: PublicationHistoryEntry[];
  otherYears: number[];
};

/**
 * A unit's published report for a year, read from frozen revisions: the current publication, or
 * an earlier one by its version number. Drafts and unpublished revisions are never reachable.
 */
export async function getPublishedReport({ year, unitSlug, version }: { year: number; unitSlug: string; version?: number }): Promise<PublishedReport | null> {
  const report = await db.report.findFirst({
    where: { year: { year }, unit: { slug: unitSlug }, publications: { some: {} } },
    select: {
      id: true,
      unitId: true,
      documentDate: true,
      unit: { select: { slug: true, name: true, shortName: true, kind: true } },
      publications: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          revisionId: true,
          indexNumber: true,
          publisher: true,
          docNumber: true,
          publishedAt: true,
          correctionNote: true,
          isCurrent: true,
          withdrawnAt: true,
          withdrawReason: true,
        },
      },
    },
  });
  if (!report) return null;
  const publications = report.publications;
  const index = version === undefined ? publications.findIndex((p) => p.isCurrent) : version - 1;
  const chosen = publications[index];
  if (!chosen) return null;
  const withdrawn = withdrawalCovering(publications, index);

  const [revision, otherYears] = await Promise.all([
    withdrawn ? null : db.revision.findUniqueOrThrow({ where: { id: chosen.revisionId }, select: { snapshot: true } }),
    db.publication.findMany({
      where: { isCurrent: true, report: { unitId: report.unitId } },
      select: { report: { select: { year: { select: { year: true } } } } },
    }),
  ]);
  const snapshot = revision ? parseSnapshot(revision.snapshot) : null;

  return {
    id: report.id,
    year,
    title: snapshot?.title ?? (await titleOf(publications[0].revisionId)),
    unit: report.unit,
    indexNumber: chosen.indexNumber,
    publisher: chosen.publisher,
    docNumber: chosen.docNumber,
    documentDate: report.documentDate,
    publishedAt: publications[0].publishedAt,
    version: index + 1,
    isCurrentVersion: chosen.isCurrent,
    correctedAt: index > 0 && !withdrawn ? chosen.publishedAt : null,
    correction: chosen.correctionNote && !withdrawn ? { note: chosen.correctionNote, at: chosen.publishedAt } : null,
    withdrawn,
    sections: snapshot ? publishedSections(snapshot) : [],
    history: publications.map((p, i) => ({
      version: i + 1,
      publishedAt: p.publishedAt,
      correctionNote: p.correctionNote,
      isCurrent: p.isCurrent,
      isWithdrawn: p.withdrawnAt !== null,
      isTextHidden: withdrawalCovering(publications, i) !== null,
    })),
    otherYears: otherYears.map((p) => p.report.year.year).filter((y) => y !== year).sort((a, b) => b - a),
  };
}

/** A withdrawn version still shows its title (the notice needs it), never its text. */
async function titleOf(revisionId: string): Promise<string> {
  const revision = await db.revision.findUniqueOrThrow({ where: { id: revisionId }, select: { snapshot: true } });
  return parseSnapshot(revision.snapshot).title;
}
