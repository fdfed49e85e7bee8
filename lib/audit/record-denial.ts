import "server-only";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { fromAppError, type ActionResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/permissions";

/**
 * Turns a command's expected failure into an action result. A refused permission is audited in
 * its own transaction, because the command's transaction rolled back with the refusal.
 */
export async function failureResult(error: unknown, context: { actor: Actor; action: string; reportId?: string }): Promise<ActionResult<never>> {
  if (isAppError(error) && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND")) {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        kind: "PERMISSION_DENIED",
        actorId: context.actor.id,
        districtId: context.actor.districtId,
        data: { action: context.action, code: error.code, reportId: context.reportId ?? null },
      }),
    );
  }
  return fromAppError(error);
}
