"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

export const adminLinks = [
  { href: "/admin", label: "概览" },
  { href: "/admin/units", label: "单位" },
  { href: "/admin/users", label: "用户" },
  { href: "/admin/years", label: "报告年度" },
  { href: "/admin/import", label: "导入报告" },
  { href: "/admin/settings", label: "区设置" },
  { href: "/admin/mail", label: "邮件" },
] as const;

/** The admin area's sections; the current one is marked for screen readers too. */
export function AdminNav() {
  const pathname = usePathname() ?? "";
  const current = [...adminLinks].reverse().find((link) => pathname === link.href || pathname.startsWith(`${link.href}/`))?.href;
  return (
    <nav aria-label="系统管理" className="flex flex-wrap gap-2 border-b border-stone-200 pb-3 text-sm">
      {adminLinks.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          aria-current={link.href === current ? "page" : undefined}
          className={cn(
            "rounded-md border px-3 py-1.5",
            link.href === current ? "border-brand-700 bg-brand-50 text-brand-800" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-100",
          )}
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
