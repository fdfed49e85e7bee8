import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ReportContext } from "@/lib/reports/authorize-report";
import { getTemplateSections } from "@/lib/reports/get-template-sections";
import { findSubmitBlockers } from "@/lib/reports/completeness";
import { toSectionsForCheck } from "@/lib/reports/section-for-check";

/** What a report needs before it leaves the clerk (to the district, or to the unit's head). */
export async function assertReadyToSubmit(tx: Tx, report: ReportContext): Promise<void> {
  const reportId = report.id;
  const [sections, template, openComments] = await Promise.all([
    tx.reportSection.findMany({
      where: { reportId },
      // Blockers are listed in the report's order; without it PostgreSQL returns rows as they lie on disk.
      orderBy: { sortOrder: "asc" },
      select: { key: true, templateKey: true, title: true, body: true, metrics: true, isRequired: true, parentKey: true },
    }),
    getTemplateSections(tx, { yearId: report.yearId, unitKind: report.unitKind }),
    tx.reviewComment.count({ where: { reportId, status: "OPEN" } }),
  ]);
  const blockers = findSubmitBlockers(toSectionsForCheck(sections, template));
  if (blockers.length) throw new AppError("INCOMPLETE", undefined, blockers);
  if (openComments > 0) throw new AppError("OPEN_COMMENTS");
}
