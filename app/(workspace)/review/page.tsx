import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { formatChineseDate } from "@/lib/dates";
import { dashboardExportHref, dashboardHref, parseDashboardQuery } from "@/lib/review/dashboard-query";
import { getKindLabels } from "@/lib/settings/get-kind-labels";
import { getReviewDashboard } from "@/lib/review/get-review-dashboard";
import { buttonClass } from "@/components/ui/button";
import { DashboardFilters } from "@/components/review/dashboard-filters";
import { DashboardGroups } from "@/components/review/dashboard-groups";
import { DashboardTotals } from "@/components/review/dashboard-totals";
import { urgeAction } from "@/app/(workspace)/review/urge/actions";
import { UrgeDesk } from "@/components/review/urge-desk";
import { cn } from "@/lib/utils";

export const metadata: Metadata = { title: "审核台" };

const emptyClass = "rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600";

export default async function ReviewDashboardPage(props: PageProps<"/review">) {
  const user = await requireUser();
  if (!can(user, "review:list")) notFound();
  const [data, kindLabels] = await Promise.all([getReviewDashboard({ actor: user, query: parseDashboardQuery(await props.searchParams) }), getKindLabels(user.districtId)]);
  if (!data) {
    return <p className={emptyClass}>尚未设置任何报告年度。请管理员先添加报告年度及其截止日期，各单位即可开始填报。</p>;
  }
  const { query, deadlines } = data;
  const canUrge = can(user, "review:urge");
  const tables = <DashboardGroups data={data} kindLabels={kindLabels} canUrge={canUrge} />;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{data.year}年度报告审核台</h1>
          <p className="mt-1 text-sm text-stone-600">
            共 {data.totalUnits} 个单位
            {data.isFiltered ? `，当前显示 ${data.rows.length} 个` : null}。
          </p>
          <p className="mt-1 text-sm text-stone-700" data-testid="deadlines">
            内部截止：{deadlines.internal ? formatChineseDate(deadlines.internal) : "未设置（以公开截止为准）"}
            <span aria-hidden="true"> · </span>
            公开截止：{formatChineseDate(deadlines.publication)}
            <span aria-hidden="true"> · </span>
            今天：{formatChineseDate(data.today)}
          </p>
        </div>
        <nav aria-label="年度" className="flex flex-wrap gap-2 text-sm">
          {data.years.map((y) => (
            <Link
              key={y}
              href={dashboardHref(query, { year: y })}
              aria-current={y === data.year ? "page" : undefined}
              className={cn("rounded-md border px-3 py-1.5", y === data.year ? "border-brand-700 bg-brand-50 text-brand-800" : "border-stone-300 bg-white")}
            >
              {y}年度
            </Link>
          ))}
        </nav>
      </div>

      <div className="space-y-2">
        <DashboardTotals counts={data.counts} query={query} />
        {query.kind !== "all" || query.q ? (
          <p className="text-sm text-stone-600">
            以上统计只含{query.q ? `名称含“${query.q}”的` : ""}
            {query.kind === "all" ? "单位" : kindLabels[query.kind === "town" ? "TOWN" : "DEPARTMENT"]}，共 {data.unitCount} 个。
          </p>
        ) : null}
      </div>

      <div className="flex flex-wrap items-center gap-3">
        {data.rows.length > 0 ? (
          <>
            <a href={dashboardExportHref(query, "xlsx")} download className={buttonClass("secondary")}>
              下载 Excel
            </a>
            <a href={dashboardExportHref(query, "csv")} download className={buttonClass("secondary")}>
              下载 CSV
            </a>
          </>
        ) : null}
        {data.approvedCount > 0 ? (
          <Link href={`/review/publish?year=${data.year}`} prefetch={false} className={buttonClass("success")}>
            批量发布（{data.approvedCount} 份已通过）
          </Link>
        ) : null}
      </div>

      <DashboardFilters query={query} kindLabels={kindLabels} />

      {canUrge ? (
        <UrgeDesk urgeAction={urgeAction} year={data.year} notSubmittedCount={data.notSubmittedCount}>
          {tables}
        </UrgeDesk>
      ) : (
        tables
      )}
    </div>
  );
}
