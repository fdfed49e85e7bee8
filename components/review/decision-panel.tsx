"use client";

import { useActionState, useState } from "react";
import Link from "next/link";
import { approveReportAction, publishReportAction, returnReportAction } from "@/app/(workspace)/review/reports/[reportId]/actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

type DecisionPanelProps = {
  reportId: string;
  version: number;
  openComments: number;
  canReturn: boolean;
  canApprove: boolean;
  canPublish: boolean;
  today: string;
  docNumber: string;
};

export function DecisionPanel(props: DecisionPanelProps) {
  const [returnComment, setReturnComment] = useState("");
  const [returnState, returnAction, returning] = useActionState(returnReportAction, null);
  const [approveState, approveAction, approving] = useActionState(approveReportAction, null);
  const [publishState, publishAction, publishing] = useActionState(publishReportAction, null);
  const [publishedAt, setPublishedAt] = useState(props.today);
  const [docNumber, setDocNumber] = useState(props.docNumber);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const publishFormId = "publish-form";

  const results = [returnState, approveState, publishState].filter(Boolean);
  const last = results.at(-1);

  return (
    <section aria-labelledby="decision-heading" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="decision-heading" className="font-semibold">
        审核决定
      </h2>
      {last ? (
        <Alert tone={last.ok ? "success" : "error"}>
          {last.message}
          {publishState?.ok && publishState.data ? (
            <>
              {" "}
              <Link href={publishState.data.url} className="underline">
                查看公开页面
              </Link>
            </>
          ) : null}
        </Alert>
      ) : null}

      {props.canApprove ? (
        <form action={approveAction}>
          <input type="hidden" name="reportId" value={props.reportId} />
          <input type="hidden" name="version" value={props.version} />
          <Button type="submit" variant="success" disabled={approving}>
            {approving ? "正在处理…" : "审核通过"}
          </Button>
        </form>
      ) : null}

      {props.canReturn ? (
        <form action={returnAction} className="space-y-2">
          <input type="hidden" name="reportId" value={props.reportId} />
          <input type="hidden" name="version" value={props.version} />
          <Field
            id="return-comment"
            label="退回意见"
            hint={props.openComments > 0 ? `已有 ${props.openComments} 条待处理意见，可再补充整体意见。` : "退回时至少要有一条意见。"}
            errors={returnState && !returnState.ok ? returnState.fieldErrors?.comment : undefined}
          >
            {(aria) => (
              <textarea {...aria} name="comment" rows={3} maxLength={2000} value={returnComment} onChange={(e) => setReturnComment(e.target.value)} className={inputClass} />
            )}
          </Field>
          <Button type="submit" variant="danger" disabled={returning}>
            {returning ? "正在退回…" : "退回修改"}
          </Button>
        </form>
      ) : null}

      {props.canPublish ? (
        <form id={publishFormId} action={publishAction} className="space-y-3">
          <input type="hidden" name="reportId" value={props.reportId} />
          <input type="hidden" name="version" value={props.version} />
          <Field id="published-at" label="发布日期">
            {(aria) => <input {...aria} type="date" name="publishedAt" value={publishedAt} onChange={(e) => setPublishedAt(e.target.value)} required className={inputClass} />}
          </Field>
          <Field id="doc-number" label="字号" hint="没有字号可不填，公开页面显示为“无”。">
            {(aria) => <input {...aria} name="docNumber" value={docNumber} onChange={(e) => setDocNumber(e.target.value)} maxLength={60} className={inputClass} />}
          </Field>
          <ConfirmDialog
            open={confirmOpen}
            onOpenChange={setConfirmOpen}
            title="确认发布"
            description="发布后报告将在公开网站上向社会公开，之后只能通过更正或撤回修改。确定发布吗？"
            confirmLabel="确认发布"
            onConfirm={() => (document.getElementById(publishFormId) as HTMLFormElement | null)?.requestSubmit()}
            trigger={
              <Button variant="primary" disabled={publishing}>
                {publishing ? "正在发布…" : "发布"}
              </Button>
            }
          />
        </form>
      ) : null}

      {!props.canApprove && !props.canReturn && !props.canPublish ? <p className="text-sm text-stone-600">报告当前状态下没有待做的审核决定。</p> : null}
    </section>
  );
}
