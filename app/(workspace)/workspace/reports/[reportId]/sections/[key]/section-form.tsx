"use client";

import { useCallback, useEffect } from "react";
import { saveSectionAction } from "./actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { countCharacters } from "@/lib/reports/numbering";
import { limits, overLimitMessage, textLength } from "@/lib/reports/limits";
import type { MetricField } from "@/lib/reports/template";
import { useSectionAutosave, type Draft, type SaveState } from "@/components/workspace/use-section-autosave";
import { formatChineseDateTime } from "@/lib/dates";
import { PreviousYearPanel } from "@/components/workspace/previous-year-panel";
import type { PreviousYearSection } from "@/lib/reports/get-previous-year-section";
import { cn } from "@/lib/utils";

type SectionData = {
  key: string;
  number: string;
  title: string;
  body: string;
  metrics: Record<string, number | null>;
  metricFields: MetricField[];
  version: number;
  minLength: number | null;
  maxLength: number | null;
  isRequired: boolean;
};

const saveStateText: Record<SaveState, string> = { saved: "已保存", dirty: "未保存", saving: "保存中…", failed: "保存失败", "too-long": "超出字数，未保存" };
const formatCount = (n: number) => n.toLocaleString("zh-CN");

function toDraft(s: { title: string; body: string; metrics: Record<string, number | null> }, fields: MetricField[]): Draft {
  return { title: s.title, body: s.body, metrics: Object.fromEntries(fields.map((f) => [f.key, s.metrics[f.key] == null ? "" : String(s.metrics[f.key])])) };
}

type SectionFormProps = { reportId: string; section: SectionData; canEdit: boolean; previous: PreviousYearSection | null };

export function SectionForm({ reportId, section, canEdit, previous }: SectionFormProps) {
  const saveAction = useCallback(
    (input: { version: number } & Draft) => saveSectionAction({ reportId, key: section.key, ...input }),
    [reportId, section.key],
  );
  const editor = useSectionAutosave({
    storageKey: `fazhi:draft:${reportId}:${section.key}`,
    initial: toDraft(section, section.metricFields),
    initialVersion: section.version,
    canEdit,
    saveAction,
  });
  const { draft, saveState, message, fieldErrors, conflict, recovered, save } = editor;
  const isPending = saveState === "saving";
  const characters = countCharacters(draft.body);
  const bodyLength = textLength(draft.body);
  const limitMessage = canEdit ? overLimitMessage(draft) : null;
  const update = (patch: Partial<Draft>) => editor.setDraft({ ...draft, ...patch });

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        void save();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [save]);

  const lengthHint = [section.minLength ? `不少于 ${section.minLength} 字` : null, section.maxLength ? `不超过 ${section.maxLength} 字` : null]
    .filter(Boolean)
    .join("，");
  const isOutOfBounds = (section.minLength && characters > 0 && characters < section.minLength) || (section.maxLength && characters > section.maxLength);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      // The server's Chinese messages are the authority; the browser's own bubbles would block them.
      noValidate
      className="space-y-5 rounded-lg border border-stone-200 bg-white p-5"
      aria-describedby="save-state"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="min-w-0 text-xl font-semibold">
          {section.number}
          {draft.title || "（未命名）"}
          {section.isRequired ? <span className="ml-2 align-middle text-xs font-normal text-stone-500">必填</span> : null}
        </h1>
        <p className="flex items-center gap-2">
          <span id="save-state" aria-live="polite" className={cn("text-sm", saveState === "failed" ? "text-red-700" : "text-stone-600")} data-testid="save-state">
            {saveStateText[saveState]}
          </span>
          {saveState === "failed" && !conflict ? (
            <Button variant="secondary" className="min-h-8 px-2 py-1" onClick={() => void save()}>
              重试
            </Button>
          ) : null}
        </p>
      </div>

      {!canEdit ? <Alert tone="info">报告当前状态下不能修改。</Alert> : null}
      {recovered ? (
        <Alert tone="warning" title="发现未保存的内容">
          <p>本机浏览器中保存着 {formatChineseDateTime(new Date(recovered.savedAt))} 尚未提交到服务器的内容（{countCharacters(recovered.draft.body)} 字）。</p>
          <div className="mt-2 flex gap-2">
            <Button onClick={editor.restoreRecovered}>恢复这些内容</Button>
            <Button variant="secondary" onClick={editor.discardRecovered}>
              放弃，使用服务器上的版本
            </Button>
          </div>
        </Alert>
      ) : null}
      {message && !conflict ? <Alert tone={saveState === "failed" ? "error" : "info"}>{message}</Alert> : null}

      {conflict ? (
        <div className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4" role="alert" data-testid="conflict">
          <p className="font-medium text-amber-950">{message}</p>
          <p className="text-sm text-amber-950">
            {conflict.updatedByName ?? "他人"}已保存了新的版本。您的内容仍在下方编辑框中，没有丢失。可以保留自己的版本、改用对方的版本，或参照对方内容手工合并后再保存。
          </p>
          <div className="grid gap-3 md:grid-cols-2">
            <div>
              <h2 className="text-sm font-semibold">对方已保存的版本</h2>
              <div className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap rounded border border-stone-200 bg-white p-2 text-sm" data-testid="conflict-theirs">
                {conflict.body}
              </div>
            </div>
            <div>
              <h2 className="text-sm font-semibold">我的版本（未保存）</h2>
              <div className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap rounded border border-stone-200 bg-white p-2 text-sm" data-testid="conflict-mine">
                {draft.body}
              </div>
            </div>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => editor.keepMine(conflict)} disabled={isPending}>
              保留我的版本
            </Button>
            <Button variant="secondary" onClick={() => editor.takeTheirs(conflict, (c) => toDraft(c, section.metricFields))}>
              改用对方的版本
            </Button>
            <Button variant="ghost" onClick={() => editor.mergeByHand(conflict)}>
              手工合并
            </Button>
          </div>
        </div>
      ) : null}

      <Field id="section-title" label="小标题" errors={fieldErrors.title} hint="可按本单位实际改写小标题，序号自动生成。">
        {(aria) => (
          <input
            {...aria}
            name="title"
            value={draft.title}
            onChange={(e) => update({ title: e.target.value })}
            readOnly={!canEdit}
            required
            className={inputClass}
          />
        )}
      </Field>

      <Field
        id="section-body"
        label="正文"
        errors={fieldErrors.body}
        hint={
          <span className="flex flex-wrap justify-between gap-x-4">
            <span className={cn(isOutOfBounds && "font-medium text-status-returned")}>
              已写 {characters} 字{lengthHint ? `（${lengthHint}）` : ""}。每段一行，段首不必空格。
            </span>
            {/* What the save limit counts: spaces and line breaks too, unlike "已写". */}
            <span data-testid="body-length" className={cn("tabular-nums", bodyLength > limits.body && "font-medium text-red-700")}>
              全文 {formatCount(bodyLength)} / {formatCount(limits.body)} 字（含空格、换行）
            </span>
          </span>
        }
      >
        {(aria) => (
          <textarea
            {...aria}
            name="body"
            value={draft.body}
            onChange={(e) => update({ body: e.target.value })}
            readOnly={!canEdit}
            rows={16}
            // No maxLength: the browser would silently cut a long paste. Over-long text stays
            // whole on screen and is refused with a message instead.
            className={cn(inputClass, "font-serif leading-8")}
          />
        )}
      </Field>

      {previous ? <PreviousYearPanel previous={previous} body={draft.body} /> : null}

      {section.metricFields.length > 0 ? (
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-stone-800">统计指标{section.isRequired ? "（必填）" : ""}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {section.metricFields.map((field) => (
              <Field key={field.key} id={`metric-${field.key}`} label={`${field.label}（${field.unit}）`} errors={fieldErrors[`metrics.${field.key}`] ?? fieldErrors.metrics}>
                {(aria) => (
                  <input
                    {...aria}
                    name={`metrics.${field.key}`}
                    inputMode="numeric"
                    type="number"
                    min={0}
                    step={1}
                    value={draft.metrics[field.key] ?? ""}
                    onChange={(e) => update({ metrics: { ...draft.metrics, [field.key]: e.target.value } })}
                    readOnly={!canEdit}
                    className={inputClass}
                  />
                )}
              </Field>
            ))}
          </div>
        </fieldset>
      ) : null}

      {limitMessage ? (
        <Alert tone="error">
          <span data-testid="over-limit">{limitMessage}</span>
        </Alert>
      ) : null}

      {canEdit ? (
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={isPending || Boolean(conflict) || Boolean(limitMessage)}>
            {isPending ? "保存中…" : "保存"}
          </Button>
          <span className="text-xs text-stone-500">停止输入 3 秒后自动保存；快捷键 Ctrl+S</span>
        </div>
      ) : null}
    </form>
  );
}
