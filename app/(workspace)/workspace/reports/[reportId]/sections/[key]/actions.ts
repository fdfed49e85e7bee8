"use server";

import { getCurrentUser } from "@/lib/auth/session";
import { saveSection, type SaveSectionResult } from "@/lib/reports/save-section";
import { saveSectionSchema } from "@/lib/reports/schemas";
import { failureResult } from "@/lib/audit/record-denial";
import { fail, fromZodError, ok, type ActionResult } from "@/lib/action-result";
import { errorMessages } from "@/lib/errors";

/**
 * The one save path: the save button, Ctrl+S and autosave all call it. It does not revalidate:
 * workspace pages are dynamic and re-read on navigation, and a re-render per autosave is the
 * largest cost of a save.
 */
export async function saveSectionAction(input: unknown): Promise<ActionResult<Extract<SaveSectionResult, { status: "saved" }>>> {
  // Not requireUser(): a redirect would take the editor away mid-sentence. The editor keeps the
  // text in the browser and asks the clerk to sign in again.
  const user = await getCurrentUser();
  if (!user) return fail(errorMessages.UNAUTHENTICATED, { code: "UNAUTHENTICATED" });
  const parsed = saveSectionSchema.safeParse(input);
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    const result = await saveSection({ actor: user, input: parsed.data });
    if (result.status === "conflict") {
      return fail(errorMessages.CONFLICT, { code: "CONFLICT", details: result.current });
    }
    return ok(result, "已保存");
  } catch (error) {
    return failureResult(error, { actor: user, action: "report:edit", reportId: parsed.data.reportId });
  }
}
