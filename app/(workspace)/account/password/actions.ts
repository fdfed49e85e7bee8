"use server";

import { redirect } from "next/navigation";
import { requireSessionUser } from "@/lib/auth/session";
import { changePassword } from "@/lib/auth/change-password";
import { changePasswordSchema } from "@/lib/auth/schemas";
import { fromAppError, fromZodError, ok, type ActionResult } from "@/lib/action-result";
import { formFields } from "@/lib/http/form-data";

export async function changePasswordAction(_prev: unknown, formData: FormData): Promise<ActionResult<{ endedSessions: number }>> {
  // Not requireUser(): this is the one thing a user with a one-time password may do.
  const user = await requireSessionUser();
  const parsed = changePasswordSchema.safeParse(formFields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  let result: { endedSessions: number };
  try {
    result = await changePassword({ actor: user, sessionId: user.sessionId, input: parsed.data });
  } catch (error) {
    return fromAppError(error);
  }
  // After a forced change the user goes on to their work; otherwise they stay and read the result.
  if (user.mustChangePassword) redirect("/workspace");
  const others = result.endedSessions > 0 ? `其他 ${result.endedSessions} 个会话已退出。` : "";
  return ok(result, `密码已修改。${others}`);
}
