"use client";

import { useActionState } from "react";
import { changePasswordAction } from "./actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/action-result";

type State = ActionResult<{ endedSessions: number }> | null;

export function PasswordForm({ isForced, ruleText }: { isForced: boolean; ruleText: string }) {
  const [state, formAction, pending] = useActionState<State, FormData>(changePasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="space-y-5">
      <div aria-live="polite">
        {state ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      </div>
      <Field id="currentPassword" label={isForced ? "初始密码（管理员给您的一次性密码）" : "当前密码"} errors={errors?.currentPassword}>
        {(aria) => <input {...aria} name="currentPassword" type="password" autoComplete="current-password" required maxLength={200} className={inputClass} />}
      </Field>
      <Field id="newPassword" label="新密码" hint={ruleText} errors={errors?.newPassword}>
        {(aria) => <input {...aria} name="newPassword" type="password" autoComplete="new-password" required minLength={8} maxLength={200} className={inputClass} />}
      </Field>
      <Field id="confirmPassword" label="再次输入新密码" errors={errors?.confirmPassword}>
        {(aria) => <input {...aria} name="confirmPassword" type="password" autoComplete="new-password" required maxLength={200} className={inputClass} />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "正在保存…" : "修改密码"}
      </Button>
    </form>
  );
}
