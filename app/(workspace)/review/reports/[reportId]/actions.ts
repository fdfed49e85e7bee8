"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { addComment } from "@/lib/reports/add-comment";
import { returnReport } from "@/lib/reports/return-report";
import { approveReport } from "@/lib/reports/approve-report";
import { publishReport } from "@/lib/reports/publish-report";
import { resolveComment } from "@/lib/reports/resolve-comment";
import { reopenForCorrection } from "@/lib/reports/reopen-for-correction";
import { withdrawReport } from "@/lib/reports/withdraw-report";
import { commentSchema, decisionSchema, publishSchema, reopenSchema, resolveCommentSchema, returnSchema, withdrawSchema } from "@/lib/reports/schemas";
import { failureResult } from "@/lib/audit/record-denial";
import { refreshPublicPages } from "@/lib/public/refresh-public-pages";
import { fromZodError, ok, type ActionResult } from "@/lib/action-result";
import { formFields } from "@/lib/http/form-data";

function refresh(reportId: string) {
  revalidatePath(`/review/reports/${reportId}`);
  revalidatePath("/review");
}


export async function addCommentAction(_prev: unknown, formData: FormData): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = commentSchema.safeParse(formFields(formData));
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
  const parsed = returnSchema.safeParse(formFields(formData));
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
  const parsed = decisionSchema.safeParse(formFields(formData));
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
  const parsed = publishSchema.safeParse(formFields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    const result = await publishReport({ actor: user, ...parsed.data });
    refresh(parsed.data.reportId);
    await refreshPublicPages([parsed.data.reportId]);
    const message = result.isCorrection ? `更正已发布，公开页面已显示更正说明（索引号 ${result.indexNumber} 不变）。` : `报告已发布，索引号 ${result.indexNumber}。`;
    return ok({ url: `/reports/${result.year}/${result.unitSlug}` }, message);
  } catch (error) {
    return failureResult(error, { actor: user, action: "report:publish", reportId: parsed.data.reportId });
  }
}

export async function resolveCommentAction(_prev: unknown, formData: FormData): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = resolveCommentSchema.safeParse(formFields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    const { reportId } = await resolveComment({ actor: user, commentId: parsed.data.commentId });
    refresh(reportId);
  } catch (error) {
    return failureResult(error, { actor: user, action: "comment:resolve" });
  }
  return ok(null, "意见已标记为解决。");
}

export async function reopenForCorrectionAction(_prev: unknown, formData: FormData): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = reopenSchema.safeParse(formFields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    await reopenForCorrection({ actor: user, ...parsed.data });
  } catch (error) {
    return failureResult(error, { actor: user, action: "report:correct", reportId: parsed.data.reportId });
  }
  refresh(parsed.data.reportId);
  return ok(null, "已发起更正：报告退回填报单位修改，公开页面在更正发布前保持不变。");
}

export async function withdrawReportAction(_prev: unknown, formData: FormData): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = withdrawSchema.safeParse(formFields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    await withdrawReport({ actor: user, ...parsed.data });
  } catch (error) {
    return failureResult(error, { actor: user, action: "report:withdraw", reportId: parsed.data.reportId });
  }
  refresh(parsed.data.reportId);
  await refreshPublicPages([parsed.data.reportId]);
  return ok(null, "报告已撤回，公开页面只保留撤回说明。");
}
