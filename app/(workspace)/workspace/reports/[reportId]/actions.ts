"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { submitReport } from "@/lib/reports/submit-report";
import { answerComment } from "@/lib/reports/answer-comment";
import { answerSchema } from "@/lib/reports/schemas";
import { failureResult } from "@/lib/audit/record-denial";
import { fromZodError, ok, type ActionResult } from "@/lib/action-result";

export async function submitReportAction(reportId: string): Promise<ActionResult<{ revision: number }>> {
  const user = await requireUser();
  try {
    const result = await submitReport({ actor: user, reportId: String(reportId) });
    revalidatePath(`/workspace/reports/${reportId}`);
    return ok(result, "报告已提交，等待区依法治区办审核。");
  } catch (error) {
    return failureResult(error, { actor: user, action: "report:submit", reportId });
  }
}

export async function answerCommentAction(commentId: string, _prev: unknown, formData: FormData): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = answerSchema.safeParse({ commentId, answer: formData.get("answer") });
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    await answerComment({ actor: user, commentId: parsed.data.commentId, answer: parsed.data.answer });
  } catch (error) {
    return failureResult(error, { actor: user, action: "comment:answer" });
  }
  revalidatePath("/workspace/reports", "layout");
  return ok(null, "已答复。");
}
