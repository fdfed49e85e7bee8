"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { addComment } from "@/lib/reports/add-comment";
import { returnReport } from "@/lib/reports/return-report";
import { approveReport } from "@/lib/reports/approve-report";
import { publishReport } from "@/lib/reports/publish-report";
import { commentSchema, decisionSchema, publishSchema, returnSchema } from "@/lib/reports/schemas";
import { failureResult } from "@/lib/audit/record-denial";
import { fromZodError, ok, type ActionResult } from "@/lib/action-result";

function refresh(reportId: string) {
  revalidatePath(`/review/reports/${reportId}`);
  revalidatePath("/review");
}

export async function addCommentAction(_prev: unknown, formData: FormData): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = commentSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    await addComment({ actor: user, input: parsed.data });
  } catch (error) {
    return failureResult(error, { actor: user, action: "report:comment", reportId: parsed.data.reportId });
  }
  refresh(parsed.data.reportId);
  return ok(null, "意见已添加。");
}

export async function returnReportAction(_prev: unknown, formData: FormData): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = returnSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    await returnReport({ actor: user, reportId: parsed.data.reportId, version: parsed.data.version, comment: parsed.data.comment || undefined });
  } catch (error) {
    return failureResult(error, { actor: user, action: "report:return", reportId: parsed.data.reportId });
  }
  refresh(parsed.data.reportId);
  return ok(null, "报告已退回，填报单位将看到审核意见。");
}

export async function approveReportAction(_prev: unknown, formData: FormData): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = decisionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    await approveReport({ actor: user, reportId: parsed.data.reportId, version: parsed.data.version });
  } catch (error) {
    return failureResult(error, { actor: user, action: "report:approve", reportId: parsed.data.reportId });
  }
  refresh(parsed.data.reportId);
  return ok(null, "报告已审核通过，可以发布。");
}

export async function publishReportAction(_prev: unknown, formData: FormData): Promise<ActionResult<{ url: string }>> {
  const user = await requireUser();
  const parsed = publishSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    const result = await publishReport({ actor: user, ...parsed.data });
    refresh(parsed.data.reportId);
    revalidatePath("/", "layout");
    return ok({ url: `/reports/${result.year}/${result.unitSlug}` }, `报告已发布，索引号 ${result.indexNumber}。`);
  } catch (error) {
    return failureResult(error, { actor: user, action: "report:publish", reportId: parsed.data.reportId });
  }
}
