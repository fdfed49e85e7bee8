import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { denyReportPage } from "@/lib/audit/record-page-denial";
import { getReport } from "@/lib/reports/get-report";
import { getSignOff } from "@/lib/reports/get-sign-off";
import { markReportNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { formatChineseDateTime } from "@/lib/dates";
import { StatusBadge } from "@/components/status-badge";
import { Deadline } from "@/components/workspace/deadline";
import { SectionStateLabel } from "@/components/workspace/section-state-label";
import { CommentList } from "@/components/workspace/comment-list";
import { SubmitPanel } from "@/components/workspace/submit-panel";
import { AddSectionForm } from "@/components/workspace/add-section-form";
import { RemoveSectionButton } from "@/components/workspace/remove-section-button";
import { WithdrawnNotice } from "@/components/workspace/withdrawn-notice";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/lib/utils";
import { DroppedSectionsGroup } from "@/components/workspace/dropped-sections-group";
import { addSectionAction, answerCommentAction, removeSectionAction, requestSignOffAction, submitReportAction } from "./actions";

export const metadata: Metadata = { title: "报告概览" };

const statusNotes = {
  AWAITING_SIGNOFF: "报告已送单位负责人审签，审签通过后报送区依法治区办。审签期间不能修改。",
  SUBMITTED: "报告已提交，正在等待区依法治区办审核。审核期间不能修改。",
  APPROVED: "报告已审核通过，等待发布。",
  PUBLISHED: "报告已公开发布。",
} as const;

export default async function ReportOverviewPage(props: PageProps<"/workspace/reports/[reportId]">) {
  const { reportId } = await props.params;
  const user = await requireUser();
  const [report, signOff] = await Promise.all([getReport({ actor: user, reportId }), getSignOff({ actor: user, reportId })]);
  if (!report) return denyReportPage({ actor: user, path: `/workspace/reports/${reportId}`, reportId });
  // A unit head reads and signs off; the writing desk is not theirs.
  if (!can(user, "report:edit") && can(user, "report:sign-off")) redirect(`/workspace/reports/${report.id}/signoff`);
  await markReportNotificationsRead({ actor: user, reportId: report.id });

  const sectionTitles = new Map(report.sections.map((s) => [s.key, `${s.number}${s.title}`]));
  const openComments = report.comments.filter((c) => c.status === "OPEN").length;
  // A draft with open comments is one the unit's head sent back: the district's come with RETURNED.
  const isRefusedBySignOff = report.status === "DRAFT" && report.unitSignOff && openComments > 0;
  const resubmit = report.unitSignOff ? "重新送单位负责人审签" : "重新提交";
  const words = report.sections.reduce((sum, s) => sum + s.characters, 0);
  const liveSections = report.sections.filter((s) => !s.isDropped);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="min-w-0 space-y-5">
        <nav aria-label="位置" className="text-sm text-stone-600">
          <Link href="/workspace" className="hover:underline">
            我的报告
          </Link>{" "}
          › {report.year}年度
        </nav>
        <div>
          <h1 className="text-2xl font-semibold">{report.title}</h1>
          <p className="mt-2 flex flex-wrap items-center gap-3">
            <StatusBadge status={report.status} />
            <Deadline internal={report.internalDeadline} publication={report.publicationDeadline} isDone={!report.permissions.canEdit} />
            <span className="text-sm text-stone-600">共 {words} 字</span>
            {report.submittedAt ? <span className="text-sm text-stone-600">提交于 {formatChineseDateTime(report.submittedAt)}</span> : null}
            {signOff ? (
              <span className="text-sm text-stone-600" data-testid="sign-off">
                单位审签：{signOff.signedOffByName}，{formatChineseDateTime(signOff.signedOffAt)}
              </span>
            ) : null}
            <Link href={`/workspace/reports/${report.id}/timeline`} className="text-sm text-status-submitted hover:underline">操作记录</Link>
            {report.permissions.canEdit ? (
              <Link href={`/workspace/import/${report.id}`} className="text-sm text-status-submitted hover:underline">
                从 Word 或文字导入
              </Link>
            ) : null}
          </p>
        </div>
        {report.isYearClosed && !report.permissions.canEdit && (report.status === "DRAFT" || report.status === "RETURNED") ? (
          <Alert tone="warning" title="该年度已关闭填报">报告不能再修改或提交。如确需修改，请联系管理员重新开启该年度。</Alert>
        ) : null}
        {report.status === "RETURNED" ? (
          <Alert tone="warning" title="报告已被退回">
            请按右侧审核意见修改相关部分，逐条填写整改说明后{resubmit}。
          </Alert>
        ) : isRefusedBySignOff ? (
          <Alert tone="warning" title="单位负责人退回了报告">
            请按右侧意见修改相关部分，逐条填写整改说明后{resubmit}。
          </Alert>
        ) : report.status === "WITHDRAWN" ? (
          <WithdrawnNotice report={report} />
        ) : report.status in statusNotes ? (
          <Alert tone="info">{statusNotes[report.status as keyof typeof statusNotes]}</Alert>
        ) : null}

        <section aria-labelledby="outline-heading">
          <h2 id="outline-heading" className="sr-only">
            报告提纲
          </h2>
          <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {liveSections.map((s, i) => {
              const next = liveSections[i + 1];
              const closesGroup = s.level === 2 && next?.parentKey !== s.parentKey;
              const parent = closesGroup ? report.sections.find((p) => p.key === s.parentKey) : undefined;
              return (
                <li key={s.key}>
                  <div className={cn("flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3", s.level === 2 && "pl-10")}>
                    <div className="min-w-0 flex-1">
                      {s.isGroup ? (
                        <span className="font-semibold">
                          {s.number}
                          {s.title}
                        </span>
                      ) : (
                        <Link href={`/workspace/reports/${report.id}/sections/${s.key}`} className={cn("hover:underline", s.level === 1 && "font-semibold")}>
                          {s.number}
                          {s.title}
                        </Link>
                      )}
                      {s.isRequired ? <span className="ml-2 text-xs text-stone-500">必填</span> : null}
                      {s.isExtra ? <span className="ml-2 text-xs text-stone-500">自增小节</span> : null}
                    </div>
                    {s.isGroup ? null : (
                      <>
                        <span className="text-xs text-stone-500">{s.characters} 字</span>
                        <SectionStateLabel state={s.state} openComments={s.openComments} />
                      </>
                    )}
                    {s.isExtra && report.permissions.canEdit ? <RemoveSectionButton action={removeSectionAction} reportId={report.id} sectionKey={s.key} title={s.title} /> : null}
                  </div>
                  {parent && report.permissions.canEdit ? (
                    <div className="border-t border-dashed border-stone-200 px-4 py-3 pl-10">
                      <AddSectionForm action={addSectionAction} reportId={report.id} parentKey={parent.key} parentTitle={parent.title} />
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </section>
        <DroppedSectionsGroup reportId={report.id} sections={report.sections.filter((s) => s.isDropped)} canEdit={report.permissions.canEdit} removeAction={removeSectionAction} />
      </div>

      <aside className="min-w-0 space-y-5">
        {report.permissions.canSubmit || report.permissions.canRequestSignOff ? (
          <SubmitPanel
            reportId={report.id}
            blockers={report.blockers}
            warnings={report.warnings}
            openComments={openComments}
            toSignOff={report.permissions.canRequestSignOff}
            actions={{ submit: submitReportAction, requestSignOff: requestSignOffAction }}
          />
        ) : null}
        <section aria-labelledby="comments-heading">
          <h2 id="comments-heading" className="mb-2 font-semibold">
            {report.unitSignOff ? "审签和审核意见" : "审核意见"}
          </h2>
          <CommentList comments={report.comments} sectionTitles={sectionTitles} canAnswer={report.permissions.canAnswer} actions={{ answer: answerCommentAction }} />
        </section>
      </aside>
    </div>
  );
}
