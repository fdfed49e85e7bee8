"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

type Props = { action: () => Promise<ActionResult<unknown>>; label: string; pendingLabel: string };

/** One button bound to a session action, with its result announced beside it. */
export function EndSessionButton({ action, label, pendingLabel }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null>(() => action(), null);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
      <span aria-live="polite" className={state && !state.ok ? "text-sm text-red-700" : "text-sm text-stone-600"}>
        {state?.message}
      </span>
    </form>
  );
}
