import { Fragment } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { hasPermission } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { denyReportPage } from "@/lib/audit/record-page-denial";
import { getReport } from "@/lib/reports/get-report";
import { getPreviousYearSection } from "@/lib/reports/get-previous-year-section";
import { StatusBadge } from "@/components/status-badge";
import { Deadline } from "@/components/workspace/deadline";
import { CommentList } from "@/components/workspace/comment-list";
import { SectionStateLabel } from "@/components/workspace/section-state-label";
import { cn } from "@/lib/utils";
import { droppedGroupLabel } from "@/lib/templates/dropped-sections";
import { Alert } from "@/components/ui/alert";
import { answerCommentAction } from "@/app/(workspace)/workspace/reports/[reportId]/actions";
import { SectionForm } from "./section-form";

export const metadata: Metadata = { title: "填写报告" };

export default async function SectionPage(props: PageProps<"/workspace/reports/[reportId]/sections/[key]">) {
  const { reportId, key } = await props.params;
  const user = await requireUser();
  const [report, previous] = await Promise.all([getReport({ actor: user, reportId }), getPreviousYearSection({ actor: user, reportId, key })]);
  const section = report?.sections.find((s) => s.key === key && !s.isGroup);
  if (!report) return denyReportPage({ actor: user, path: `/workspace/reports/${reportId}/sections/${key}`, reportId });
  if (!section) notFound();
  // A unit head reads and signs off; the editor is never theirs, even read-only.
  if (!hasPermission(user, "report:edit") && hasPermission(user, "report:sign-off")) redirect(`/workspace/reports/${reportId}/signoff`);

  const comments = report.comments.filter((c) => c.sectionKey === key);
  const sectionTitles = new Map(report.sections.map((s) => [s.key, `${s.number}${s.title}`]));

  return (
    <div className="grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)_20rem]">
      <nav aria-label="报告提纲" className="order-2 min-w-0 lg:order-1">
        <p className="mb-2 text-sm">
          <Link href={`/workspace/reports/${report.id}`} className="text-stone-600 hover:underline">
            ← 报告概览
          </Link>
        </p>
        <ol className="space-y-1 text-sm">
          {report.sections.map((s, i) => (
            <Fragment key={s.key}>
            {s.isDropped && !report.sections[i - 1]?.isDropped ? (
              <li className="mt-3 border-t border-stone-200 pt-2 text-xs font-semibold text-amber-900">{droppedGroupLabel}</li>
            ) : null}
            <li key={s.key} className={cn(s.level === 2 && "pl-3")}>
              {s.isGroup ? (
                <span className="block py-1 font-semibold text-stone-800">
                  {s.number}
                  {s.title}
                </span>
              ) : (
                <Link
                  href={`/workspace/reports/${report.id}/sections/${s.key}`}
                  aria-current={s.key === key ? "page" : undefined}
                  className={cn(
                    "block rounded px-2 py-1 hover:bg-stone-100",
                    s.key === key && "bg-white font-medium shadow-sm ring-1 ring-stone-200",
                  )}
                >
                  <span className="block">
                    {s.number}
                    {s.title}
                  </span>
                  <SectionStateLabel state={s.state} openComments={s.openComments} />
                </Link>
              )}
            </li>
            </Fragment>
          ))}
        </ol>
      </nav>

      <div className="order-1 min-w-0 lg:order-2">
        <p className="mb-3 flex flex-wrap items-center gap-3 text-sm">
          <span className="font-medium">{report.title}</span>
          <StatusBadge status={report.status} />
          <Deadline internal={report.internalDeadline} publication={report.publicationDeadline} isDone={!report.permissions.canEdit} />
        </p>
        {section.isDropped ? (
          <Alert tone="warning" title={droppedGroupLabel} className="mb-3">
            本年度模板已不再包含这一部分，原有文字保留在这里。请把需要的文字复制到其他部分，再回到报告概览删除这一部分（删除的文字仍保留在操作记录中）。留有文字时它会随报告提交，审核人会看到它被标记为已移除；它不是必填项，不影响提交。
          </Alert>
        ) : null}
        <SectionForm
          // Keyed by section only: a background refresh of the page must not reset text being typed.
          key={section.key}
          reportId={report.id}
          canEdit={report.permissions.canEdit}
          previous={previous}
          section={{
            key: section.key,
            number: section.number,
            title: section.title,
            body: section.body,
            metrics: section.metrics,
            metricFields: section.metricFields,
            version: section.version,
            minLength: section.minLength,
            maxLength: section.maxLength,
            isRequired: section.isRequired,
          }}
        />
      </div>

      <aside className="order-3 min-w-0 space-y-5">
        <p className="text-sm">
          <Link href={`/workspace/reports/${report.id}/sections/${section.key}/history`} className="text-status-submitted hover:underline">
            历史版本与对比
          </Link>
        </p>
        {section.guidance ? (
          <section aria-labelledby="guidance-heading" className="rounded-lg border border-stone-200 bg-white p-4 text-sm">
            <h2 id="guidance-heading" className="font-semibold">
              填写说明
            </h2>
            <p className="mt-1 leading-relaxed text-stone-700">{section.guidance}</p>
          </section>
        ) : null}
        <section aria-labelledby="section-comments-heading">
          <h2 id="section-comments-heading" className="mb-2 font-semibold">
            本部分审核意见
          </h2>
          <CommentList comments={comments} sectionTitles={sectionTitles} canAnswer={report.permissions.canAnswer} actions={{ answer: answerCommentAction }} />
        </section>
      </aside>
    </div>
  );
}
