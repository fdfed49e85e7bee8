import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { ReportForDocx } from "@/lib/public/docx/build-report-docx";
import { publishedSections } from "@/lib/public/published-sections";
import { formatPublisher } from "@/lib/reports/publisher-pattern";
import { parseSnapshot } from "@/lib/reports/snapshot";
import type { CompilationEntry } from "./build-compilation-docx";

export type CompilationOrder = "town-first" | "department-first";

export type ListCompilationReportsOptions = {
  year: number;
  /** A reviewer's compilation (their district); the public's is the installation's one district. */
  actor?: Actor;
  /** The public compilation of this district (default: the installation's first). */
  districtId?: string;
  /** Approved reports' latest revision too (reviewers only: review:list). */
  includeApproved?: boolean;
  order?: CompilationOrder;
};

export type CompilationReports = { districtName: string; year: number; includesApproved: boolean; entries: (CompilationEntry & { unitSlug: string })[] };

/**
 * The year's reports for the compilation, in the district's unit order (Unit.sortOrder within each
 * kind, the kinds in the order asked). Public: current publications not withdrawn. With approved
 * reports: an APPROVED report's latest revision (a correction under way included) instead.
 */
export async function listCompilationReports({ year, actor, districtId, includeApproved = false, order = "town-first" }: ListCompilationReportsOptions): Promise<CompilationReports | null> {
  if (actor) assertCan(actor, "review:list");
  if (includeApproved && !actor) throw new Error("listCompilationReports: approved reports need a reviewer");
  const district = await db.district.findFirst({
    where: actor ? { id: actor.districtId } : districtId ? { id: districtId } : {},
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, publisherPattern: true },
  });
  if (!district) return null;
  const rows = await db.report.findMany({
    where: {
      year: { year, districtId: district.id },
      OR: [
        { publications: { some: { isCurrent: true, withdrawnAt: null } } },
        ...(includeApproved ? [{ status: "APPROVED" as const }] : []),
      ],
    },
    select: {
      status: true,
      docNumber: true,
      documentDate: true,
      unit: { select: { slug: true, name: true, kind: true, sortOrder: true } },
      publications: { orderBy: { createdAt: "asc" }, select: { publishedAt: true, publisher: true, docNumber: true, correctionNote: true, isCurrent: true, withdrawnAt: true, revision: { select: { snapshot: true } } } },
      revisions: { orderBy: { number: "desc" }, take: 1, select: { snapshot: true, createdAt: true } },
    },
  });
  const kindRank = (kind: string) => ((kind === "TOWN") === (order === "town-first") ? 0 : 1);
  rows.sort((a, b) => kindRank(a.unit.kind) - kindRank(b.unit.kind) || a.unit.sortOrder - b.unit.sortOrder || a.unit.name.localeCompare(b.unit.name, "zh-CN"));

  // An approved report is compiled from its approval revision; one without any (imported or
  // arranged outside the workflow) has no frozen text to compile and is left out.
  const compilable = rows.filter((row) => !(includeApproved && row.status === "APPROVED") || row.revisions.length > 0);
  const entries = compilable.map((row) => {
    const current = row.publications.find((p) => p.isCurrent && !p.withdrawnAt);
    const useApproved = includeApproved && row.status === "APPROVED";
    const first = row.publications[0];
    let report: ReportForDocx;
    if (!useApproved && current) {
      const snapshot = parseSnapshot(current.revision.snapshot);
      report = {
        title: snapshot.title,
        publisher: current.publisher,
        docNumber: current.docNumber,
        documentDate: row.documentDate,
        publishedAt: first.publishedAt,
        correction: current.correctionNote ? { note: current.correctionNote, at: current.publishedAt } : null,
        sections: publishedSections(snapshot),
      };
    } else {
      const revision = row.revisions[0]!;
      const snapshot = parseSnapshot(revision.snapshot);
      report = {
        title: snapshot.title,
        publisher: current?.publisher ?? formatPublisher(district.publisherPattern, row.unit.name),
        docNumber: snapshot.docNumber || row.docNumber,
        documentDate: row.documentDate,
        publishedAt: first?.publishedAt ?? revision.createdAt,
        correction: null,
        sections: publishedSections(snapshot),
      };
    }
    return { report, isPublished: !useApproved, unitSlug: row.unit.slug };
  });
  return { districtName: district.name, year, includesApproved: includeApproved, entries };
}
