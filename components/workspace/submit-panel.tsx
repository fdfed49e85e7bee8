"use client";

import { useActionState, useRef, useState } from "react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { Blocker } from "@/lib/reports/completeness";
import type { SectionWarning } from "@/lib/reports/quality-checks";
import { WarningList } from "@/components/workspace/warning-list";
import type { ActionResult } from "@/lib/action-result";

type SubmitPanelProps = {
  reportId: string;
  blockers: Blocker[];
  warnings: SectionWarning[];
  openComments: number;
  /** The year asks for 单位审签: the report goes to the unit's head, whose sign-off submits it. */
  toSignOff?: boolean;
  actions: {
    submit: (reportId: string) => Promise<ActionResult<{ revision: number }>>;
    requestSignOff: (reportId: string) => Promise<ActionResult<null>>;
  };
};

const texts = {
  submit: {
    heading: "提交审核",
    ready: "各部分均已填写完整，可以提交。提交后不能再修改，除非被退回。",
    confirmTitle: "确认提交审核",
    confirm: "报告将提交给区依法治区办审核。提交后不能再修改，除非审核人退回修改；审核通过后由区依法治区办发布。",
    confirmLabel: "确认提交",
    button: "提交审核",
    pending: "正在提交…",
  },
  signOff: {
    heading: "送单位负责人审签",
    ready: "各部分均已填写完整，可以送单位负责人审签。负责人审签通过即报送区依法治区办；审签期间不能修改，除非负责人退回。",
    confirmTitle: "确认送单位负责人审签",
    confirm: "报告将送本单位负责人审签。负责人审签通过即报送区依法治区办审核，无需再次提交；审签期间不能修改，除非负责人退回修改。",
    confirmLabel: "确认送审签",
    button: "送单位负责人审签",
    pending: "正在送审签…",
  },
} as const;

export function SubmitPanel({ reportId, blockers, warnings, openComments, toSignOff = false, actions }: SubmitPanelProps) {
  const [state, formAction, pending] = useActionState(async () => (toSignOff ? actions.requestSignOff(reportId) : actions.submit(reportId)), null);
  const text = toSignOff ? texts.signOff : texts.submit;
  const [confirmOpen, setConfirmOpen] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const serverBlockers = state && !state.ok && Array.isArray(state.details) ? (state.details as Blocker[]) : null;
  const shown = serverBlockers ?? blockers;
  const isReady = shown.length === 0 && openComments === 0;
  return (
    <section aria-labelledby="submit-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="submit-heading" className="font-semibold">
        {text.heading}
      </h2>
      {shown.length > 0 ? (
        <div className="mt-2 text-sm">
          <p className="text-stone-700">{toSignOff ? "送审签前还需完成：" : "提交前还需完成："}</p>
          <ul className="mt-1 list-disc space-y-1 pl-5" data-testid="submit-blockers">
            {shown.map((b, i) => (
              <li key={`${b.sectionKey}-${i}`}>
                <Link href={`/workspace/reports/${reportId}/sections/${b.sectionKey}`} className="text-status-submitted underline-offset-2 hover:underline">
                  {b.sectionTitle}
                </Link>
                ：{b.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <WarningList reportId={reportId} warnings={warnings} />
      {openComments > 0 ? <p className="mt-2 text-sm text-status-returned">还有 {openComments} 条{toSignOff ? "" : "审核"}意见待答复。</p> : null}
      {isReady ? <p className="mt-2 text-sm text-stone-700">{text.ready}</p> : null}
      {state ? (
        <Alert tone={state.ok ? "success" : "error"} className="mt-3">
          {state.message}
        </Alert>
      ) : null}
      <form ref={formRef} action={formAction} className="mt-3">
        <ConfirmDialog
          open={confirmOpen}
          onOpenChange={setConfirmOpen}
          title={text.confirmTitle}
          description={
            <p>
              {text.confirm}
              {warnings.length > 0 ? `还有 ${warnings.length} 条检查提示，${toSignOff ? "送审签" : "提交"}前请确认已处理。` : null}
            </p>
          }
          confirmLabel={text.confirmLabel}
          onConfirm={() => formRef.current?.requestSubmit()}
          trigger={
            <Button disabled={pending || !isReady}>
              {pending ? text.pending : text.button}
            </Button>
          }
        />
      </form>
    </section>
  );
}
