"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

export function OpenReportButton({ action, year }: { action: (year: number) => Promise<ActionResult<never>>; year: number }) {
  const [state, formAction, pending] = useActionState(async () => action(year), null);
  return (
    <form action={formAction} className="inline-flex flex-col items-end gap-1">
      <Button type="submit" disabled={pending}>
        {pending ? "正在创建…" : `开始填写${year}年度报告`}
      </Button>
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
