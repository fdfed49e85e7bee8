"use client";

import { useActionState, useState } from "react";
import { returnReportAction } from "@/app/(workspace)/review/reports/[reportId]/actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { reporting, type OnResult } from "@/components/review/reporting";

/** Return with comments; on an approved report this is taking the approval back. */
type ReturnFormProps = { reportId: string; version: number; openComments: number; isApproved: boolean; onResult: OnResult };

export function ReturnForm({ reportId, version, openComments, isApproved, onResult }: ReturnFormProps) {
  // Controlled, because React resets uncontrolled fields after every action, errors included.
  const [comment, setComment] = useState("");
  const [state, action, pending] = useActionState(reporting(returnReportAction, onResult), null);
  return (
    <form action={action} className="space-y-2">
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
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "正在退回…" : isApproved ? "收回通过，退回修改" : "退回修改"}
      </Button>
    </form>
  );
}
