"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { submitReport } from "@/lib/reports/submit-report";
import { requestSignOff } from "@/lib/reports/request-sign-off";
import { answerComment } from "@/lib/reports/answer-comment";
import { addExtraSection } from "@/lib/reports/add-extra-section";
import { removeExtraSection } from "@/lib/reports/remove-extra-section";
import { addSectionSchema, answerSchema, removeSectionSchema } from "@/lib/reports/schemas";
import { failureResult } from "@/lib/audit/record-denial";
import { fromZodError, ok, type ActionResult } from "@/lib/action-result";
import { formFields, formOf } from "@/lib/http/form-data";

export async function submitReportAction(reportId: string): Promise<ActionResult<{ revision: number }>> {
  const user = await requireUser();
  // Whatever a hand-made request sends: the denial's audit row needs a string.
  const id = String(reportId);
  try {
    const result = await submitReport({ actor: user, reportId: id });
    revalidatePath(`/workspace/reports/${id}`);
    return ok(result, "报告已提交，等待区依法治区办审核。");
  } catch (error) {
    return failureResult(error, { actor: user, action: "report:submit", reportId: id });
  }
}

/** In a year with 单位审签: the clerk sends the report to the unit's head instead of the district. */
export async function requestSignOffAction(reportId: string): Promise<ActionResult<null>> {
  const user = await requireUser();
  const id = String(reportId);
  try {
    await requestSignOff({ actor: user, reportId: id });
  } catch (error) {
    return failureResult(error, { actor: user, action: "report:request-signoff", reportId: id });
  }
  revalidatePath("/workspace", "layout");
  return ok(null, "已送单位负责人审签。");
}

export async function answerCommentAction(commentId: string, _prev: unknown, formData: FormData): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = answerSchema.safeParse({ commentId, answer: formOf(formData).get("answer") });
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    await answerComment({ actor: user, commentId: parsed.data.commentId, answer: parsed.data.answer });
  } catch (error) {
    return failureResult(error, { actor: user, action: "comment:answer" });
  }
  revalidatePath("/workspace/reports", "layout");
  return ok(null, "已答复。");
}

export async function addSectionAction(_prev: unknown, formData: FormData): Promise<ActionResult<{ key: string }>> {
  const user = await requireUser();
  const parsed = addSectionSchema.safeParse(formFields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    const result = await addExtraSection({ actor: user, input: parsed.data });
    revalidatePath(`/workspace/reports/${parsed.data.reportId}`);
    return ok(result, "已增加小节。");
  } catch (error) {
    return failureResult(error, { actor: user, action: "report:edit", reportId: parsed.data.reportId });
  }
}

export async function removeSectionAction(input: { reportId: string; key: string }): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = removeSectionSchema.safeParse(input);
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    await removeExtraSection({ actor: user, reportId: parsed.data.reportId, key: parsed.data.key });
  } catch (error) {
    return failureResult(error, { actor: user, action: "report:edit", reportId: parsed.data.reportId });
  }
  revalidatePath(`/workspace/reports/${parsed.data.reportId}`);
  return ok(null, "已删除小节。");
}
