"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { urgeUnits } from "@/lib/reminders/urge-units";
import { urgeSchema } from "@/lib/notifications/schemas";
import { failureResult } from "@/lib/audit/record-denial";
import { fromZodError, ok, type ActionResult } from "@/lib/action-result";
import { formFields } from "@/lib/http/form-data";

/** 催报 from the review desk: one unit (target = its id) or every unit that has not submitted (target = "late"). */
export async function urgeAction(_prev: unknown, formData: FormData): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = urgeSchema.safeParse(formFields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  let urged: number;
  try {
    ({ urged } = await urgeUnits({ actor: user, input: parsed.data }));
  } catch (error) {
    return failureResult(error, { actor: user, action: "review:urge" });
  }
  revalidatePath("/review");
  return ok(null, `已向 ${urged} 个单位催报。`);
}
