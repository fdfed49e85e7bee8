"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { reporting, type FormAction, type OnResult } from "@/components/review/reporting";

/** Starts a correction: the report goes back to its unit; the public page stays as it is meanwhile. */
export function ReopenForm({ action, reportId, version, onResult }: { action: FormAction; reportId: string; version: number; onResult: OnResult }) {
  const [comment, setComment] = useState("");
  const [state, formAction, pending] = useActionState(reporting(action, onResult), null);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <Field
        id="reopen-comment"
        label="需要更正的内容"
        hint="报告将退回填报单位修改；更正经审核发布前，公开页面保持现行版本。"
        errors={state && !state.ok ? state.fieldErrors?.comment : undefined}
      >
        {(aria) => <textarea {...aria} name="comment" rows={3} maxLength={2000} required value={comment} onChange={(e) => setComment(e.target.value)} className={inputClass} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在处理…" : "发起更正"}
      </Button>
    </form>
  );
}
