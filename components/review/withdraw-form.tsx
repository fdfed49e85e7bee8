"use client";

import { useActionState, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { reporting, type FormAction, type OnResult } from "@/components/review/reporting";

export function WithdrawForm({ action, reportId, version, onResult }: { action: FormAction; reportId: string; version: number; onResult: OnResult }) {
  const [reason, setReason] = useState("");
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [state, formAction, pending] = useActionState(reporting(action, onResult), null);
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form ref={formRef} action={formAction} className="space-y-2">
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <Field id="withdraw-reason" label="撤回原因" hint="公开页面保留，只显示撤回日期和原因，不再显示正文。" errors={state && !state.ok ? state.fieldErrors?.reason : undefined}>
        {(aria) => <textarea {...aria} name="reason" rows={2} maxLength={500} required value={reason} onChange={(e) => setReason(e.target.value)} className={inputClass} />}
      </Field>
      <ConfirmDialog
        open={confirmOpen}
        onOpenChange={setConfirmOpen}
        title="确认撤回"
        description="撤回后公众将看不到报告正文，只能看到撤回说明。之后可通过“发起更正”修改并重新发布。确定撤回吗？"
        confirmLabel="确认撤回"
        onConfirm={() => formRef.current?.requestSubmit()}
        trigger={
          <Button variant="danger" disabled={pending || !reason.trim()}>
            {pending ? "正在撤回…" : "撤回报告"}
          </Button>
        }
      />
    </form>
  );
}
