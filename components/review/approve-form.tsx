"use client";

import { useActionState } from "react";
import { approveReportAction } from "@/app/(workspace)/review/reports/[reportId]/actions";
import { Button } from "@/components/ui/button";
import { reporting, type OnResult } from "@/components/review/reporting";

export function ApproveForm({ reportId, version, answeredComments, onResult }: { reportId: string; version: number; answeredComments: number; onResult: OnResult }) {
  const [, action, pending] = useActionState(reporting(approveReportAction, onResult), null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      {answeredComments > 0 ? <p className="text-xs text-stone-600">通过后，{answeredComments} 条已答复的意见将一并标记为已解决。</p> : null}
      <Button type="submit" variant="success" disabled={pending}>
        {pending ? "正在处理…" : "审核通过"}
      </Button>
    </form>
  );
}
