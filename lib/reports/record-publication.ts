import "server-only";
import type { Tx } from "@/lib/db";
import { formatPublisher } from "@/lib/reports/publisher-pattern";
import { indexPublishedText } from "@/lib/public/search/index-published-text";

export type PublicationInput = {
  reportId: string;
  revisionId: string;
  indexNumber: string;
  publishedAt: Date;
  /** The district's 发布机构 pattern and the unit's name it is filled with. */
  publisherPattern: string;
  unitName: string;
  docNumber: string;
  correctionNote: string | null;
  actorId: string;
};

/** Makes a frozen revision the report's current publication and puts its text in the public search. */
export async function recordPublication(tx: Tx, input: PublicationInput): Promise<void> {
  await tx.publication.updateMany({ where: { reportId: input.reportId, isCurrent: true }, data: { isCurrent: false } });
  await tx.publication.create({
    data: {
      reportId: input.reportId,
      revisionId: input.revisionId,
      indexNumber: input.indexNumber,
      publishedAt: input.publishedAt,
      publisher: formatPublisher(input.publisherPattern, input.unitName),
      docNumber: input.docNumber,
      correctionNote: input.correctionNote,
      createdById: input.actorId,
    },
  });
  await indexPublishedText(tx, input.reportId);
}
