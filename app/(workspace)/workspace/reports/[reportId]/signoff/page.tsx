import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { denyReportPage } from "@/lib/audit/record-page-denial";
import { getReport, type ReportView } from "@/lib/reports/get-report";
import { getSignOff } from "@/lib/reports/get-sign-off";
import { markReportNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { formatChineseDateTime } from "@/lib/dates";
import { StatusBadge } from "@/components/status-badge";
import { Alert } from "@/components/ui/alert";
import { CommentList } from "@/components/workspace/comment-list";
import { SectionReadView } from "@/components/review/section-read-view";
import { CommentForm } from "@/components/review/comment-form";
import { SignOffPanel } from "@/components/workspace/sign-off-panel";
import { addSignOffCommentAction, refuseSignOffAction, signOffAction } from "./actions";

export const metadata: Metadata = { title: "单位审签" };

/** Where the report stands, said to the head. */
function statusNote(report: ReportView): string {
  switch (report.status) {
    case "AWAITING_SIGNOFF":
      return report.permissions.canSignOff
        ? "填报人已将报告送您审签。请阅读全文，可对各部分或整份报告提出意见；审签通过即报送区依法治区办，退回则由填报人修改后再送您审签。"
        : "报告正在等待审签。该年度已关闭填报，不能再审签通过报送；如需修改可退回填报人。";
    case "DRAFT":
    case "RETURNED":
      return report.unitSignOff
        ? "报告正在由填报人填写或修改，送您审签后可以审签。"
        : "该年度不需要单位负责人审签，报告由填报人直接提交区依法治区办。";
    case "SUBMITTED":
      return "报告已报送区依法治区办，正在审核。";
    case "APPROVED":
      return "报告已经区依法治区办审核通过，等待发布。";
    case "PUBLISHED":
      return "报告已公开发布。";
    case "WITHDRAWN":
      return "报告已从公开网站撤回。";
  }
}

export default async function SignOffPage(props: PageProps<"/workspace/reports/[reportId]/signoff">) {
  const { reportId } = await props.params;
  const user = await requireUser();
  const [report, signOff] = await Promise.all([getReport({ actor: user, reportId }), getSignOff({ actor: user, reportId })]);
  if (!report) return denyReportPage({ actor: user, path: `/workspace/reports/${reportId}/signoff`, reportId });
  // The sign-off desk is the head's; everyone else reads the report where they work on it.
  if (!can(user, "report:sign-off")) redirect(`/workspace/reports/${report.id}`);
  await markReportNotificationsRead({ actor: user, reportId: report.id });

  const { permissions } = report;
  const sectionTitles = new Map(report.sections.map((s) => [s.key, `${s.number}${s.title}`]));
  const commentsOf = (key: string | null) => report.comments.filter((c) => c.sectionKey === key);
  const openComments = report.comments.filter((c) => c.status === "OPEN").length;
  const words = report.sections.reduce((sum, s) => sum + s.characters, 0);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <article className="min-w-0 space-y-4">
        <nav aria-label="位置" className="text-sm text-stone-600">
          <Link href="/workspace" className="hover:underline">
            本单位报告
          </Link>{" "}
          › {report.year}年度 › 审签
        </nav>
        <header className="rounded-lg border border-stone-200 bg-white p-5">
          <h1 className="text-center font-serif text-2xl font-semibold">{report.title}</h1>
          <p className="mt-3 flex flex-wrap justify-center gap-3 text-sm text-stone-600">
            <StatusBadge status={report.status} />
            <span>{report.unit.name}</span>
            <span>共 {words} 字</span>
            {report.submittedAt ? <span>报送于 {formatChineseDateTime(report.submittedAt)}</span> : null}
            {signOff ? (
              <span data-testid="sign-off">
                单位审签：{signOff.signedOffByName}，{formatChineseDateTime(signOff.signedOffAt)}
              </span>
            ) : null}
            <Link href={`/workspace/reports/${report.id}/timeline`} className="text-status-submitted hover:underline">
              操作记录
            </Link>
          </p>
        </header>
        <Alert tone={report.status === "AWAITING_SIGNOFF" ? "info" : "success"}>{statusNote(report)}</Alert>

        {report.sections.map((s) => {
          const comments = commentsOf(s.key);
          const canComment = permissions.canComment && !s.isGroup;
          return (
            <SectionReadView key={s.key} section={s}>
              {comments.length > 0 || canComment ? (
                <div className="mt-4 space-y-3 border-t border-stone-100 pt-3">
                  {comments.length ? <CommentList comments={comments} sectionTitles={sectionTitles} canAnswer={false} /> : null}
                  {canComment ? <CommentForm action={addSignOffCommentAction} idPrefix="signoff-comment" reportId={report.id} sectionKey={s.key} label={`对“${s.title}”提意见`} /> : null}
                </div>
              ) : null}
            </SectionReadView>
          );
        })}
      </article>

      <aside className="min-w-0 space-y-5 lg:sticky lg:top-4 lg:self-start">
        {/* Always rendered, so the outcome of a decision stays on screen after the page refreshes. */}
        <SignOffPanel
          reportId={report.id}
          version={report.version}
          openComments={openComments}
          canSignOff={permissions.canSignOff}
          canRefuse={permissions.canRefuseSignOff}
          actions={{ signOff: signOffAction, refuse: refuseSignOffAction }}
        />
        <section aria-labelledby="all-comments" className="space-y-2">
          <h2 id="all-comments" className="font-semibold">
            整体意见
          </h2>
          <CommentList comments={commentsOf(null)} sectionTitles={sectionTitles} canAnswer={false} />
          {permissions.canComment ? <CommentForm action={addSignOffCommentAction} idPrefix="signoff-comment" reportId={report.id} label="对整份报告提意见" /> : null}
        </section>
      </aside>
    </div>
  );
}
