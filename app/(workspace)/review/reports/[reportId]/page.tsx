import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { denyReportPage } from "@/lib/audit/record-page-denial";
import { getReport } from "@/lib/reports/get-report";
import { getReviewComparison, type ComparisonMode } from "@/lib/reports/get-review-comparison";
import { getSignOff } from "@/lib/reports/get-sign-off";
import { markReportNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { can } from "@/lib/auth/permissions";
import { chinaToday, formatChineseDateTime, toCalendarDateString } from "@/lib/dates";
import { StatusBadge } from "@/components/status-badge";
import { CommentList } from "@/components/workspace/comment-list";
import { CommentForm } from "@/components/review/comment-form";
import { DecisionPanel } from "@/components/review/decision-panel";
import { ComparisonSwitch } from "@/components/review/comparison-switch";
import { SectionComparisonView } from "@/components/review/section-comparison";
import { SectionReadView } from "@/components/review/section-read-view";
import { PublicationSummary } from "@/components/review/publication-summary";
import { DiffParts } from "@/components/workspace/diff-parts";
import { WarningList } from "@/components/workspace/warning-list";
import {
  addCommentAction,
  approveReportAction,
  publishReportAction,
  reopenForCorrectionAction,
  resolveCommentAction,
  returnReportAction,
  withdrawReportAction,
} from "./actions";

export const metadata: Metadata = { title: "审核报告" };

function parseMode(value: string | string[] | undefined): ComparisonMode | null {
  return value === "previous" || value === "published" ? value : null;
}

export default async function ReviewReportPage(props: PageProps<"/review/reports/[reportId]">) {
  const { reportId } = await props.params;
  const mode = parseMode((await props.searchParams).compare);
  const user = await requireUser();
  const report = await getReport({ actor: user, reportId });
  if (!report) return denyReportPage({ actor: user, path: `/review/reports/${reportId}`, reportId });
  if (!can(user, "review:list")) notFound();
  const [review, signOff] = await Promise.all([getReviewComparison({ actor: user, reportId, mode }), getSignOff({ actor: user, reportId })]);
  await markReportNotificationsRead({ actor: user, reportId: report.id });

  const sectionTitles = new Map(report.sections.map((s) => [s.key, `${s.number}${s.title}`]));
  const commentsOf = (key: string | null) => report.comments.filter((c) => c.sectionKey === key);
  const comparison = review.comparison;
  const unchanged = comparison?.sections.filter((s) => s.change === "same") ?? [];

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <article className="space-y-4">
        <nav aria-label="位置" className="text-sm text-stone-600">
          <Link href={`/review?year=${report.year}`} className="hover:underline">
            审核台
          </Link>{" "}
          › {report.year}年度 › {report.unit.shortName}
        </nav>
        <header className="rounded-lg border border-stone-200 bg-white p-5">
          <h1 className="text-center font-serif text-2xl font-semibold">
            {comparison?.titleParts ? <DiffParts parts={comparison.titleParts} /> : report.title}
          </h1>
          <p className="mt-3 flex flex-wrap justify-center gap-3 text-sm text-stone-600">
            <StatusBadge status={report.status} />
            <span>{report.unit.name}</span>
            {report.submittedAt ? <span>提交于 {formatChineseDateTime(report.submittedAt)}</span> : null}
            {review.current ? <span>第 {review.current.number} 版</span> : null}
            {signOff ? (
              <span data-testid="sign-off">
                单位审签：{signOff.signedOffByName}，{formatChineseDateTime(signOff.signedOffAt)}
              </span>
            ) : null}
            <Link href={`/review/reports/${report.id}/timeline`} className="text-status-submitted hover:underline">
              操作记录
            </Link>
          </p>
        </header>

        <ComparisonSwitch reportId={report.id} mode={mode} available={review.available} />

        {mode && !comparison ? (
          <p className="rounded-lg border border-dashed border-stone-300 bg-white p-5 text-sm text-stone-600">
            {mode === "previous" ? "这是该报告的第一次提交，没有可以对比的上次提交。" : "该报告没有正在进行的更正，无可对比的公开版本。"}
          </p>
        ) : null}

        {comparison && review.base ? (
          <>
            <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950" role="status">
              与{review.base.mode === "previous" ? "上次提交" : "现行公开版本"}（{formatChineseDateTime(review.base.createdAt)}）相比，
              {comparison.changedSections ? `有 ${comparison.changedSections} 个部分修改。` : "没有任何修改。"}
              删除的文字带删除线，新增的文字带下划线。
            </p>
            {comparison.sections
              .filter((s) => s.change !== "same")
              .map((s) => (
                <SectionComparisonView key={s.key} section={s} />
              ))}
            {unchanged.length ? (
              <p className="text-sm text-stone-600">
                其余 {unchanged.length} 个部分无修改：{unchanged.map((s) => `${s.number}${s.title}`).join("；")}。
              </p>
            ) : null}
          </>
        ) : null}

        {!mode
          ? report.sections.map((s) => {
              const comments = commentsOf(s.key);
              const showComments = comments.length > 0 || (report.permissions.canComment && !s.isGroup);
              return (
                <SectionReadView key={s.key} section={s}>
                  {showComments ? (
                    <div className="mt-4 space-y-3 border-t border-stone-100 pt-3">
                      {comments.length ? (
                        <CommentList comments={comments} sectionTitles={sectionTitles} canAnswer={false} canResolve={report.permissions.canResolve} actions={{ resolve: resolveCommentAction }} />
                      ) : null}
                      {report.permissions.canComment && !s.isGroup ? <CommentForm action={addCommentAction} reportId={report.id} sectionKey={s.key} label={`对“${s.title}”提意见`} /> : null}
                    </div>
                  ) : null}
                </SectionReadView>
              );
            })
          : null}
      </article>

      <aside className="space-y-5 lg:sticky lg:top-4 lg:self-start">
        {report.permissions.canPublish || report.permissions.canApprove ? (
          <WarningList reportId={report.id} warnings={report.warnings} linkSections={false} />
        ) : null}
        <DecisionPanel
          report={report}
          today={toCalendarDateString(chinaToday())}
          actions={{
            approve: approveReportAction,
            publish: publishReportAction,
            return: returnReportAction,
            reopen: reopenForCorrectionAction,
            withdraw: withdrawReportAction,
          }}
        />
        <PublicationSummary report={report} />
        <section aria-labelledby="all-comments" className="space-y-2">
          <h2 id="all-comments" className="font-semibold">
            {mode ? "全部意见" : "整体意见"}
          </h2>
          <CommentList
            comments={mode ? report.comments : commentsOf(null)}
            sectionTitles={sectionTitles}
            canAnswer={false}
            canResolve={report.permissions.canResolve}
            actions={{ resolve: resolveCommentAction }}
          />
          {report.permissions.canComment ? <CommentForm action={addCommentAction} reportId={report.id} label="对整份报告提意见" /> : null}
        </section>
      </aside>
    </div>
  );
}
