import Link from "next/link";
import { cn } from "@/lib/utils";
import { dashboardHref, type DashboardQuery } from "@/lib/review/dashboard-query";
import { bucketLabels, dashboardBuckets, type DashboardBucket } from "@/lib/review/dashboard-status";

const tones: Partial<Record<DashboardBucket, string>> = {
  // With the unit's head: still the unit's, but no longer the clerk's draft.
  AWAITING_SIGNOFF: "text-violet-700",
  SUBMITTED: "text-status-submitted",
  RETURNED: "text-status-returned",
  APPROVED: "text-status-approved",
  PUBLISHED: "text-status-published",
  OVERDUE: "text-status-overdue",
};

/** One total per bucket; each links to the units it counts (the same total again unselects it). */
export function DashboardTotals({ counts, query }: { counts: Record<DashboardBucket, number>; query: DashboardQuery }) {
  return (
    <nav aria-label="按状态筛选">
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-5 lg:grid-cols-9">
        {dashboardBuckets.map((bucket) => {
          const isCurrent = query.status === bucket;
          return (
            <li key={bucket}>
              <Link
                href={dashboardHref(query, { status: isCurrent ? undefined : bucket })}
                aria-current={isCurrent ? "true" : undefined}
                className={cn(
                  "block rounded-lg border bg-white px-3 py-2 hover:border-stone-500",
                  isCurrent ? "border-stone-800 ring-1 ring-stone-800" : "border-stone-200",
                  bucket === "OVERDUE" && counts.OVERDUE > 0 && !isCurrent && "border-red-300 bg-red-50",
                )}
              >
                <span className="block text-xs text-stone-600">{bucketLabels[bucket]}</span>
                <span className={cn("block text-xl font-semibold", tones[bucket])} data-testid={`count-${bucket}`}>
                  {counts[bucket]}
                </span>
                <span className="sr-only">个单位</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
