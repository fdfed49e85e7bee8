"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { addComment } from "@/lib/reports/add-comment";
import { signOffReport } from "@/lib/reports/sign-off-report";
import { refuseSignOff } from "@/lib/reports/refuse-sign-off";
import { commentSchema, decisionSchema, returnSchema } from "@/lib/reports/schemas";
import { failureResult } from "@/lib/audit/record-denial";
import { fromZodError, ok, type ActionResult } from "@/lib/action-result";
import { formFields } from "@/lib/http/form-data";

// The unit head's desk: every page of the unit's reports shows the new state, and a sign-off
// also reaches the district's review desk.
function refresh() {
  revalidatePath("/workspace", "layout");
  revalidatePath("/review", "layout");
}

export async function addSignOffCommentAction(_prev: unknown, formData: FormData): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = commentSchema.safeParse(formFields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    await addComment({ actor: user, input: parsed.data });
  } catch (error) {
    return failureResult(error, { actor: user, action: "report:comment", reportId: parsed.data.reportId });
  }
  refresh();
  return ok(null, "意见已添加，填报人可以看到。");
}

export async function signOffAction(_prev: unknown, formData: FormData): Promise<ActionResult<{ revision: number }>> {
  const user = await requireUser();
  const parsed = decisionSchema.safeParse(formFields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    const result = await signOffReport({ actor: user, reportId: parsed.data.reportId, version: parsed.data.version });
    refresh();
    return ok(result, "审签通过，报告已报送区依法治区办。");
  } catch (error) {
    return failureResult(error, { actor: user, action: "report:sign-off", reportId: parsed.data.reportId });
  }
}

export async function refuseSignOffAction(_prev: unknown, formData: FormData): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = returnSchema.safeParse(formFields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    await refuseSignOff({ actor: user, reportId: parsed.data.reportId, version: parsed.data.version, comment: parsed.data.comment || undefined });
  } catch (error) {
    return failureResult(error, { actor: user, action: "report:refuse-signoff", reportId: parsed.data.reportId });
  }
  refresh();
  return ok(null, "报告已退回填报人修改，填报人将看到您的意见。");
}
