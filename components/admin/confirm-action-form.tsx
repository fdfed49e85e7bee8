"use client";

import { useActionState, useRef, useState } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Alert } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/action-result";

type ConfirmActionFormProps = {
  action: (prev: unknown, formData: FormData) => Promise<ActionResult<unknown>>;
  fields: Record<string, string>;
  label: string;
  variant?: ButtonProps["variant"];
  title: string;
  /** What the change will affect, in the admin's terms. */
  description: React.ReactNode;
  confirmLabel: string;
};

/** One button that asks first, saying what the change affects, then runs a server action. */
export function ConfirmActionForm({ action, fields, label, variant = "secondary", title, description, confirmLabel }: ConfirmActionFormProps) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form ref={formRef} action={formAction} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={title}
        description={description}
        confirmLabel={confirmLabel}
        onConfirm={() => formRef.current?.requestSubmit()}
        trigger={
          <Button variant={variant} disabled={pending}>
            {pending ? "正在处理…" : label}
          </Button>
        }
      />
      {state ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
    </form>
  );
}
