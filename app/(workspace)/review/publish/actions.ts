"use server";

import { requireUser } from "@/lib/auth/session";
import { publishReports, type BatchOutcome } from "@/lib/reports/publish-reports";
import { batchPublishSchema } from "@/lib/reports/schemas";
import { failureResult } from "@/lib/audit/record-denial";
import { refreshPublicPages } from "@/lib/public/refresh-public-pages";
import { fromZodError, ok, type ActionResult } from "@/lib/action-result";
import { formOf } from "@/lib/http/form-data";

export async function batchPublishAction(_prev: unknown, formData: FormData): Promise<ActionResult<BatchOutcome[]>> {
  const user = await requireUser();
  const parsed = batchPublishSchema.safeParse({ publishedAt: formOf(formData).get("publishedAt") ?? undefined, reports: formOf(formData).getAll("reports") });
  if (!parsed.success) return fromZodError(parsed.error);
  let outcomes: BatchOutcome[];
  try {
    outcomes = await publishReports({ actor: user, items: parsed.data.reports, publishedAt: parsed.data.publishedAt });
  } catch (error) {
    return failureResult(error, { actor: user, action: "report:publish" });
  }
  const published = outcomes.filter((o) => o.ok).length;
  // The review desk and every public page (lists, report pages, feeds) may show the new reports.
  if (published > 0) await refreshPublicPages(outcomes.filter((o) => o.ok).map((o) => o.reportId));
  const failed = outcomes.length - published;
  return ok(outcomes, failed ? `已发布 ${published} 份，${failed} 份未能发布，原因见下表。` : `已发布 ${published} 份报告。`);
}
