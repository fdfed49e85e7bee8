"use client";

import { useActionState, useState } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { reporting, type FormAction, type OnResult } from "@/components/review/reporting";

/** One unit, or every unit that has not submitted. */
export type UrgeTarget = { unitId: string; shortName: string } | "late";

// As urgeSchema (lib/notifications/schemas.ts) allows; the server checks again.
const urgeMessageMaxLength = 200;

type UrgeDialogProps = {
  action: FormAction;
  year: number;
  target: UrgeTarget | null;
  notSubmittedCount: number;
  onClose: () => void;
  onResult: OnResult;
  returnFocus: () => void;
};

/**
 * Asks before a 催报 goes out, with an optional 附言 that the units' clerks and heads read in
 * the notification. The same look as components/ui/confirm-dialog.tsx; a form of its own,
 * because the 附言 is a field, not part of the question.
 */
export function UrgeDialog({ action, year, target, notSubmittedCount, onClose, onResult, returnFocus }: UrgeDialogProps) {
  // Controlled, because React resets uncontrolled fields after every action, errors included.
  const [message, setMessage] = useState("");
  const [state, formAction, pending] = useActionState(reporting(action, onResult), null);
  const error = state && !state.ok ? state : null;
  const isAll = target === "late";
  const who = target === null ? "" : isAll ? `本年度尚未报送的全部 ${notSubmittedCount} 个单位` : target.shortName;

  return (
    <Dialog.Root open={target !== null} onOpenChange={(isOpen) => (isOpen || pending ? undefined : onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-black/40" />
        <Dialog.Content
          className="fixed left-1/2 top-1/2 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl"
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            returnFocus();
          }}
        >
          <Dialog.Title className="text-lg font-semibold">{isAll ? "催报全部未报送单位" : `催报${who}`}</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-stone-700">
            将向{who}的填报人和单位负责人发送催报通知，请其尽快报送{year}年度报告。{isAll ? "已报送的单位不会收到。" : null}
          </Dialog.Description>
          <form action={formAction} className="mt-4 space-y-4">
            <input type="hidden" name="year" value={year} />
            <input type="hidden" name="target" value={target === null ? "" : isAll ? "late" : target.unitId} />
            <Field id="urge-message" label="附言（选填）" hint={`最多 ${urgeMessageMaxLength} 字，随通知一并发送。`} errors={error?.fieldErrors?.message}>
              {(aria) => (
                <textarea
                  {...aria}
                  name="message"
                  rows={3}
                  maxLength={urgeMessageMaxLength}
                  value={message}
                  onChange={(e) => setMessage(e.target.value)}
                  className={inputClass}
                />
              )}
            </Field>
            {error && !error.fieldErrors?.message ? <Alert tone="error">{error.message}</Alert> : null}
            <div className="flex justify-end gap-2">
              <Dialog.Close asChild>
                <Button variant="secondary" disabled={pending}>
                  取消
                </Button>
              </Dialog.Close>
              <Button type="submit" disabled={pending}>
                {pending ? "正在催报…" : "确认催报"}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
