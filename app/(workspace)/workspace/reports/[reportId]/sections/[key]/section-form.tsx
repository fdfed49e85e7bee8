"use client";

import { useCallback, useEffect, useState, useTransition } from "react";
import { saveSectionAction } from "./actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { countCharacters } from "@/lib/reports/numbering";
import type { MetricField } from "@/lib/reports/template";
import type { StoredSection } from "@/lib/reports/save-section";
import type { FieldErrors } from "@/lib/action-result";
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

type Draft = { title: string; body: string; metrics: Record<string, string> };
type SaveState = "saved" | "dirty" | "saving" | "failed";

const saveStateText: Record<SaveState, string> = { saved: "已保存", dirty: "未保存", saving: "保存中…", failed: "保存失败" };

function toDraft(s: { title: string; body: string; metrics: Record<string, number | null> }, fields: MetricField[]): Draft {
  return { title: s.title, body: s.body, metrics: Object.fromEntries(fields.map((f) => [f.key, s.metrics[f.key] == null ? "" : String(s.metrics[f.key])])) };
}

export function SectionForm({ reportId, section, canEdit }: { reportId: string; section: SectionData; canEdit: boolean }) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(section, section.metricFields));
  const [version, setVersion] = useState(section.version);
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<StoredSection | null>(null);
  const [isPending, startTransition] = useTransition();

  const characters = countCharacters(draft.body);
  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaveState("dirty");
  };

  const save = useCallback(
    (fromVersion: number, content: Draft) => {
      setSaveState("saving");
      startTransition(async () => {
        const result = await saveSectionAction({ reportId, key: section.key, version: fromVersion, ...content });
        if (result.ok) {
          setVersion(result.data.version);
          setSaveState("saved");
          setMessage(null);
          setFieldErrors({});
          setConflict(null);
          return;
        }
        setSaveState("failed");
        setMessage(result.message);
        setFieldErrors(result.fieldErrors ?? {});
        if (result.code === "CONFLICT") setConflict(result.details as StoredSection);
      });
    },
    [reportId, section.key],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        if (canEdit && !conflict) save(version, draft);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [canEdit, conflict, draft, save, version]);

  useEffect(() => {
    if (saveState === "saved") return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [saveState]);

  const lengthHint = [section.minLength ? `不少于 ${section.minLength} 字` : null, section.maxLength ? `不超过 ${section.maxLength} 字` : null]
    .filter(Boolean)
    .join("，");
  const isOutOfBounds = (section.minLength && characters > 0 && characters < section.minLength) || (section.maxLength && characters > section.maxLength);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save(version, draft);
      }}
      // The server's Chinese messages are the authority; the browser's own bubbles would block them.
      noValidate
      className="space-y-5 rounded-lg border border-stone-200 bg-white p-5"
      aria-describedby="save-state"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">
          {section.number}
          {draft.title || "（未命名）"}
          {section.isRequired ? <span className="ml-2 align-middle text-xs font-normal text-stone-500">必填</span> : null}
        </h1>
        <p id="save-state" aria-live="polite" className={cn("text-sm", saveState === "failed" ? "text-red-700" : "text-stone-600")} data-testid="save-state">
          {saveStateText[saveState]}
        </p>
      </div>

      {!canEdit ? <Alert tone="info">报告当前状态下不能修改。</Alert> : null}
      {message && !conflict ? <Alert tone="error">{message}</Alert> : null}

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
            <Button onClick={() => save(conflict.version, draft)} disabled={isPending}>
              保留我的版本
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setDraft(toDraft(conflict, section.metricFields));
                setVersion(conflict.version);
                setConflict(null);
                setMessage(null);
                setSaveState("saved");
              }}
            >
              改用对方的版本
            </Button>
            <Button
              variant="ghost"
              onClick={() => {
                // Merging by hand: the editor keeps my text, and the next save builds on theirs.
                setVersion(conflict.version);
                setConflict(null);
                setMessage("请参照对方版本修改后保存。");
                setSaveState("dirty");
              }}
            >
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
            maxLength={100}
            className={inputClass}
          />
        )}
      </Field>

      <Field
        id="section-body"
        label="正文"
        errors={fieldErrors.body}
        hint={
          <span className={cn(isOutOfBounds && "font-medium text-status-returned")}>
            已写 {characters} 字{lengthHint ? `（${lengthHint}）` : ""}。每段一行，段首不必空格。
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
            maxLength={20000}
            className={cn(inputClass, "font-serif leading-8")}
          />
        )}
      </Field>

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

      {canEdit ? (
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={isPending || Boolean(conflict)}>
            {isPending ? "保存中…" : "保存"}
          </Button>
          <span className="text-xs text-stone-500">快捷键 Ctrl+S</span>
        </div>
      ) : null}
    </form>
  );
}
