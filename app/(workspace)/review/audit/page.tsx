import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { resolveAuditQuery } from "@/lib/audit/resolve-audit-query";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { auditExportLimit } from "@/lib/audit/export-audit-log";
import { hasFilters, toSearchParams } from "@/lib/audit/audit-query";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditLogTable } from "@/components/audit/audit-log-table";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "审计日志" };

function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

export default async function AuditLogPage(props: PageProps<"/review/audit">) {
  const user = await requireUser();
  if (!can(user, "audit:list")) notFound();
  const { filters, before, notes, options } = await resolveAuditQuery({ actor: user, params: await props.searchParams });
  const page = await listAuditEvents({ actor: user, filters, before });

  return (
    <div className="space-y-5">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">审计日志</h1>
          <p className="mt-1 text-sm text-stone-600">全区的登录、填报、审核、发布和导出操作，最新的在前。记录含 IP 地址等个人信息，仅供审计使用。</p>
        </div>
        <div className="sm:text-right">
          <a href={withQuery("/review/audit/export", toSearchParams(filters))} className={buttonClass("secondary")} download>
            导出 CSV
          </a>
          <p className="mt-1 text-xs text-stone-600">按当前筛选条件导出，最多 {auditExportLimit.toLocaleString("en-US")} 条（最新的在前）。</p>
        </div>
      </header>

      <AuditFilterForm filters={filters} options={options} />
      {notes.length ? (
        <Alert tone="warning" title="部分筛选条件未生效">
          <ul className="list-disc pl-5">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </Alert>
      ) : null}

      {page.entries.length ? (
        <AuditLogTable entries={page.entries} />
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">
          {hasFilters(filters) || before ? "没有符合条件的记录。可以放宽筛选条件再试。" : "还没有任何审计记录。"}
        </p>
      )}

      <nav aria-label="翻页" className="flex flex-wrap gap-3">
        {before ? (
          <Link href={withQuery("/review/audit", toSearchParams(filters))} className={buttonClass("ghost")}>
            回到最新
          </Link>
        ) : null}
        {page.next ? (
          <Link href={withQuery("/review/audit", toSearchParams(filters, page.next))} className={buttonClass("secondary")}>
            更早的记录
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
