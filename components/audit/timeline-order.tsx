import Link from "next/link";
import { cn } from "@/lib/utils";

export type TimelineOrder = "asc" | "desc";

/** Reads ?order= (newest first unless asked otherwise); any other value means the default. */
export function parseTimelineOrder(value: string | string[] | undefined): TimelineOrder {
  return value === "asc" ? "asc" : "desc";
}

export function TimelineOrderLinks({ href, order }: { href: string; order: TimelineOrder }) {
  const options = [
    { value: "desc", label: "最新在前", href },
    { value: "asc", label: "最早在前", href: `${href}?order=asc` },
  ] as const;
  return (
    <nav aria-label="排列顺序" className="flex gap-2 text-sm">
      {options.map((option) => (
        <Link
          key={option.value}
          href={option.href}
          aria-current={option.value === order ? "page" : undefined}
          className={cn(
            "rounded-md border px-3 py-1.5",
            option.value === order ? "border-brand-700 bg-brand-50 text-brand-800" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-100",
          )}
        >
          {option.label}
        </Link>
      ))}
    </nav>
  );
}
