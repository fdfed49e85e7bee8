"use client";

import Link from "next/link";
import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, inputClass } from "@/components/ui/field";
import { ImportSourceForm, type ChosenSource } from "@/components/import/import-source-form";
import { SourcePane } from "@/components/import/source-pane";
import { OutlinePane } from "@/components/import/outline-pane";
import { ImportCounts } from "@/components/import/import-counts";
import { noDecisions, prepareImport, type ImportDecisions } from "@/lib/import/prepare-import";
import type { ImportMode, ImportTarget } from "@/lib/import/import-plan";
import type { LineOverride } from "@/lib/import/line-overrides";
import { suggestMetrics, type MetricSuggestion } from "@/lib/import/suggest-metrics";
import type { ImportTargetRef } from "@/lib/import/import-target";
import type { ImportAnalysis } from "@/lib/import/analyse-import";
import type { ApplyImportResult } from "@/lib/import/apply-import";
import type { ActionResult } from "@/lib/action-result";

type ImportWizardProps = {
  target: ImportTargetRef;
  /** Where the report can be seen after a draft import. */
  reportHref?: string;
  actions: {
    analyse: (prev: unknown, formData: FormData) => Promise<ActionResult<ImportAnalysis>>;
    /** A historical import redirects instead of answering, so only a draft import's result comes back. */
    confirm: (prev: unknown, formData: FormData) => Promise<ActionResult<{ kind: "report" } & ApplyImportResult>>;
  };
};

function sourceFormData(source: ChosenSource, target: ImportTargetRef): FormData {
  const formData = new FormData();
  formData.set("target", JSON.stringify(target));
  if (source.kind === "file") formData.set("file", source.file);
  else formData.set("text", source.text);
  return formData;
}

/**
 * Source → preview → confirm. The source stays in the browser and is sent again with the
 * user's decisions, so nothing is stored before the confirm and the server rebuilds the plan
 * itself instead of trusting the browser's.
 */
export function ImportWizard({ target, reportHref, actions }: ImportWizardProps) {
  const sourceRef = useRef<ChosenSource | null>(null);
  const [analysis, analyse, analysing] = useActionState(actions.analyse, null);
  const [result, confirm, confirming] = useActionState(actions.confirm, null);
  const [decisions, setDecisions] = useState<ImportDecisions>(noDecisions);
  const [accepted, setAccepted] = useState<Record<string, Record<string, number>>>({});
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [details, setDetails] = useState<{ title: string; publishedAt: string; docNumber: string } | null>(null);
  const data = analysis?.ok ? analysis.data : null;
  const previewRef = useRef<HTMLHeadingElement>(null);
  const done = result?.ok ? result.data : null;
  // A new preview is what the user waits for: bring it into view and to the screen reader.
  useEffect(() => {
    if (data) previewRef.current?.scrollIntoView({ block: "start" });
  }, [data]);

  const prepared = useMemo(() => (data ? prepareImport(data.lines, data.outline, decisions) : null), [data, decisions]);
  const suggestions = useMemo(() => {
    const found: Record<string, MetricSuggestion[]> = {};
    if (!prepared || !data) return found;
    for (const entry of prepared.plan.entries) {
      const fields = data.outline.find((s) => s.key === entry.key)?.metrics ?? [];
      if (fields.length > 0) found[entry.key] = suggestMetrics([...entry.metricsParagraphs, entry.importedBody].join("\n"), fields);
    }
    return found;
  }, [prepared, data]);

  function start(source: ChosenSource) {
    sourceRef.current = source;
    setDecisions(noDecisions);
    setAccepted({});
    setDetails(null);
    startTransition(() => analyse(sourceFormData(source, target)));
  }

  function setOverride(override: LineOverride) {
    setDecisions((d) => ({ ...d, lineOverrides: [...d.lineOverrides.filter((o) => o.index !== override.index), override] }));
  }
  function setTarget(partId: string, to: ImportTarget) {
    setDecisions((d) => ({ ...d, targets: { ...d.targets, [partId]: to } }));
  }
  function setMode(key: string, mode: ImportMode) {
    setDecisions((d) => ({ ...d, modes: { ...d.modes, [key]: mode } }));
  }
  function setAllModes(mode: ImportMode) {
    if (!prepared) return;
    setDecisions((d) => ({ ...d, modes: { ...d.modes, ...Object.fromEntries(prepared.plan.entries.filter((e) => e.needsMode).map((e) => [e.key, mode])) } }));
  }
  function setMetric(key: string, metricKey: string, value: number | null) {
    setAccepted((a) => {
      const section = { ...(a[key] ?? {}) };
      if (value === null) delete section[metricKey];
      else section[metricKey] = value;
      return { ...a, [key]: section };
    });
  }

  function send() {
    if (!sourceRef.current || !data || !prepared) return;
    const formData = sourceFormData(sourceRef.current, target);
    const versions = Object.fromEntries(data.outline.filter((s) => s.version !== null).map((s) => [s.key, s.version!]));
    const keys = new Set(prepared.plan.entries.map((e) => e.key));
    const metrics = Object.fromEntries(Object.entries(accepted).filter(([key]) => keys.has(key)));
    formData.set("confirm", JSON.stringify({ checksum: data.checksum, decisions, versions, metrics }));
    if (target.kind === "historical" && historical) {
      formData.set("title", historical.title);
      formData.set("publishedAt", historical.publishedAt);
      formData.set("docNumber", historical.docNumber);
    }
    startTransition(() => confirm(formData));
  }

  const plan = prepared?.plan;
  const historical = target.kind === "historical" && plan ? (details ?? { title: plan.title ?? "", publishedAt: plan.date ?? "", docNumber: plan.docNumber ?? "" }) : null;
  const modeCount = plan?.entries.filter((e) => e.needsMode).length ?? 0;

  if (done) {
    return (
      <div className="space-y-3">
        <Alert tone="success" title="导入完成">{result?.message}</Alert>
        <p className="flex gap-4">
          <Link href={reportHref ?? `/workspace/reports/${done.reportId}`} className="text-status-submitted hover:underline">
            查看报告
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="space-y-5">
      <ImportSourceForm pending={analysing} onSubmit={start} />
      {analysis && !analysis.ok ? <Alert tone="error">{analysis.message}</Alert> : null}
      {data && plan && prepared ? (
        <section aria-labelledby="import-preview-heading" className="space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <h2 id="import-preview-heading" ref={previewRef} tabIndex={-1} className="scroll-mt-4 text-lg font-semibold focus:outline-none">
              预览：{data.sourceName}
            </h2>
            <ImportCounts counts={plan.counts} removed={prepared.lines.filter((l) => l.role === "furniture").map((l) => l.text)} />
          </div>
          {plan.title || plan.date || plan.docNumber ? (
            <p className="text-sm text-stone-700">
              识别到：{plan.title ? `标题“${plan.title}”` : "没有标题"}
              {plan.date ? `；日期 ${plan.date}` : ""}
              {plan.docNumber ? `；字号 ${plan.docNumber}` : ""}
            </p>
          ) : null}
          {plan.parts.every((p) => p.kind !== "heading") ? (
            <Alert tone="warning" title="没有找到任何标题">
              可以在左侧把标题行改为“一级标题”或“二级标题”，也可以把全部文字导入到一个部分：
              <span className="mt-2 block">
                <Button variant="secondary" onClick={() => plan.parts[0] && setTarget(plan.parts[0].id, plan.parts[0].suggested.kind === "unplaced" ? { kind: "section", key: data.outline.find((s) => !s.isGroup)?.key ?? "" } : plan.parts[0].suggested)}>
                  全部导入到“{data.outline.find((s) => !s.isGroup)?.title}”
                </Button>
              </span>
            </Alert>
          ) : null}
          {modeCount > 0 ? (
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span>{modeCount} 个部分已有内容：</span>
              <Button variant="secondary" onClick={() => setAllModes("replace")}>
                全部替换
              </Button>
              <Button variant="secondary" onClick={() => setAllModes("append")}>
                全部追加
              </Button>
            </div>
          ) : null}
          <div className="grid gap-4 lg:grid-cols-2">
            <div className="min-w-0 rounded-lg border border-stone-200 bg-white p-3">
              <h3 className="mb-2 font-semibold">原文（已标出找到的标题）</h3>
              <SourcePane lines={prepared.lines} parts={plan.parts} outline={data.outline} onOverride={setOverride} onTarget={setTarget} />
            </div>
            <div className="min-w-0 rounded-lg border border-stone-200 bg-white p-3 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
              <h3 className="mb-2 font-semibold">导入到</h3>
              <OutlinePane plan={plan} outline={data.outline} suggestions={suggestions} accepted={accepted} onMode={setMode} onMetric={setMetric} />
            </div>
          </div>
          {historical ? (
            <fieldset className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-3">
              <legend className="px-1 text-sm font-semibold">发布信息（按原报告填写）</legend>
              <Field id="historical-title" label="标题" className="sm:col-span-3">
                {(aria) => <input {...aria} className={inputClass} value={historical.title} onChange={(e) => setDetails({ ...historical, title: e.target.value })} />}
              </Field>
              <Field id="historical-date" label="原发布日期">
                {(aria) => <input {...aria} type="date" className={inputClass} value={historical.publishedAt} onChange={(e) => setDetails({ ...historical, publishedAt: e.target.value })} />}
              </Field>
              <Field id="historical-doc-number" label="字号（没有可不填）">
                {(aria) => <input {...aria} className={inputClass} value={historical.docNumber} onChange={(e) => setDetails({ ...historical, docNumber: e.target.value })} />}
              </Field>
            </fieldset>
          ) : null}
          {plan.blockers.length > 0 ? (
            <Alert tone="warning" title="确认前还需处理">
              <ul className="list-disc pl-5">
                {plan.blockers.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          {result && !result.ok ? <Alert tone="error">{result.message}</Alert> : null}
          <ConfirmDialog
            open={confirmOpen}
            onOpenChange={setConfirmOpen}
            title={target.kind === "historical" ? "确认导入并发布？" : "确认导入？"}
            description={
              <div className="space-y-2">
                <p>将写入 {plan.entries.length} 个部分，共 {plan.counts.imported} 字。</p>
                {target.kind === "historical" ? (
                  <p>报告将作为历史报告直接在公开网站发布，发布日期 {historical?.publishedAt || "（未填）"}，并记入审计日志。</p>
                ) : (
                  <p>每个部分保存为一个新版本，导入前的内容可在该部分的“修改历史”中恢复。</p>
                )}
              </div>
            }
            confirmLabel={target.kind === "historical" ? "导入并发布" : "确认导入"}
            onConfirm={send}
            trigger={
              <Button disabled={plan.blockers.length > 0 || confirming}>
                {confirming ? "正在导入…" : target.kind === "historical" ? "导入并发布…" : `确认导入（${plan.entries.length} 个部分）`}
              </Button>
            }
          />
        </section>
      ) : null}
    </div>
  );
}
