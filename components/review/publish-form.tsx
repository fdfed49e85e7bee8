"use client";

import { useActionState, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { reporting, type FormAction, type OnResult } from "@/components/review/reporting";

type PublishFormProps = {
  action: FormAction<{ url: string }>;
  reportId: string;
  version: number;
  today: string;
  docNumber: string;
  /** Set when the report was published before: this publication is a correction. */
  indexNumber: string | null;
  warningCount: number;
  onResult: OnResult;
};

export function PublishForm({ action, reportId, version, today, docNumber: initialDocNumber, indexNumber, warningCount, onResult }: PublishFormProps) {
  const [state, formAction, pending] = useActionState(reporting(action, onResult), null);
  const [publishedAt, setPublishedAt] = useState(today);
  const [docNumber, setDocNumber] = useState(initialDocNumber);
  const [correctionNote, setCorrectionNote] = useState("");
  const [confirmOpen, setConfirmOpen] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const isCorrection = indexNumber !== null;
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  return (
    <form ref={formRef} action={formAction} className="space-y-3">
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      {isCorrection ? (
        <p className="text-sm text-stone-700">
          该报告已发布过（索引号 {indexNumber}），本次发布为<strong>更正</strong>：公开页面显示更正后的全文和更正说明，原文留在历史版本中。
        </p>
      ) : null}
      <Field id="published-at" label={isCorrection ? "更正发布日期" : "发布日期"} errors={errors?.publishedAt}>
        {(aria) => <input {...aria} type="date" name="publishedAt" value={publishedAt} max={today} onChange={(e) => setPublishedAt(e.target.value)} required className={inputClass} />}
      </Field>
      <Field id="doc-number" label="字号" hint="没有字号可不填，公开页面显示为“无”。" errors={errors?.docNumber}>
        {(aria) => <input {...aria} name="docNumber" value={docNumber} onChange={(e) => setDocNumber(e.target.value)} maxLength={60} className={inputClass} />}
      </Field>
      {isCorrection ? (
        <Field id="correction-note" label="更正说明" hint="公开页面上显示，写明更正了什么。" errors={errors?.correctionNote}>
          {(aria) => (
            <textarea {...aria} name="correctionNote" rows={3} maxLength={2000} required value={correctionNote} onChange={(e) => setCorrectionNote(e.target.value)} className={inputClass} />
          )}
        </Field>
      ) : null}
      <ConfirmDialog
        open={confirmOpen}
        onOpenChange={setConfirmOpen}
        title={isCorrection ? "确认发布更正" : "确认发布"}
        description={
          <>
            <p>
              {isCorrection
                ? "更正后的全文和更正说明将立即替换公开页面上的现行版本。确定发布更正吗？"
                : "发布后报告将在公开网站上向社会公开，之后只能通过更正或撤回修改。确定发布吗？"}
            </p>
            {warningCount > 0 ? <p className="mt-2 font-medium text-amber-800">注意：检查发现 {warningCount} 处可能的问题（如个人信息），请确认已处理。</p> : null}
          </>
        }
        confirmLabel={isCorrection ? "确认发布更正" : "确认发布"}
        onConfirm={() => formRef.current?.requestSubmit()}
        trigger={
          <Button variant="primary" disabled={pending || (isCorrection && !correctionNote.trim())}>
            {pending ? "正在发布…" : isCorrection ? "发布更正" : "发布"}
          </Button>
        }
      />
    </form>
  );
}
