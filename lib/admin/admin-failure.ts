import "server-only";
import { failureResult } from "@/lib/audit/record-denial";
import type { ActionResult, FieldErrors } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/permissions";

/** An admin command's expected failure as a result, with its per-field messages on the form's fields. */
export async function adminFailure(error: unknown, context: { actor: Actor; action: string }): Promise<ActionResult<never>> {
  const result = await failureResult(error, context);
  if (!result.ok && result.details && typeof result.details === "object" && "fieldErrors" in result.details) {
    return { ...result, fieldErrors: result.details.fieldErrors as FieldErrors, details: undefined };
  }
  return result;
}
