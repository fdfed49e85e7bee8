"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { cn } from "@/lib/utils";
import type { ActionResult } from "@/lib/action-result";

type AddSectionFormProps = {
  action: (prev: unknown, formData: FormData) => Promise<ActionResult<{ key: string }>>;
  reportId: string;
  parentKey: string;
  parentTitle: string;
};

/** Adds a unit's own sub-section at the end of a level-1 heading. */
export function AddSectionForm({ action, reportId, parentKey, parentTitle }: AddSectionFormProps) {
  // Controlled, because React resets uncontrolled fields after every action, errors included.
  const [title, setTitle] = useState("");
  const [state, formAction, pending] = useActionState(async (prev: unknown, formData: FormData) => {
    const result = await action(prev, formData);
    if (result.ok) setTitle("");
    return result;
  }, null);
  const id = `add-section-${parentKey}`;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="parentKey" value={parentKey} />
      <div className="min-w-48 flex-1">
        <label htmlFor={id} className="block text-xs font-medium text-stone-700">
          在“{parentTitle}”下增加小节
        </label>
        <input
          id={id}
          name="title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={100}
          placeholder="如：推进基层法治示范创建"
          aria-describedby={state && !state.ok ? `${id}-error` : undefined}
          className={cn(inputClass, "mt-1 py-1.5 text-sm")}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在增加…" : "增加小节"}
      </Button>
      {state && !state.ok ? (
        <p id={`${id}-error`} role="alert" className="w-full text-sm text-red-700">
          {state.fieldErrors?.title?.[0] ?? state.message}
        </p>
      ) : null}
    </form>
  );
}
