"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { fromZodError, ok, type ActionResult } from "@/lib/action-result";
import { notificationSettingsSchema } from "@/lib/notifications/schemas";
import { saveNotificationSettings } from "@/lib/notifications/notification-settings";
import { formOf } from "@/lib/http/form-data";

/** The kinds the user also wants by e-mail (checked `emailKinds`); kinds of other roles are dropped by the command. */
export async function saveNotificationSettingsAction(_prev: unknown, formData: FormData): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = notificationSettingsSchema.safeParse({ emailKinds: formOf(formData).getAll("emailKinds") });
  if (!parsed.success) return fromZodError(parsed.error);
  await saveNotificationSettings({ actor: user, emailKinds: parsed.data.emailKinds });
  revalidatePath("/notifications/settings");
  return ok(null, "通知设置已保存。");
}
