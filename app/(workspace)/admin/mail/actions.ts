"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { failureResult } from "@/lib/audit/record-denial";
import { fromZodError, ok, type ActionResult } from "@/lib/action-result";
import { resendMailSchema } from "@/lib/notifications/schemas";
import { resendMail } from "@/lib/mail/failed-mail";
import { formFields } from "@/lib/http/form-data";

/** Puts one failed message (`id`) back in the queue; the command checks admin:manage and audits it. */
export async function resendMailAction(_prev: unknown, formData: FormData): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = resendMailSchema.safeParse(formFields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    await resendMail({ actor: user, id: parsed.data.id });
  } catch (error) {
    return failureResult(error, { actor: user, action: "admin:manage" });
  }
  revalidatePath("/admin/mail");
  revalidatePath("/admin");
  return ok(null, "已重新加入发送队列，稍后由后台发送。");
}
