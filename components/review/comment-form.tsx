"use client";

import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

type CommentAction = (prev: unknown, formData: FormData) => Promise<ActionResult<null>>;

/**
 * A comment on a section or the whole report: the district's in review, or the unit head's
 * before sign-off (`action` from each page's route, `idPrefix` from the sign-off page).
 */
export function CommentForm({
  reportId,
  sectionKey,
  label,
  action,
  idPrefix = "comment",
}: {
  reportId: string;
  sectionKey?: string;
  label: string;
  action: CommentAction;
  idPrefix?: string;
}) {
  // Controlled, because React resets uncontrolled fields after every action, errors included.
  const [body, setBody] = useState("");
  const [state, formAction, pending] = useActionState(async (prev: unknown, formData: FormData) => {
    const result = await action(prev, formData);
    if (result.ok) setBody("");
    return result;
  }, null);
  const id = `${idPrefix}-${sectionKey ?? "report"}`;
  const hasError = Boolean(state && !state.ok);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="reportId" value={reportId} />
      {sectionKey ? <input type="hidden" name="sectionKey" value={sectionKey} /> : null}
      <label htmlFor={id} className="block text-xs font-medium text-stone-700">
        {label}
      </label>
      <textarea
        id={id}
        name="body"
        value={body}
        onChange={(e) => setBody(e.target.value)}
        rows={2}
        required
        maxLength={2000}
        className={inputClass}
        aria-invalid={hasError || undefined}
        aria-describedby={hasError ? `${id}-error` : undefined}
      />
      {state && !state.ok ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {state.fieldErrors?.body?.[0] ?? state.message}
        </p>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在添加…" : "添加意见"}
      </Button>
    </form>
  );
}
