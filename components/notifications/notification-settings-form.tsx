"use client";

import { useActionState } from "react";
import type { NotificationSettings } from "@/lib/notifications/notification-settings";
import type { ActionResult } from "@/lib/action-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type NotificationSettingsFormProps = { action: (prev: unknown, formData: FormData) => Promise<ActionResult<null>>; kinds: NotificationSettings["kinds"] };

/** Per kind of the user's role: in the app only, or also by e-mail. */
export function NotificationSettingsForm({ action, kinds }: NotificationSettingsFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-4">
      <fieldset className="rounded-lg border border-stone-200 bg-white">
        <legend className="sr-only">哪些通知同时发送邮件</legend>
        <ul className="divide-y divide-stone-200">
          {kinds.map((k) => (
            <li key={k.kind} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3 text-sm">
              <span className="font-medium text-stone-900">{k.label}</span>
              <label className="inline-flex items-center gap-2 text-stone-700">
                {/* The visible label is the same on every row: the name says which kind it is. */}
                <input type="checkbox" name="emailKinds" value={k.kind} defaultChecked={k.email} aria-label={`同时发送邮件：${k.label}`} className="size-4" />
                同时发送邮件
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "正在保存…" : "保存设置"}
        </Button>
      </div>
      {state ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
    </form>
  );
}
