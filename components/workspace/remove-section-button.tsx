"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/action-result";

export type RemoveSectionAction = (input: { reportId: string; key: string }) => Promise<ActionResult<null>>;

type RemoveSectionButtonProps = { action: RemoveSectionAction; reportId: string; sectionKey: string; title: string };

export function RemoveSectionButton({ action, reportId, sectionKey, title }: RemoveSectionButtonProps) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex items-center gap-2">
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="删除小节"
        description={`确定删除“${title}”吗？删除后小节从报告中移除，已写的文字会保留在操作记录中。`}
        confirmLabel="删除"
        onConfirm={() =>
          startTransition(async () => {
            const result = await action({ reportId, key: sectionKey });
            setError(result.ok ? null : result.message);
          })
        }
        trigger={
          <Button variant="ghost" className="min-h-8 px-2 py-1 text-xs text-red-800" disabled={pending}>
            删除<span className="sr-only">小节“{title}”</span>
          </Button>
        }
      />
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
