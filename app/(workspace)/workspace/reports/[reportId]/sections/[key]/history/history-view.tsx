"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { restoreSectionVersionAction } from "./actions";

type RestoreVersionButtonProps = {
  reportId: string;
  sectionKey: string;
  fromVersion: number;
  /** The version shown as current on this page; a newer save in between makes the restore a conflict. */
  currentVersion: number;
  savedBy: string;
};

/** 恢复此版本: asks first, then saves the old text as a new version (the action opens the editor). */
export function RestoreVersionButton({ reportId, sectionKey, fromVersion, currentVersion, savedBy }: RestoreVersionButtonProps) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const restore = () => {
    setMessage(null);
    startTransition(async () => {
      const result = await restoreSectionVersionAction({ reportId, key: sectionKey, fromVersion, currentVersion });
      // Success redirects to the editor, so only a failure comes back here.
      if (!result.ok) setMessage(result.message);
    });
  };

  return (
    <div className="space-y-2">
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={`恢复第 ${fromVersion} 版？`}
        description={
          <>
            <p>将用第 {fromVersion} 版（{savedBy}保存）的小标题、正文和统计指标另存为新版本（第 {currentVersion + 1} 版）。</p>
            <p className="mt-2">当前内容不会丢失，仍保留在历史版本中，可随时再恢复。</p>
          </>
        }
        confirmLabel="恢复此版本"
        onConfirm={restore}
        trigger={
          <Button variant="secondary" disabled={isPending} aria-label={`恢复第 ${fromVersion} 版`}>
            {isPending ? "恢复中…" : "恢复此版本"}
          </Button>
        }
      />
      {message ? <Alert tone="error">{message}</Alert> : null}
    </div>
  );
}
