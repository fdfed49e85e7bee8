import "server-only";
import type { Db, Tx } from "@/lib/db";
import { parseSnapshot } from "@/lib/reports/snapshot";
import { foldText } from "./fold-text";
import { searchableText } from "./searchable-text";

/**
 * Brings the report's row in the public search index (PublishedText) in line with its current
 * publication: written when the report is public, removed when it is withdrawn or was never
 * published. Call it inside the transaction that publishes, corrects or withdraws, so the
 * index never shows what the public site does not.
 */
export async function indexPublishedText(tx: Tx, reportId: string): Promise<void> {
  const report = await tx.report.findUniqueOrThrow({
    where: { id: reportId },
    select: {
      year: { select: { year: true } },
      unit: { select: { kind: true, shortName: true, slug: true } },
      publications: {
        orderBy: { createdAt: "asc" },
        select: {
          revisionId: true,
          indexNumber: true,
          publisher: true,
          docNumber: true,
          publishedAt: true,
          correctionNote: true,
          isCurrent: true,
          withdrawnAt: true,
        },
      },
    },
  });
  const current = report.publications.find((p) => p.isCurrent);
  if (!current || current.withdrawnAt) {
    await tx.publishedText.deleteMany({ where: { reportId } });
    return;
  }

  const revision = await tx.revision.findUniqueOrThrow({ where: { id: current.revisionId }, select: { snapshot: true } });
  const snapshot = parseSnapshot(revision.snapshot);
  const text = searchableText(snapshot);
  const isCorrection = current !== report.publications[0];
  const data = {
    year: report.year.year,
    unitKind: report.unit.kind,
    unitName: current.publisher,
    unitShortName: report.unit.shortName,
    unitSlug: report.unit.slug,
    title: snapshot.title,
    docNumber: current.docNumber,
    indexNumber: current.indexNumber,
    publishedAt: report.publications[0].publishedAt,
    correctedAt: isCorrection ? current.publishedAt : null,
    correctionNote: isCorrection ? current.correctionNote : null,
    text,
    searchText: foldText(text),
  };
  await tx.publishedText.upsert({ where: { reportId }, create: { reportId, ...data }, update: data });
}

/**
 * Indexes every report that has a current publication but no row yet: fills the index of a
 * database published before the index existed (npm run search:reindex, and the seed).
 */
export async function indexMissingPublishedTexts(db: Db): Promise<number> {
  const missing = await db.report.findMany({
    where: { publications: { some: { isCurrent: true, withdrawnAt: null } }, publishedText: { is: null } },
    select: { id: true },
  });
  for (const { id } of missing) await db.$transaction((tx) => indexPublishedText(tx, id));
  return missing.length;
}
