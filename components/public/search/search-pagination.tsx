import Link from "next/link";
import { cn } from "@/lib/utils";

/** Previous / next and nearby page numbers, as plain links. */
export function SearchPagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount < 2) return null;
  const first = Math.max(1, Math.min(page - 2, pageCount - 4));
  const pages = Array.from({ length: Math.min(5, pageCount) }, (_, i) => first + i);
  const linkClass = "inline-flex min-w-10 items-center justify-center rounded-md border px-3 py-1.5 text-sm";
  return (
    <nav aria-label="分页" className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} className={cn(linkClass, "border-stone-300 bg-white text-stone-800 hover:border-stone-500")}>
              上一页
            </Link>
          </li>
        ) : null}
        {pages.map((p) => (
          <li key={p}>
            <Link
              href={href(p)}
              aria-current={p === page ? "page" : undefined}
              aria-label={`第 ${p} 页`}
              className={cn(linkClass, p === page ? "border-stone-800 bg-stone-800 font-medium text-white" : "border-stone-300 bg-white text-stone-800 hover:border-stone-500")}
            >
              {p}
            </Link>
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link href={href(page + 1)} className={cn(linkClass, "border-stone-300 bg-white text-stone-800 hover:border-stone-500")}>
              下一页
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
