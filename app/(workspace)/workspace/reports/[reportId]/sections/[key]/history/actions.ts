"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { restoreSectionVersion, restoreSectionVersionSchema } from "@/lib/reports/restore-section-version";
import { failureResult } from "@/lib/audit/record-denial";
import { fail, fromZodError, type ActionResult } from "@/lib/action-result";

/** Saves an older version as the newest one, then opens the editor on it. */
export async function restoreSectionVersionAction(input: unknown): Promise<ActionResult<never>> {
  const user = await requireUser();
  const parsed = restoreSectionVersionSchema.safeParse(input);
  if (!parsed.success) return fromZodError(parsed.error);
  const { reportId, key, fromVersion } = parsed.data;
  try {
    const result = await restoreSectionVersion({ actor: user, ...parsed.data });
    if (result.status === "conflict") {
      return fail(`恢复未完成：在您打开历史记录后，${result.current.updatedByName ?? "他人"}又保存了新的版本（第 ${result.current.version} 版）。请刷新页面查看最新内容后再决定是否恢复。`, {
        code: "CONFLICT",
      });
    }
  } catch (error) {
    return failureResult(error, { actor: user, action: "report:edit", reportId });
  }
  revalidatePath(`/workspace/reports/${reportId}`, "layout");
  redirect(`/workspace/reports/${reportId}/sections/${encodeURIComponent(key)}?restored=${fromVersion}`);
}
