"use client";

import { useState } from "react";
import { ApproveForm } from "@/components/review/approve-form";
import { ReturnForm } from "@/components/review/return-form";
import { PublishForm } from "@/components/review/publish-form";
import { ReopenForm } from "@/components/review/reopen-form";
import { WithdrawForm } from "@/components/review/withdraw-form";
import { ActionResultAlert } from "@/components/review/action-result-alert";
import type { FormAction } from "@/components/review/reporting";
import type { ReportView } from "@/lib/reports/get-report";
import type { ActionResult } from "@/lib/action-result";

type DecisionPanelProps = {
  report: Pick<ReportView, "id" | "version" | "status" | "docNumber" | "indexNumber" | "permissions" | "comments" | "warnings">;
  today: string;
  actions: { approve: FormAction; publish: FormAction<{ url: string }>; return: FormAction; reopen: FormAction; withdraw: FormAction };
};

/** The decisions the report's status allows, each its own form; the server checks them again. */
export function DecisionPanel({ report, today, actions }: DecisionPanelProps) {
  // Kept here, not in the forms: a successful decision refreshes the page and removes its form.
  const [last, setLast] = useState<ActionResult<unknown> | null>(null);
  const { permissions: can } = report;
  const openComments = report.comments.filter((c) => c.status === "OPEN").length;
  const answeredComments = report.comments.filter((c) => c.status === "ANSWERED").length;
  const none = !can.canApprove && !can.canReturn && !can.canPublish && !can.canCorrect && !can.canWithdraw;

  return (
    <section aria-labelledby="decision-heading" className="space-y-5 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="decision-heading" className="font-semibold">
        审核决定
      </h2>
      <ActionResultAlert state={last} />
      {can.canApprove ? <ApproveForm action={actions.approve} reportId={report.id} version={report.version} answeredComments={answeredComments} onResult={setLast} /> : null}
      {can.canPublish ? (
        <PublishForm
          action={actions.publish}
          reportId={report.id}
          version={report.version}
          today={today}
          docNumber={report.docNumber}
          indexNumber={report.indexNumber}
          warningCount={report.warnings.length}
          onResult={setLast}
        />
      ) : null}
      {can.canReturn ? (
        <div className={can.canApprove || can.canPublish ? "border-t border-stone-100 pt-4" : undefined}>
          <ReturnForm action={actions.return} reportId={report.id} version={report.version} openComments={openComments} isApproved={report.status === "APPROVED"} onResult={setLast} />
        </div>
      ) : null}
      {can.canCorrect ? <ReopenForm action={actions.reopen} reportId={report.id} version={report.version} onResult={setLast} /> : null}
      {can.canWithdraw ? (
        <div className="border-t border-stone-100 pt-4">
          <WithdrawForm action={actions.withdraw} reportId={report.id} version={report.version} onResult={setLast} />
        </div>
      ) : null}
      {none ? <p className="text-sm text-stone-600">报告当前状态下没有待做的审核决定。</p> : null}
    </section>
  );
}
