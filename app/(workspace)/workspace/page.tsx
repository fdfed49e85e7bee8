import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listMyReports } from "@/lib/reports/list-my-reports";
import { formatChineseDateTime } from "@/lib/dates";
import { StatusBadge } from "@/components/status-badge";
import { Deadline } from "@/components/workspace/deadline";
import { OpenReportButton } from "@/components/workspace/open-report-button";
import { buttonClass } from "@/components/ui/button";
import { isEditable } from "@/lib/reports/workflow";

export const metadata: Metadata = { title: "我的报告" };

export default async function MyReportsPage() {
  const user = await requireUser();
  // Each role lands on its own desk: admins on what needs their attention, reviewers on the review desk.
  if (!can(user, "report:edit")) redirect(can(user, "admin:manage") ? "/admin" : "/review");
  const rows = await listMyReports({ actor: user });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">我的报告</h1>
        <p className="mt-1 text-sm text-stone-600">{user.unitName} 各年度法治政府建设年度报告</p>
      </div>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">
          还没有开放填报的年度。区依法治区办开放年度后，这里会出现待填写的报告。
        </p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {rows.map((row) => (
            <li key={row.year} className="flex flex-wrap items-center gap-4 px-5 py-4">
              <div className="min-w-0 flex-1">
                <h2 className="font-medium">
                  {row.report ? (
                    <Link href={`/workspace/reports/${row.report.id}`} className="hover:underline">
                      {row.report.title}
                    </Link>
                  ) : (
                    `${row.year}年度报告`
                  )}
                </h2>
                <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
                  <StatusBadge status={row.report?.status ?? "NOT_STARTED"} />
                  <Deadline
                    internal={row.internalDeadline}
                    publication={row.publicationDeadline}
                    isDone={row.report ? !isEditable(row.report.status) : !row.isOpen}
                  />
                  {row.report ? <span className="text-xs text-stone-500">最近修改 {formatChineseDateTime(row.report.updatedAt)}</span> : null}
                </p>
              </div>
              {row.report ? (
                <Link href={`/workspace/reports/${row.report.id}`} className={buttonClass("secondary")}>
                  {isEditable(row.report.status) ? "继续填写" : "查看"}
                </Link>
              ) : row.isOpen ? (
                <OpenReportButton year={row.year} />
              ) : (
                <span className="text-sm text-stone-500">该年度已关闭填报</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
