"use client";

import { useActionState, useRef, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonProps } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { OneTimePassword } from "@/components/admin/one-time-password";

export type AdminActionData = { password?: string; login?: string } | undefined;
export type AdminAction = (prev: unknown, formData: FormData) => Promise<ActionResult<AdminActionData>>;

type Props = {
  action: AdminAction;
  hidden?: Record<string, string>;
  label: string;
  pendingLabel?: string;
  variant?: ButtonProps["variant"];
  confirmTitle: string;
  /** What the change affects, said before it happens. */
  confirmDescription: React.ReactNode;
  /** Form fields shown above the button; their errors come back by name. */
  fields?: (fieldErrors: Record<string, string[] | undefined>) => React.ReactNode;
  className?: string;
};

/** An admin change: fields, a button that asks first, and the outcome (with a one-time password when one was made). */
export function ConfirmedActionForm({ action, hidden = {}, label, pendingLabel, variant = "primary", confirmTitle, confirmDescription, fields, className }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const [open, setOpen] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form ref={formRef} action={formAction} className={className ?? "space-y-3"}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields?.(fieldErrors)}
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={confirmTitle}
        description={confirmDescription}
        confirmLabel={label}
        onConfirm={() => formRef.current?.requestSubmit()}
        trigger={
          <Button variant={variant} disabled={pending}>
            {pending ? (pendingLabel ?? "正在处理…") : label}
          </Button>
        }
      />
      {state ? (
        state.ok && state.data?.password && state.data.login ? (
          <OneTimePassword login={state.data.login} password={state.data.password} />
        ) : (
          <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>
        )
      ) : null}
    </form>
  );
}
