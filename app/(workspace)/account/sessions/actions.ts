"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { endOtherSessions, endSession } from "@/lib/auth/sessions/end-session";
import { sessionIdSchema } from "@/lib/auth/schemas";
import { fromAppError, fromZodError, ok, type ActionResult } from "@/lib/action-result";

export async function endSessionAction(sessionId: string): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = sessionIdSchema.safeParse(sessionId);
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    await endSession({ actor: user, sessionId: parsed.data });
  } catch (error) {
    return fromAppError(error);
  }
  revalidatePath("/account/sessions");
  return ok(null, "该会话已结束。");
}

export async function endOtherSessionsAction(): Promise<ActionResult<{ count: number }>> {
  const user = await requireUser();
  let count: number;
  try {
    count = await endOtherSessions({ actor: user, currentSessionId: user.sessionId });
  } catch (error) {
    return fromAppError(error);
  }
  revalidatePath("/account/sessions");
  return ok({ count }, count > 0 ? `已结束其他 ${count} 个会话。` : "没有其他会话。");
}
