"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { fromZodError, ok, type ActionResult } from "@/lib/action-result";
import { markReadSchema } from "@/lib/notifications/schemas";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { inAppPathSchema } from "@/lib/http/in-app-path";
import { formFields } from "@/lib/http/form-data";

// The link comes back from the browser: it must be a path on this site (lib/http/in-app-path.ts).
const openSchema = z.object({ id: z.string().trim().min(1).max(64), to: inAppPathSchema });

/** One notification (`id`), or all of them (`all=1`); only the user's own rows can change. */
export async function markReadAction(_prev: unknown, formData: FormData): Promise<ActionResult<{ count: number }>> {
  const user = await requireUser();
  const parsed = markReadSchema.safeParse(formFields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  const count = await markNotificationsRead("all" in parsed.data ? { actor: user, all: true } : { actor: user, ids: [parsed.data.id] });
  revalidatePath("/notifications");
  return ok({ count }, count > 0 ? "已标为已读。" : "这条通知已经是已读状态。");
}

/** Everything unread of the user's; there is no input beyond the session. */
export async function markAllReadAction(): Promise<ActionResult<{ count: number }>> {
  const user = await requireUser();
  const count = await markNotificationsRead({ actor: user, all: true });
  revalidatePath("/notifications");
  return ok({ count }, count > 0 ? `已将 ${count} 条通知标为已读。` : "没有未读通知。");
}

/** Following a notification's link reads it; works as a plain form post without JavaScript. */
export async function openNotificationAction(_prev: unknown, formData: FormData): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = openSchema.safeParse(formFields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  await markNotificationsRead({ actor: user, ids: [parsed.data.id] });
  revalidatePath("/notifications");
  redirect(parsed.data.to);
}
