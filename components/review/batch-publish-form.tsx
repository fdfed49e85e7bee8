"use client";

import Link from "next/link";
import { useActionState, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Alert } from "@/components/ui/alert";
import type { PublishableReport } from "@/lib/reports/list-publishable-reports";
import type { BatchOutcome } from "@/lib/reports/publish-reports";
import type { ActionResult } from "@/lib/action-result";

type Props = {
  action: (prev: unknown, formData: FormData) => Promise<ActionResult<BatchOutcome[]>>;
  reports: PublishableReport[];
  today: string;
  minDate: string;
  emptyText: string;
};

/** Stays mounted when the list empties, so the outcome of the last batch remains on screen. */
export function BatchPublishForm({ action, reports, today, minDate, emptyText }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const [selected, setSelected] = useState(() => new Set(reports.map((r) => r.id)));
  const [publishedAt, setPublishedAt] = useState(today);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const chosen = reports.filter((r) => selected.has(r.id));
  const warned = chosen.filter((r) => r.warnings.length > 0);
  // Names seen on this page; published reports leave the list when the page refreshes.
  const [names] = useState(() => new Map(reports.map((r) => [r.id, r.unit.shortName])));

  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <form ref={formRef} action={formAction} className="space-y-4">
      {state ? (
        <Alert tone={state.ok && state.data.every((o) => o.ok) ? "success" : "error"} title={state.message}>
          {state.ok ? (
            <ul className="mt-1 space-y-1" data-testid="batch-outcomes">
              {state.data.map((o) => (
                <li key={o.reportId}>
                  {o.ok ? o.unitShortName : (names.get(o.reportId) ?? "报告")}：
                  {o.ok ? (
                    <>
                      已发布，索引号 {o.indexNumber}{" "}
                      <Link href={o.url} className="underline">
                        查看
                      </Link>
                    </>
                  ) : (
                    <span>未发布 — {o.message}</span>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}

      {reports.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">{emptyText}</p>
      ) : (
        <>
      <fieldset className="space-y-2" disabled={pending}>
        <legend className="mb-2 text-sm font-medium text-stone-800">选择要发布的报告（{chosen.length} / {reports.length}）</legend>
        <div className="flex gap-3 text-sm">
          <button type="button" className="text-status-submitted hover:underline" onClick={() => setSelected(new Set(reports.map((r) => r.id)))}>
            全选
          </button>
          <button type="button" className="text-status-submitted hover:underline" onClick={() => setSelected(new Set())}>
            全不选
          </button>
        </div>
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {reports.map((r) => (
            <li key={r.id} className="px-4 py-3">
              <label className="flex items-start gap-3">
                <input
                  type="checkbox"
                  name="reports"
                  value={`${r.id}:${r.version}`}
                  checked={selected.has(r.id)}
                  onChange={(e) => toggle(r.id, e.target.checked)}
                  className="mt-1 size-4"
                />
                <span className="min-w-0 flex-1">
                  <span className="font-medium">{r.unit.shortName}</span>
                  <span className="ml-2 text-sm text-stone-600">{r.title}</span>
                  {r.docNumber ? <span className="ml-2 text-sm text-stone-600">字号 {r.docNumber}</span> : null}
                </span>
              </label>
              {r.warnings.length ? (
                <ul className="mt-2 ml-7 list-disc space-y-0.5 pl-4 text-sm text-amber-900" aria-label={`${r.unit.shortName}的检查提示`}>
                  {r.warnings.map((w, i) => (
                    <li key={i}>
                      {w.sectionTitle}：{w.message}
                    </li>
                  ))}
                </ul>
              ) : null}
              <p className="mt-1 ml-7 text-sm">
                <Link href={`/review/reports/${r.id}`} className="text-status-submitted hover:underline">
                  查看报告<span className="sr-only">：{r.unit.shortName}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      </fieldset>

      <Field id="batch-published-at" label="发布日期" hint="所选报告使用同一发布日期；字号沿用各报告已填写的字号，没有则显示“无”。">
        {(aria) => (
          <input {...aria} type="date" name="publishedAt" value={publishedAt} min={minDate} max={today} required onChange={(e) => setPublishedAt(e.target.value)} className={`${inputClass} max-w-xs`} />
        )}
      </Field>

      <ConfirmDialog
        open={confirmOpen}
        onOpenChange={setConfirmOpen}
        title={`确认发布 ${chosen.length} 份报告`}
        description={
          <>
            <p>发布后报告将在公开网站上向社会公开，之后只能通过更正或撤回修改。</p>
            {warned.length ? (
              <p className="mt-2 font-medium text-amber-800">
                其中 {warned.length} 份有检查提示（如可能的个人信息）：{warned.map((r) => r.unit.shortName).join("、")}。请确认已处理。
              </p>
            ) : null}
          </>
        }
        confirmLabel="确认发布"
        onConfirm={() => formRef.current?.requestSubmit()}
        trigger={
          <Button variant="primary" disabled={pending || chosen.length === 0}>
            {pending ? `正在发布 ${chosen.length} 份报告…` : `发布所选 ${chosen.length} 份报告`}
          </Button>
        }
      />
      {pending ? (
        <p role="status" className="text-sm text-stone-600">
          正在逐份发布，请勿关闭页面…
        </p>
      ) : null}
        </>
      )}
    </form>
  );
}
