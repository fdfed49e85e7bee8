"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { saveSection, type SaveSectionResult } from "@/lib/reports/save-section";
import { saveSectionSchema } from "@/lib/reports/schemas";
import { failureResult } from "@/lib/audit/record-denial";
import { fail, fromZodError, ok, type ActionResult } from "@/lib/action-result";
import { errorMessages } from "@/lib/errors";

/** The one save path: the save button, Ctrl+S and autosave all call it. */
export async function saveSectionAction(input: unknown): Promise<ActionResult<Extract<SaveSectionResult, { status: "saved" }>>> {
  const user = await requireUser();
  const parsed = saveSectionSchema.safeParse(input);
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    const result = await saveSection({ actor: user, input: parsed.data });
    if (result.status === "conflict") {
      return fail(errorMessages.CONFLICT, { code: "CONFLICT", details: result.current });
    }
    revalidatePath(`/workspace/reports/${parsed.data.reportId}`);
    return ok(result, "已保存");
  } catch (error) {
    return failureResult(error, { actor: user, action: "report:edit", reportId: parsed.data.reportId });
  }
}
