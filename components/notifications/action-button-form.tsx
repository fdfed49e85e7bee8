"use client";

import { useActionState } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

type Props = {
  action: (prev: unknown, formData: FormData) => Promise<ActionResult<unknown>>;
  hidden?: Record<string, string>;
  label: string;
  pendingLabel: string;
  /** Said to screen readers after the label, where many buttons on one page share it. */
  context?: string;
  variant?: ButtonProps["variant"];
  className?: string;
};

/** One button posting to a server action, with the outcome announced beside it. */
export function ActionButtonForm({ action, hidden = {}, label, pendingLabel, context, variant = "secondary", className }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className={className ?? "flex flex-wrap items-center gap-2"}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending} className="min-h-8 px-3 py-1">
        {pending ? pendingLabel : label}
        {context ? <span className="sr-only">：{context}</span> : null}
      </Button>
      <span aria-live="polite" className={state && !state.ok ? "text-sm text-red-700" : "sr-only"}>
        {state?.message}
      </span>
    </form>
  );
}
