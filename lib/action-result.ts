import { z } from "zod";
import { isAppError, type ErrorCode } from "@/lib/errors";

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code?: ErrorCode; message: string; fieldErrors?: FieldErrors; details?: unknown };

export function ok<T>(data: T, message?: string): ActionResult<T> {
  return { ok: true, data, message };
}

export function fail(message: string, extra: Omit<Extract<ActionResult, { ok: false }>, "ok" | "message"> = {}): ActionResult<never> {
  return { ok: false, message, ...extra };
}

/** Field errors keyed by dotted path (metrics.lectures), so nested fields get their own message. */
export function fromZodError(error: z.ZodError): ActionResult<never> {
  const { formErrors } = z.flattenError(error);
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.path.length === 0) continue;
    const key = issue.path.join(".");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fail(formErrors[0] ?? "填写内容有误，请按提示修改。", { code: "INVALID_INPUT", fieldErrors });
}

/** Turns an AppError into a result; anything else is a bug and keeps propagating. */
export function fromAppError(error: unknown): ActionResult<never> {
  if (isAppError(error)) return fail(error.message, { code: error.code, details: error.details });
  throw error;
}
