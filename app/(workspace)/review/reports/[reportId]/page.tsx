import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getReport } from "@/lib/reports/get-report";
import { can } from "@/lib/auth/permissions";
import { toParagraphs } from "@/lib/reports/numbering";
import { chinaToday, formatChineseDateTime, toCalendarDateString } from "@/lib/dates";
import { StatusBadge } from "@/components/status-badge";
import { CommentList } from "@/components/workspace/comment-list";
import { CommentForm } from "@/components/review/comment-form";
import { DecisionPanel } from "@/components/review/decision-panel";
import { WarningList } from "@/components/workspace/warning-list";

export const metadata: Metadata = { title: "审核报告" };

export default async function ReviewReportPage(props: PageProps<"/review/reports/[reportId]">) {
  const { reportId } = await props.params;
  const user = await requireUser();
  const report = await getReport({ actor: user, reportId });
  if (!report || !can(user, "review:list")) notFound();

  const sectionTitles = new Map(report.sections.map((s) => [s.key, `${s.number}${s.title}`]));
  const openComments = report.comments.filter((c) => c.status === "OPEN").length;

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
          <h1 className="text-center font-serif text-2xl font-semibold">{report.title}</h1>
          <p className="mt-3 flex flex-wrap justify-center gap-3 text-sm text-stone-600">
            <StatusBadge status={report.status} />
            <span>{report.unit.name}</span>
            {report.submittedAt ? <span>提交于 {formatChineseDateTime(report.submittedAt)}</span> : null}
            <Link href={`/review/reports/${report.id}/timeline`} className="text-status-submitted hover:underline">操作记录</Link>
          </p>
        </header>
        {report.sections.map((s) => {
          const comments = report.comments.filter((c) => c.sectionKey === s.key);
          const Heading = s.level === 1 ? "h2" : "h3";
          return (
            <section key={s.key} aria-labelledby={`sec-${s.key}`} className="rounded-lg border border-stone-200 bg-white p-5">
              <Heading id={`sec-${s.key}`} className={s.level === 1 ? "text-lg font-bold" : "font-kai text-lg font-semibold"}>
                {s.number}
                {s.title}
              </Heading>
              {toParagraphs(s.body).map((p, i) => (
                <p key={i} className="mt-2 indent-[2em] font-serif leading-8 text-stone-900">
                  {p}
                </p>
              ))}
              {s.metricFields.length ? (
                <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-stone-700">
                  {s.metricFields.map((f) => (
                    <div key={f.key} className="flex gap-1">
                      <dt>{f.label}</dt>
                      <dd className="font-medium">{s.metrics[f.key] == null ? "未填" : `${s.metrics[f.key]} ${f.unit}`}</dd>
                    </div>
                  ))}
                </dl>
              ) : null}
              {comments.length || (report.permissions.canComment && !s.isGroup) ? (
                <div className="mt-4 space-y-3 border-t border-stone-100 pt-3">
                  {comments.length ? <CommentList comments={comments} sectionTitles={sectionTitles} canAnswer={false} /> : null}
                  {report.permissions.canComment && !s.isGroup ? <CommentForm reportId={report.id} sectionKey={s.key} label={`对“${s.title}”提意见`} /> : null}
                </div>
              ) : null}
            </section>
          );
        })}
      </article>

      <aside className="space-y-5 lg:sticky lg:top-4 lg:self-start">
        {report.permissions.canPublish || report.permissions.canApprove ? (
          <WarningList reportId={report.id} warnings={report.warnings} linkSections={false} />
        ) : null}
        <DecisionPanel
          reportId={report.id}
          version={report.version}
          openComments={openComments}
          canReturn={report.permissions.canReturn}
          canApprove={report.permissions.canApprove}
          canPublish={report.permissions.canPublish}
          today={toCalendarDateString(chinaToday())}
          docNumber={report.docNumber}
        />
        <section aria-labelledby="all-comments" className="space-y-2">
          <h2 id="all-comments" className="font-semibold">
            整体意见
          </h2>
          <CommentList comments={report.comments.filter((c) => !c.sectionKey)} sectionTitles={sectionTitles} canAnswer={false} />
          {report.permissions.canComment ? <CommentForm reportId={report.id} label="对整份报告提意见" /> : null}
        </section>
      </aside>
    </div>
  );
}
