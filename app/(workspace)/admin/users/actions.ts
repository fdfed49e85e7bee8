"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { failureResult } from "@/lib/audit/record-denial";
import { fromZodError, ok, type ActionResult } from "@/lib/action-result";
import { createUserSchema, updateUserSchema } from "@/lib/users/schemas";
import { createUser } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";
import { setUserActive } from "@/lib/users/set-user-active";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { unlockUser } from "@/lib/users/unlock-user";
import { endUserSession } from "@/lib/users/end-user-session";
import { isAppError } from "@/lib/errors";
import { formOf } from "@/lib/http/form-data";

type Data = { password?: string; login?: string } | undefined;

const idSchema = z.object({ userId: z.string().min(1).max(40) });
const sessionSchema = z.object({ sessionId: z.string().min(1).max(40), userId: z.string().min(1).max(40) });

function fields(formData: FormData) {
  return Object.fromEntries([...formOf(formData).entries()].filter(([key]) => !key.startsWith("$")));
}

async function run(action: string, work: () => Promise<ActionResult<Data>>, userId?: string): Promise<ActionResult<Data>> {
  const user = await requireUser();
  try {
    const result = await work();
    revalidatePath("/admin/users");
    if (userId) revalidatePath(`/admin/users/${userId}`);
    return result;
  } catch (error) {
    // A login that is taken is a field error, so it appears under the field.
    if (isAppError(error) && error.code === "INVALID_INPUT" && (error.details as { field?: string })?.field === "login") {
      return { ok: false, code: error.code, message: error.message, fieldErrors: { login: [error.message] } };
    }
    return failureResult(error, { actor: user, action });
  }
}

export async function createUserAction(_prev: unknown, formData: FormData): Promise<ActionResult<Data>> {
  const actor = await requireUser();
  const parsed = createUserSchema.safeParse(fields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  return run("admin:manage", async () => {
    const created = await createUser({ actor, input: parsed.data });
    return ok({ login: created.login, password: created.password }, `已创建账号 ${created.login}。`);
  });
}

export async function updateUserAction(_prev: unknown, formData: FormData): Promise<ActionResult<Data>> {
  const actor = await requireUser();
  const parsed = updateUserSchema.safeParse(fields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  return run(
    "admin:manage",
    async () => {
      const { sessionsEnded } = await updateUser({ actor, input: parsed.data });
      return ok(undefined, sessionsEnded ? `已保存，并结束了该用户的 ${sessionsEnded} 个会话。` : "已保存。");
    },
    parsed.data.userId,
  );
}

export async function setUserActiveAction(_prev: unknown, formData: FormData): Promise<ActionResult<Data>> {
  const actor = await requireUser();
  const parsed = idSchema.extend({ isActive: z.enum(["true", "false"]) }).safeParse(fields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  const isActive = parsed.data.isActive === "true";
  return run(
    "admin:manage",
    async () => {
      await setUserActive({ actor, userId: parsed.data.userId, isActive });
      return ok(undefined, isActive ? "账号已启用。" : "账号已停用，该用户的全部会话已结束。");
    },
    parsed.data.userId,
  );
}

export async function resetPasswordAction(_prev: unknown, formData: FormData): Promise<ActionResult<Data>> {
  const actor = await requireUser();
  const parsed = idSchema.safeParse(fields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  return run(
    "admin:manage",
    async () => {
      const { password, login } = await resetUserPassword({ actor, userId: parsed.data.userId });
      return ok({ password, login }, "密码已重置。");
    },
    parsed.data.userId,
  );
}

export async function unlockUserAction(_prev: unknown, formData: FormData): Promise<ActionResult<Data>> {
  const actor = await requireUser();
  const parsed = idSchema.safeParse(fields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  return run(
    "admin:manage",
    async () => {
      await unlockUser({ actor, userId: parsed.data.userId });
      return ok(undefined, "已解除锁定，该用户可以立即重新登录。");
    },
    parsed.data.userId,
  );
}

export async function endSessionAction(_prev: unknown, formData: FormData): Promise<ActionResult<Data>> {
  const actor = await requireUser();
  const parsed = sessionSchema.safeParse(fields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  return run(
    "admin:manage",
    async () => {
      await endUserSession({ actor, sessionId: parsed.data.sessionId });
      return ok(undefined, "会话已结束。");
    },
    parsed.data.userId,
  );
}
