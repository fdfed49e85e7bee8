"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { reporting, type FormAction, type OnResult } from "@/components/review/reporting";

type ApproveFormProps = { action: FormAction; reportId: string; version: number; answeredComments: number; onResult: OnResult };

export function ApproveForm({ action, reportId, version, answeredComments, onResult }: ApproveFormProps) {
  const [, formAction, pending] = useActionState(reporting(action, onResult), null);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      {answeredComments > 0 ? <p className="text-xs text-stone-600">通过后，{answeredComments} 条已答复的意见将一并标记为已解决。</p> : null}
      <Button type="submit" variant="success" disabled={pending}>
        {pending ? "正在处理…" : "审核通过"}
      </Button>
    </form>
  );
}
