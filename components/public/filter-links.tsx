import Link from "next/link";
import { cn } from "@/lib/utils";

export type FilterLink = { label: string; href: string; isCurrent: boolean };

/** A row of plain links acting as a filter; works without JavaScript. */
export function FilterLinks({ label, links, variant }: { label: string; links: FilterLink[]; variant: "tabs" | "pills" }) {
  return (
    <nav aria-label={label}>
      <ul className={cn("flex flex-wrap", variant === "tabs" ? "gap-x-1 border-b border-stone-300" : "gap-2")}>
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.isCurrent ? "page" : undefined}
              className={cn(
                "inline-block",
                variant === "tabs"
                  ? "-mb-px rounded-t-sm border-b-[3px] px-5 py-2.5 text-base"
                  : "rounded-full border px-3.5 py-1 text-sm",
                variant === "tabs" &&
                  (link.isCurrent
                    ? "border-brand-700 font-semibold text-brand-800"
                    : "border-transparent text-stone-700 hover:border-stone-400 hover:text-stone-900"),
                variant === "pills" &&
                  (link.isCurrent
                    ? "border-stone-800 bg-stone-800 font-medium text-white"
                    : "border-stone-300 bg-white text-stone-700 hover:border-stone-500 hover:text-stone-900"),
              )}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
