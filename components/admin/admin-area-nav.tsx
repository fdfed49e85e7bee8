import Link from "next/link";
import { cn } from "@/lib/utils";

const links = [
  { href: "/admin/users", label: "用户" },
  { href: "/admin/years", label: "报告年度与模板" },
] as const;

/** The admin pages of this branch; the admin frame's own navigation replaces it at merge. */
export function AdminAreaNav({ current }: { current: (typeof links)[number]["href"] }) {
  return (
    <nav aria-label="管理" className="flex flex-wrap gap-2 text-sm">
      {links.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          aria-current={link.href === current ? "page" : undefined}
          className={cn("rounded-md border px-3 py-1.5", link.href === current ? "border-brand-700 bg-brand-50 text-brand-800" : "border-stone-300 bg-white")}
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
