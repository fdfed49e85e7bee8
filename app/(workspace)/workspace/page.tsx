import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can, isUnitRole } from "@/lib/auth/permissions";
import { listMyReports, type MyReportRow } from "@/lib/reports/list-my-reports";
import { formatChineseDateTime } from "@/lib/dates";
import { StatusBadge } from "@/components/status-badge";
import { Deadline } from "@/components/workspace/deadline";
import { OpenReportButton } from "@/components/workspace/open-report-button";
import { buttonClass } from "@/components/ui/button";
import { isEditable } from "@/lib/reports/workflow";
import { openReportAction } from "./actions";

export const metadata: Metadata = { title: "我的报告" };

/** The head reads every report on the sign-off page; the clerk on the writing desk. */
function reportHref(reportId: string, canWrite: boolean) {
  return canWrite ? `/workspace/reports/${reportId}` : `/workspace/reports/${reportId}/signoff`;
}

/** What the row offers: writing for the clerk, 审签 for the head, otherwise reading. */
function RowAction({ row, canWrite }: { row: MyReportRow; canWrite: boolean }) {
  const { report } = row;
  if (report?.canSignOff) {
    return (
      <Link href={`/workspace/reports/${report.id}/signoff`} className={buttonClass("primary")}>
        去审签
      </Link>
    );
  }
  if (report) {
    return (
      <Link href={reportHref(report.id, canWrite)} className={buttonClass("secondary")}>
        {report.canEdit ? "继续填写" : "查看"}
      </Link>
    );
  }
  if (row.canOpen) return <OpenReportButton action={openReportAction} year={row.year} />;
  if (!row.isOpen) return <span className="text-sm text-stone-500">该年度已关闭填报</span>;
  return canWrite ? null : <span className="text-sm text-stone-500">填报人尚未开始填写</span>;
}

export default async function MyReportsPage() {
  const user = await requireUser();
  // Each role lands on its own desk: admins on what needs their attention, reviewers on the review desk.
  if (!isUnitRole(user.role)) redirect(can(user, "admin:manage") ? "/admin" : "/review");
  const rows = await listMyReports({ actor: user });
  const canWrite = can(user, "report:edit");
  const waiting = rows.filter((r) => r.report?.canSignOff).length;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{canWrite ? "我的报告" : "本单位报告"}</h1>
        <p className="mt-1 text-sm text-stone-600">
          {user.unitName} 各年度法治政府建设年度报告
          {canWrite ? null : "。报告由填报人填写，送您审签后，您审签通过即报送区依法治区办。"}
        </p>
      </div>
      {!canWrite && waiting > 0 ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          有 {waiting} 份报告等待您审签。
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">
          还没有开放填报的年度。区依法治区办开放年度后，这里会出现待填写的报告。
        </p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {rows.map((row) => (
            <li key={row.year} className="flex flex-wrap items-center gap-4 px-5 py-4" data-testid={`my-report-${row.year}`}>
              <div className="min-w-0 flex-1">
                <h2 className="font-medium">
                  {row.report ? (
                    <Link href={reportHref(row.report.id, canWrite)} className="hover:underline">
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
                  {row.unitSignOff ? <span className="text-xs text-stone-500">须经单位负责人审签</span> : null}
                  {row.report ? <span className="text-xs text-stone-500">最近修改 {formatChineseDateTime(row.report.updatedAt)}</span> : null}
                </p>
              </div>
              <RowAction row={row} canWrite={canWrite} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
