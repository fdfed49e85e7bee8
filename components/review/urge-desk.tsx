"use client";

import { createContext, useCallback, useContext, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ActionResultAlert } from "@/components/review/action-result-alert";
import { UrgeDialog, type UrgeTarget } from "@/components/review/urge-dialog";
import type { FormAction } from "@/components/review/reporting";
import type { ActionResult } from "@/lib/action-result";

/** `from`: the button that opened it, where focus returns when the dialog closes. */
type OpenUrge = (target: UrgeTarget, from: HTMLElement) => void;

const UrgeContext = createContext<OpenUrge | null>(null);

/** Opens the desk's 催报 dialog; null outside an UrgeDesk (the user may not urge). */
export function useUrge(): OpenUrge | null {
  return useContext(UrgeContext);
}

type UrgeDeskProps = { urgeAction: FormAction; year: number; notSubmittedCount: number; children: React.ReactNode };

/**
 * 催报 on the review desk: the "催报全部" button above the tables, one dialog for every row
 * (a thousand rows would otherwise carry a thousand dialogs), and the outcome. The outcome is
 * kept here because a successful 催报 closes the dialog.
 */
export function UrgeDesk({ urgeAction, year, notSubmittedCount, children }: UrgeDeskProps) {
  const [target, setTarget] = useState<UrgeTarget | null>(null);
  // A new dialog, empty and without the last error, each time one opens.
  const [opened, setOpened] = useState(0);
  const [last, setLast] = useState<ActionResult<unknown> | null>(null);
  // Rows open the dialog without a Radix trigger, so focus goes back to the button by hand.
  const opener = useRef<HTMLElement | null>(null);

  const open = useCallback<OpenUrge>((next, from) => {
    opener.current = from;
    setLast(null);
    setOpened((n) => n + 1);
    setTarget(next);
  }, []);

  const onResult = useCallback((result: ActionResult<unknown>) => {
    if (!result.ok) return;
    setLast(result);
    setTarget(null);
  }, []);

  return (
    <UrgeContext.Provider value={open}>
      <div className="space-y-6">
        {notSubmittedCount > 0 ? (
          <div className="flex flex-wrap items-center gap-3">
            <Button variant="secondary" onClick={(e) => open("late", e.currentTarget)}>
              催报全部未报送单位（{notSubmittedCount}）
            </Button>
            <p className="text-sm text-stone-600">向本年度尚未报送的单位发送催报通知，不受筛选影响。</p>
          </div>
        ) : null}
        <ActionResultAlert state={last} />
        {children}
      </div>
      <UrgeDialog
        key={opened}
        action={urgeAction}
        year={year}
        target={target}
        notSubmittedCount={notSubmittedCount}
        onClose={() => setTarget(null)}
        onResult={onResult}
        returnFocus={() => (opener.current?.isConnected ? opener.current.focus() : undefined)}
      />
    </UrgeContext.Provider>
  );
}
