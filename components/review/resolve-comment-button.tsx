"use client";

import { useActionState } from "react";
import { resolveCommentAction } from "@/app/(workspace)/review/reports/[reportId]/actions";
import { Button } from "@/components/ui/button";

export function ResolveCommentButton({ commentId, answered }: { commentId: string; answered: boolean }) {
  const [state, action, pending] = useActionState(resolveCommentAction, null);
  return (
    <form action={action} className="mt-2 flex flex-wrap items-center gap-2">
      <input type="hidden" name="commentId" value={commentId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在处理…" : answered ? "确认已整改" : "撤销此意见"}
      </Button>
      {state && !state.ok ? (
        <span role="alert" className="text-sm text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
