import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeReport } from "@/lib/reports/authorize-report";
import { getTemplateSections } from "@/lib/reports/get-template-sections";
import { findSubmitBlockers } from "@/lib/reports/completeness";
import { transitionReport } from "@/lib/reports/transition-report";
import { createRevision } from "@/lib/reports/create-revision";
import { toSectionsForCheck } from "@/lib/reports/section-for-check";

export async function submitReport({ actor, reportId }: { actor: Actor; reportId: string }): Promise<{ revision: number }> {
  return db.$transaction(async (tx) => {
    const report = await authorizeReport(tx, actor, "report:submit", reportId);
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

    await transitionReport(tx, report, "submit", { data: { submittedAt: new Date() } });
    const revision = await createRevision(tx, report, { kind: "SUBMISSION", actorId: actor.id });
    await recordAudit(tx, {
      kind: "REPORT_SUBMITTED",
      actorId: actor.id,
      districtId: report.districtId,
      reportId,
      data: { from: report.status, to: "SUBMITTED", revision: revision.number },
    });
    return { revision: revision.number };
  });
}
