import "server-only";
import { db } from "@/lib/db";
import { numberSections, toParagraphs } from "@/lib/reports/numbering";
import { parseSnapshot } from "@/lib/reports/snapshot";

export type PublishedSection = {
  key: string;
  level: number;
  number: string;
  title: string;
  paragraphs: string[];
  metrics: { key: string; label: string; unit: string; value: number }[];
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
  publishedAt: Date;
  correctionNote: string | null;
  withdrawn: { at: Date; reason: string } | null;
  sections: PublishedSection[];
  otherYears: number[];
};

/** The current publication of one unit's report for a year, read from its frozen revision. */
export async function getPublishedReport({ year, unitSlug }: { year: number; unitSlug: string }): Promise<PublishedReport | null> {
  const publication = await db.publication.findFirst({
    where: { isCurrent: true, report: { year: { year }, unit: { slug: unitSlug } } },
    select: {
      reportId: true,
      indexNumber: true,
      publisher: true,
      docNumber: true,
      publishedAt: true,
      correctionNote: true,
      withdrawnAt: true,
      withdrawReason: true,
      revision: { select: { snapshot: true } },
      report: {
        select: {
          documentDate: true,
          unitId: true,
          unit: { select: { slug: true, name: true, shortName: true, kind: true } },
        },
      },
    },
  });
  if (!publication) return null;
  const snapshot = parseSnapshot(publication.revision.snapshot);
  const otherYears = await db.publication.findMany({
    where: { isCurrent: true, report: { unitId: publication.report.unitId } },
    select: { report: { select: { year: { select: { year: true } } } } },
  });

  return {
    id: publication.reportId,
    year,
    title: snapshot.title,
    unit: publication.report.unit,
    indexNumber: publication.indexNumber,
    publisher: publication.publisher,
    docNumber: publication.docNumber,
    documentDate: publication.report.documentDate,
    publishedAt: publication.publishedAt,
    correctionNote: publication.correctionNote,
    withdrawn: publication.withdrawnAt ? { at: publication.withdrawnAt, reason: publication.withdrawReason ?? "" } : null,
    sections: numberSections(snapshot.sections).map((s) => ({
      key: s.key,
      level: s.level,
      number: s.number,
      title: s.title,
      paragraphs: toParagraphs(s.body),
      // In the template's order: jsonb (PostgreSQL) does not keep the object's key order.
      metrics: Object.entries(s.metrics)
        .filter((entry): entry is [string, number] => entry[1] !== null)
        .sort(([a], [b]) => metricRank(s.metricOrder, a) - metricRank(s.metricOrder, b))
        .map(([key, value]) => ({ key, value, label: s.metricLabels[key]?.label ?? key, unit: s.metricLabels[key]?.unit ?? "" })),
    })),
    otherYears: otherYears.map((p) => p.report.year.year).filter((y) => y !== year).sort((a, b) => b - a),
  };
}

/** Position of a metric in the template's order; keys the template no longer has go last. */
function metricRank(order: string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}
