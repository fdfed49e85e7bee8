"use client";

import { useUrge } from "@/components/review/urge-desk";

type UrgeCellProps = {
  unitId: string;
  shortName: string;
  /** "已催 2 次", or null before the first reminder. */
  reminded: string | null;
  /** "最近一次：…", the title of `reminded`. */
  lastReminded: string | null;
  isUrgeable: boolean;
};

/** A row's reminders so far and, while the unit has not submitted, its 催报 button. */
export function UrgeCell({ unitId, shortName, reminded, lastReminded, isUrgeable }: UrgeCellProps) {
  const openUrge = useUrge();
  return (
    <span className="inline-flex flex-wrap items-center gap-2 whitespace-nowrap">
      {reminded ? (
        <span title={lastReminded ?? undefined} data-testid="reminded">
          {reminded}
          {lastReminded ? <span className="sr-only">（{lastReminded}）</span> : null}
        </span>
      ) : null}
      {isUrgeable && openUrge ? (
        <button
          type="button"
          onClick={(e) => openUrge({ unitId, shortName }, e.currentTarget)}
          aria-label={`催报${shortName}`}
          className="rounded-md border border-stone-300 bg-white px-2 py-1 text-sm font-medium text-stone-800 hover:bg-stone-100"
        >
          催报
        </button>
      ) : null}
    </span>
  );
}
