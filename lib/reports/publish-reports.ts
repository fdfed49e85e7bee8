import "server-only";
import { failureResult } from "@/lib/audit/record-denial";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { publishReport } from "@/lib/reports/publish-report";

export type BatchItem = { reportId: string; version: number };
export type BatchOutcome = { reportId: string } & ({ ok: true; unitShortName: string; indexNumber: string; url: string } | { ok: false; message: string; code: string });

/**
 * Publishes several approved reports with one 发布日期. Each is its own transaction with its own
 * audit event, so one refused report (changed meanwhile, already published) leaves the others
 * published; the outcome says which is which.
 */
export async function publishReports({ actor, items, publishedAt }: { actor: Actor; items: BatchItem[]; publishedAt?: string }): Promise<BatchOutcome[]> {
  // A role that may not publish at all is refused once, not once per report.
  assertCan(actor, "report:publish");
  const outcomes: BatchOutcome[] = [];
  for (const item of items) {
    try {
      const result = await publishReport({ actor, reportId: item.reportId, version: item.version, publishedAt });
      outcomes.push({
        reportId: item.reportId,
        ok: true,
        unitShortName: result.unitShortName,
        indexNumber: result.indexNumber,
        url: `/reports/${result.year}/${result.unitSlug}`,
      });
    } catch (error) {
      // Audits a refused permission like a single publish would; rethrows anything unexpected.
      const failure = await failureResult(error, { actor, action: "report:publish", reportId: item.reportId });
      if (!failure.ok) outcomes.push({ reportId: item.reportId, ok: false, code: failure.code ?? "INVALID_INPUT", message: failure.message });
    }
  }
  return outcomes;
}
