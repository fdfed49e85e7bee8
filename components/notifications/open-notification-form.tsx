"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";

export type OpenNotificationAction = (prev: unknown, formData: FormData) => Promise<ActionResult<null>>;

/**
 * An unread notification's title: a form rather than a link, so following it also marks it read,
 * with or without JavaScript. The action checks `to` is a path of this site before redirecting.
 */
export function OpenNotificationForm({ action, id, to, title }: { action: OpenNotificationAction; id: string; to: string; title: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="to" value={to} />
      <button
        type="submit"
        disabled={pending}
        data-href={to}
        className="text-left font-semibold text-status-submitted underline-offset-4 hover:underline disabled:cursor-wait disabled:opacity-70"
      >
        {title}
      </button>
      {state && !state.ok ? (
        <p aria-live="polite" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
