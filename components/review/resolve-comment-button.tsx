"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

export type ResolveCommentAction = (prev: unknown, formData: FormData) => Promise<ActionResult<null>>;

type ResolveCommentButtonProps = { action: ResolveCommentAction; commentId: string; answered: boolean };

export function ResolveCommentButton({ action, commentId, answered }: ResolveCommentButtonProps) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="mt-2 flex flex-wrap items-center gap-2">
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
