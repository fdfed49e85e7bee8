"use client";

import { useActionState, useRef, useState } from "react";
import { ActionResultAlert } from "@/components/review/action-result-alert";
import { reporting, type FormAction, type OnResult } from "@/components/review/reporting";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";

type SignOffPanelProps = {
  reportId: string;
  version: number;
  openComments: number;
  canSignOff: boolean;
  canRefuse: boolean;
  actions: { signOff: FormAction<{ revision: number }>; refuse: FormAction };
};

type FormProps<T> = { action: FormAction<T>; reportId: string; version: number; openComments: number; onResult: OnResult };

/** The unit head's decision: sign off (which submits the report to the district) or send it back. */
export function SignOffPanel({ reportId, version, openComments, canSignOff, canRefuse, actions }: SignOffPanelProps) {
  // Kept here, not in the forms: a decision refreshes the page and removes the form that took it.
  const [last, setLast] = useState<ActionResult<unknown> | null>(null);
  return (
    <section aria-labelledby="signoff-heading" className="space-y-5 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="signoff-heading" className="font-semibold">
        审签决定
      </h2>
      <ActionResultAlert state={last} />
      {canSignOff ? <SignOffForm action={actions.signOff} reportId={reportId} version={version} openComments={openComments} onResult={setLast} /> : null}
      {canRefuse ? (
        <div className={canSignOff ? "border-t border-stone-100 pt-4" : undefined}>
          <RefuseForm action={actions.refuse} reportId={reportId} version={version} openComments={openComments} onResult={setLast} />
        </div>
      ) : null}
      {!canSignOff && !canRefuse ? <p className="text-sm text-stone-600">报告当前状态下没有待您审签的决定。</p> : null}
    </section>
  );
}

function SignOffForm({ action, reportId, version, openComments, onResult }: FormProps<{ revision: number }>) {
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [, formAction, pending] = useActionState(reporting(action, onResult), null);
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form ref={formRef} action={formAction} className="space-y-2">
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <p className="text-xs text-stone-600">
        审签通过即代表本单位将报告报送区依法治区办审核，填报人无需再次提交。
        {openComments > 0 ? `您提出的 ${openComments} 条意见将随审签一并标记为已解决。` : null}
      </p>
      <ConfirmDialog
        open={confirmOpen}
        onOpenChange={setConfirmOpen}
        title="确认审签通过"
        description={<p>报告将以本单位名义报送区依法治区办审核，审签人和审签时间随报告一并记录。报送后本单位不能再修改，除非区依法治区办退回。</p>}
        confirmLabel="确认审签通过"
        onConfirm={() => formRef.current?.requestSubmit()}
        trigger={
          <Button variant="success" disabled={pending}>
            {pending ? "正在报送…" : "审签通过，报送区依法治区办"}
          </Button>
        }
      />
    </form>
  );
}

function RefuseForm({ action, reportId, version, openComments, onResult }: FormProps<null>) {
  // Controlled, because React resets uncontrolled fields after every action, errors included.
  const [comment, setComment] = useState("");
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [state, formAction, pending] = useActionState(reporting(action, onResult), null);
  const formRef = useRef<HTMLFormElement>(null);
  const commentCount = openComments + (comment.trim() ? 1 : 0);
  return (
    <form ref={formRef} action={formAction} className="space-y-2">
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <Field
        id="refuse-comment"
        label="退回意见"
        hint={openComments > 0 ? `已有 ${openComments} 条待处理意见，可再补充整体意见。` : "退回时须写明需要修改的内容。"}
        errors={state && !state.ok ? state.fieldErrors?.comment : undefined}
      >
        {(aria) => (
          <textarea
            {...aria}
            name="comment"
            rows={3}
            maxLength={2000}
            required={openComments === 0}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            className={inputClass}
          />
        )}
      </Field>
      <ConfirmDialog
        open={confirmOpen}
        // Without any comment there is nothing to confirm: the server answers why it cannot send it back.
        onOpenChange={(open) => (open && commentCount === 0 ? formRef.current?.requestSubmit() : setConfirmOpen(open))}
        title="确认退回修改"
        description={
          <p>
            报告将退回填报人，附 {commentCount} 条待处理意见{comment.trim() ? "（含本次填写的退回意见）" : ""}。填报人修改并逐条答复后，再送您审签。报告不会报送区依法治区办。
          </p>
        }
        confirmLabel="确认退回"
        onConfirm={() => formRef.current?.requestSubmit()}
        trigger={
          <Button variant="danger" disabled={pending}>
            {pending ? "正在退回…" : "退回修改"}
          </Button>
        }
      />
    </form>
  );
}
