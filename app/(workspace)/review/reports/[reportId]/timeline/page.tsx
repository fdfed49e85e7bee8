import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { denyReportPage } from "@/lib/audit/record-page-denial";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { listReportTimeline, type ReportTimeline } from "@/lib/audit/list-report-timeline";
import { getSignOff } from "@/lib/reports/get-sign-off";
import { formatChineseDateTime } from "@/lib/dates";
import { Timeline } from "@/components/audit/timeline";
import { parseTimelineOrder, TimelineOrderLinks } from "@/components/audit/timeline-order";

export const metadata: Metadata = { title: "操作记录" };

export default async function ReviewReportTimelinePage(props: PageProps<"/review/reports/[reportId]/timeline">) {
  const [{ reportId }, searchParams] = await Promise.all([props.params, props.searchParams]);
  const user = await requireUser();
  // The district's copy of the page; a clerk reads the same timeline under /workspace.
  if (!can(user, "audit:list")) notFound();
  const order = parseTimelineOrder(searchParams.order);
  let timeline: ReportTimeline;
  try {
    timeline = await listReportTimeline({ actor: user, reportId, order });
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) return denyReportPage({ actor: user, path: `/review/reports/${reportId}/timeline`, reportId });
    throw error;
  }
  const { report, events } = timeline;
  const signOff = await getSignOff({ actor: user, reportId: report.id });

  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <nav aria-label="位置" className="flex flex-wrap gap-x-2 text-sm text-stone-600">
        <Link href={`/review?year=${report.year}`} className="hover:underline">
          审核台
        </Link>
        <span aria-hidden="true">›</span>
        <Link href={`/review/reports/${report.id}`} className="hover:underline">
          {report.year}年度 · {report.unitShortName}
        </Link>
        <span aria-hidden="true">›</span>
        <span aria-current="page">操作记录</span>
      </nav>
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">操作记录</h1>
          <p className="mt-1 text-sm text-stone-600">
            {report.title}：共 {events.length} 条。
          </p>
          {signOff ? (
            <p className="mt-1 text-sm text-stone-600" data-testid="sign-off">
              第 {signOff.revision} 版单位审签：{signOff.signedOffByName}，{formatChineseDateTime(signOff.signedOffAt)}
            </p>
          ) : null}
        </div>
        <TimelineOrderLinks href={`/review/reports/${report.id}/timeline`} order={order} />
      </header>
      <Timeline entries={events} />
    </div>
  );
}
