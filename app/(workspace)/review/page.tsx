import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listReportsForReview } from "@/lib/reports/list-reports-for-review";
import { formatChineseDateTime } from "@/lib/dates";
import { statusLabels, type ReportStatus } from "@/lib/reports/workflow";
import { StatusBadge } from "@/components/status-badge";
import { cn } from "@/lib/utils";

export const metadata: Metadata = { title: "审核台" };

const kindLabels = { TOWN: "街镇", DEPARTMENT: "部门" } as const;

export default async function ReviewDashboardPage(props: PageProps<"/review">) {
  const user = await requireUser();
  if (!can(user, "review:list")) notFound();
  const searchParams = await props.searchParams;
  const requestedYear = Number(searchParams.year) || undefined;
  const data = await listReportsForReview({ actor: user, year: requestedYear });
  if (!data) {
    return <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">尚未设置任何报告年度。</p>;
  }
  const toReview = data.rows.filter((r) => r.report?.status === "SUBMITTED").length;
  const order: (ReportStatus | "NOT_STARTED")[] = ["NOT_STARTED", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED", "WITHDRAWN"];

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{data.year}年度报告审核台</h1>
          <p className="mt-1 text-sm text-stone-600">共 {data.rows.length} 个单位，待审核 {toReview} 份。</p>
        </div>
        <nav aria-label="年度" className="flex gap-2 text-sm">
          {data.years.map((y) => (
            <Link
              key={y}
              href={`/review?year=${y}`}
              aria-current={y === data.year ? "page" : undefined}
              className={cn("rounded-md border px-3 py-1.5", y === data.year ? "border-brand-700 bg-brand-50 text-brand-800" : "border-stone-300 bg-white")}
            >
              {y}年度
            </Link>
          ))}
        </nav>
      </div>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
        {order.map((status) => (
          <div key={status} className="rounded-lg border border-stone-200 bg-white px-3 py-2">
            <dt className="text-xs text-stone-600">{status === "NOT_STARTED" ? "未开始" : statusLabels[status]}</dt>
            <dd className="text-xl font-semibold" data-testid={`count-${status}`}>
              {data.counts[status] ?? 0}
            </dd>
          </div>
        ))}
      </dl>

      {(["TOWN", "DEPARTMENT"] as const).map((kind) => (
        <section key={kind} aria-labelledby={`kind-${kind}`}>
          <h2 id={`kind-${kind}`} className="mb-2 text-lg font-semibold">
            {kindLabels[kind]}
          </h2>
          <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full text-left text-sm">
              <thead className="bg-stone-100 text-stone-700">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">单位</th>
                  <th scope="col" className="px-4 py-2 font-medium">状态</th>
                  <th scope="col" className="px-4 py-2 font-medium">提交时间</th>
                  <th scope="col" className="px-4 py-2 font-medium">待处理意见</th>
                  <th scope="col" className="px-4 py-2 font-medium"><span className="sr-only">操作</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200">
                {data.rows
                  .filter((r) => r.unit.kind === kind)
                  .map((row) => (
                    <tr key={row.unit.id} data-testid={`unit-row-${row.unit.shortName}`}>
                      <th scope="row" className="px-4 py-2 font-medium">{row.unit.shortName}</th>
                      <td className="px-4 py-2"><StatusBadge status={row.report?.status ?? "NOT_STARTED"} /></td>
                      <td className="px-4 py-2 text-stone-600">{row.report?.submittedAt ? formatChineseDateTime(row.report.submittedAt) : "—"}</td>
                      <td className="px-4 py-2 text-stone-600">{row.report?.openComments ?? 0}</td>
                      <td className="px-4 py-2 text-right">
                        {row.report?.id ? (
                          <Link href={`/review/reports/${row.report.id}`} className="text-status-submitted hover:underline">
                            {row.report.status === "SUBMITTED" ? "审核" : "查看"}
                            <span className="sr-only">{row.unit.shortName}的报告</span>
                          </Link>
                        ) : null}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
