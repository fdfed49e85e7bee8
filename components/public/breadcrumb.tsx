import Link from "next/link";
import { ReportLink } from "./report-link";

export type BreadcrumbItem = { label: string; href?: string };

/** The last item is the current page; items without href are plain text. */
export function Breadcrumb({ items }: { items: BreadcrumbItem[] }) {
  return (
    <nav aria-label="当前位置" data-print="hide" className="text-sm text-stone-600">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        {items.map((item, index) => {
          const isCurrent = index === items.length - 1;
          return (
            <li key={item.label} className="flex items-center gap-x-1.5">
              {index > 0 ? <span aria-hidden="true">›</span> : null}
              {item.href && !isCurrent ? (
                <CrumbLink href={item.href}>{item.label}</CrumbLink>
              ) : (
                <span aria-current={isCurrent ? "page" : undefined} className={isCurrent ? "text-stone-900" : undefined}>
                  {item.label}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function CrumbLink({ href, children }: { href: string; children: React.ReactNode }) {
  const className = "rounded-sm underline underline-offset-4 decoration-stone-300 hover:text-stone-900 hover:decoration-stone-600";
  return href.startsWith("/reports/") ? (
    <ReportLink href={href} className={className}>
      {children}
    </ReportLink>
  ) : (
    <Link href={href} className={className}>
      {children}
    </Link>
  );
}
