import Link from "next/link";
import { cn } from "@/lib/utils";

type SortableHeaderProps = { label: string; href: string; sorted: "asc" | "desc" | null; className?: string };

/** A column header that sorts by its column; aria-sort says how the table is sorted now. */
export function SortableHeader({ label, href, sorted, className }: SortableHeaderProps) {
  return (
    <th scope="col" aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined} className={className}>
      <Link href={href} className="inline-flex items-center gap-1 hover:underline">
        {label}
        <span aria-hidden="true" className={cn("text-xs", sorted ? "text-stone-800" : "text-stone-400")}>
          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
        </span>
        <span className="sr-only">（点击排序）</span>
      </Link>
    </th>
  );
}

export const adminTableClass = [
  "w-full text-left text-sm",
  "[&_td]:px-4 [&_td]:py-2 [&_th]:px-4 [&_th]:py-2 [&_thead_th]:font-medium",
  "[&_tbody_th]:font-medium [&_tbody_td]:text-stone-700",
].join(" ");
