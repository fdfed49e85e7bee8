import Link from "next/link";
import { cn } from "@/lib/utils";
import type { ComparisonMode } from "@/lib/reports/get-review-comparison";

type Props = { reportId: string; mode: ComparisonMode | null; available: Record<ComparisonMode, boolean> };

const labels: { mode: ComparisonMode | null; label: string }[] = [
  { mode: null, label: "全文" },
  { mode: "previous", label: "与上次提交对比" },
  { mode: "published", label: "与现行公开版本对比" },
];

/** Plain links, so every view has its own URL and works without JavaScript. */
export function ComparisonSwitch({ reportId, mode, available }: Props) {
  const shown = labels.filter((l) => l.mode === null || available[l.mode]);
  if (shown.length < 2) return null;
  return (
    <nav aria-label="查看方式" className="flex flex-wrap gap-2 text-sm">
      {shown.map((l) => (
        <Link
          key={l.label}
          href={l.mode ? `/review/reports/${reportId}?compare=${l.mode}` : `/review/reports/${reportId}`}
          aria-current={l.mode === mode ? "page" : undefined}
          className={cn(
            "rounded-md border px-3 py-1.5",
            l.mode === mode ? "border-brand-700 bg-brand-50 font-medium text-brand-800" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-50",
          )}
        >
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
