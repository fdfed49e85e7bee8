import "server-only";
import { db } from "@/lib/db";
import { listPublishedYears } from "@/lib/public/list-published-reports";
import { buildPublicationOverview, type PublicationOverview } from "@/lib/public/publication-overview";
import type { UnitKind } from "@/lib/public/browse-params";

/**
 * The year × unit overview of one kind: every unit as a row (deactivated ones only while they
 * have something public), every year with a publication as a column. Current publications only.
 */
export async function listPublicationOverview({ kind }: { kind: UnitKind }): Promise<PublicationOverview> {
  const currentPublication = { publications: { some: { isCurrent: true } } };
  const [years, units] = await Promise.all([
    listPublishedYears(),
    db.unit.findMany({
      where: { kind, OR: [{ isActive: true }, { reports: { some: currentPublication } }] },
      orderBy: [{ sortOrder: "asc" }, { shortName: "asc" }],
      select: {
        slug: true,
        shortName: true,
        isActive: true,
        reports: {
          where: currentPublication,
          select: {
            year: { select: { year: true } },
            publications: { where: { isCurrent: true }, select: { withdrawnAt: true, correctionNote: true } },
          },
        },
      },
    }),
  ]);
  return buildPublicationOverview({
    years,
    units: units.map((unit) => ({
      slug: unit.slug,
      shortName: unit.shortName,
      isActive: unit.isActive,
      publications: unit.reports.flatMap((report) =>
        report.publications.map((p) => ({ year: report.year.year, isWithdrawn: p.withdrawnAt !== null, isCorrected: p.correctionNote !== null })),
      ),
    })),
  });
}
