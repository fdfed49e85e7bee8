"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";

export type AnswerCommentAction = (commentId: string, prev: unknown, formData: FormData) => Promise<ActionResult<null>>;

export function CommentAnswerForm({ action, commentId }: { action: AnswerCommentAction; commentId: string }) {
  const [state, formAction, pending] = useActionState(action.bind(null, commentId), null);
  // Controlled, because React resets uncontrolled fields after every action, errors included.
  const [answer, setAnswer] = useState("");
  const errorId = `answer-${commentId}-error`;
  return (
    <form action={formAction} className="mt-2 space-y-2">
      <label htmlFor={`answer-${commentId}`} className="block text-xs font-medium text-stone-700">
        整改说明
      </label>
      <textarea
        id={`answer-${commentId}`}
        name="answer"
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
        rows={2}
        required
        maxLength={2000}
        aria-describedby={state && !state.ok ? errorId : undefined}
        className={inputClass}
        placeholder="说明已按意见如何修改"
      />
      {state && !state.ok ? (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {state.fieldErrors?.answer?.[0] ?? state.message}
        </p>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在提交…" : "答复"}
      </Button>
    </form>
  );
}
