import "server-only";
import { db } from "@/lib/db";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { sectionWarnings, type SectionWarning } from "@/lib/reports/quality-checks";

export type PublishableReport = {
  id: string;
  version: number;
  title: string;
  docNumber: string;
  unit: { shortName: string; kind: "TOWN" | "DEPARTMENT" };
  approvedAt: Date;
  /** A report published before is corrected, one by one, with its own 更正说明. */
  isCorrection: boolean;
  warnings: SectionWarning[];
};

/**
 * The year's approved reports, ready for the batch publish page, each with the personal-data
 * and figure checks the reviewer must see before publishing.
 */
export async function listPublishableReports({ actor, year }: { actor: Actor; year: number }): Promise<PublishableReport[]> {
  assertCan(actor, "review:list");
  const reports = await db.report.findMany({
    where: { status: "APPROVED", year: { year, districtId: actor.districtId } },
    orderBy: [{ unit: { kind: "asc" } }, { unit: { sortOrder: "asc" } }],
    select: {
      id: true,
      version: true,
      title: true,
      docNumber: true,
      indexNumber: true,
      unitId: true,
      updatedAt: true,
      unit: { select: { shortName: true, kind: true, districtId: true } },
      sections: { orderBy: { sortOrder: "asc" }, select: { key: true, parentKey: true, title: true, body: true, metrics: true } },
    },
  });
  return reports
    .filter((r) => can(actor, "report:publish", { unitId: r.unitId, districtId: r.unit.districtId, status: "APPROVED" }))
    .map((r) => {
      const parents = new Set(r.sections.map((s) => s.parentKey).filter(Boolean));
      return {
        id: r.id,
        version: r.version,
        title: r.title,
        docNumber: r.docNumber,
        unit: { shortName: r.unit.shortName, kind: r.unit.kind },
        approvedAt: r.updatedAt,
        isCorrection: r.indexNumber !== null,
        warnings: r.sections.flatMap((s) => sectionWarnings({ ...s, isGroup: parents.has(s.key) })),
      };
    });
}
