import "server-only";
import { db } from "@/lib/db";
import { withdrawalCovering } from "@/lib/public/withdrawal-cover";

export const feedSize = 50;

/** One publication event: a first publication or a correction. */
export type FeedEntry = {
  publicationId: string;
  /** 1 for the first publication, 2 for the first correction… as in the report's history URLs. */
  version: number;
  year: number;
  unitSlug: string;
  publisher: string;
  title: string;
  indexNumber: string;
  publishedAt: Date;
  /** Set for a correction. */
  correctionNote: string | null;
};

export type FeedData = { siteTitle: string; entries: FeedEntry[] };

/**
 * The newest publication events of reports the public can read now. A withdrawn report has no
 * row in the search index (PublishedText), so none of its events are listed, and a report
 * published again after a withdrawal lists only what came after it; a correction under way is
 * not an event until it is published.
 */
export async function listFeedEntries(): Promise<FeedData> {
  const [district, publications] = await Promise.all([
    db.district.findFirst({ orderBy: { createdAt: "asc" }, select: { siteTitle: true } }),
    db.publication.findMany({
      where: { report: { publishedText: { isNot: null } } },
      orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
      take: feedSize,
      select: {
        id: true,
        reportId: true,
        createdAt: true,
        indexNumber: true,
        publisher: true,
        publishedAt: true,
        correctionNote: true,
        report: { select: { publishedText: { select: { title: true, year: true, unitSlug: true } } } },
      },
    }),
  ]);
  // A publication's version is its place among the report's publications, oldest first.
  const siblings = await db.publication.findMany({
    where: { reportId: { in: [...new Set(publications.map((p) => p.reportId))] } },
    orderBy: { createdAt: "asc" },
    select: { id: true, reportId: true, withdrawnAt: true, withdrawReason: true },
  });
  const versionOf = new Map<string, number>();
  const byReport = new Map<string, typeof siblings>();
  for (const p of siblings) {
    const list = byReport.get(p.reportId) ?? [];
    list.push(p);
    byReport.set(p.reportId, list);
    versionOf.set(p.id, list.length);
  }
  const isHidden = (p: { id: string; reportId: string }) => withdrawalCovering(byReport.get(p.reportId) ?? [], versionOf.get(p.id)! - 1) !== null;

  const entries = publications.flatMap((p) => {
    const text = p.report.publishedText;
    if (!text || isHidden(p)) return [];
    return [
      {
        publicationId: p.id,
        version: versionOf.get(p.id) ?? 1,
        year: text.year,
        unitSlug: text.unitSlug,
        publisher: p.publisher,
        title: text.title,
        indexNumber: p.indexNumber,
        publishedAt: p.publishedAt,
        correctionNote: p.correctionNote,
      },
    ];
  });
  return { siteTitle: district?.siteTitle ?? "法治政府建设年度报告", entries };
}
