"use client";

import { useActionState, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, inputClass } from "@/components/ui/field";
import { reporting, type FormAction, type OnResult } from "@/components/review/reporting";

/** Return with comments; on an approved report this is taking the approval back. */
type ReturnFormProps = { action: FormAction; reportId: string; version: number; openComments: number; isApproved: boolean; onResult: OnResult };

export function ReturnForm({ action, reportId, version, openComments, isApproved, onResult }: ReturnFormProps) {
  // Controlled, because React resets uncontrolled fields after every action, errors included.
  const [comment, setComment] = useState("");
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [state, formAction, pending] = useActionState(reporting(action, onResult), null);
  const formRef = useRef<HTMLFormElement>(null);
  const commentCount = openComments + (comment.trim() ? 1 : 0);
  const label = isApproved ? "收回通过，退回修改" : "退回修改";
  return (
    <form ref={formRef} action={formAction} className="space-y-2">
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <Field
        id="return-comment"
        label={isApproved ? "收回通过的理由" : "退回意见"}
        hint={openComments > 0 ? `已有 ${openComments} 条待处理意见，可再补充整体意见。` : "退回时至少要有一条意见。"}
        errors={state && !state.ok ? state.fieldErrors?.comment : undefined}
      >
        {(aria) => <textarea {...aria} name="comment" rows={3} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} className={inputClass} />}
      </Field>
      <ConfirmDialog
        open={confirmOpen}
        // Without any comment there is nothing to confirm: the server answers why it cannot return.
        onOpenChange={(open) => (open && commentCount === 0 ? formRef.current?.requestSubmit() : setConfirmOpen(open))}
        title={isApproved ? "确认收回通过并退回" : "确认退回修改"}
        description={
          <p>
            报告将退回填报单位，附 {commentCount} 条待处理意见{comment.trim() ? "（含本次填写的退回意见）" : ""}。填报单位可以再次修改，逐条答复后重新提交审核。
            {isApproved ? "报告将不再处于“已通过”状态，不能发布。" : null}
          </p>
        }
        confirmLabel="确认退回"
        onConfirm={() => formRef.current?.requestSubmit()}
        trigger={
          <Button variant="danger" disabled={pending}>
            {pending ? "正在退回…" : label}
          </Button>
        }
      />
    </form>
  );
}
