"use client";

import type { ImportMode, ImportPart, ImportPlan, OutlineSection, PlanEntry } from "@/lib/import/import-plan";
import { countChars } from "@/lib/import/import-plan";
import type { MetricSuggestion } from "@/lib/import/suggest-metrics";
import { cn } from "@/lib/utils";

type OutlinePaneProps = {
  plan: ImportPlan;
  outline: OutlineSection[];
  suggestions: Record<string, MetricSuggestion[]>;
  accepted: Record<string, Record<string, number>>;
  onMode: (key: string, mode: ImportMode) => void;
  onMetric: (key: string, metricKey: string, value: number | null) => void;
};

/** The words around the figure, when the sentence it came from is long: near the field's own words. */
function excerpt(sentence: string, value: number, label: string): string {
  if (sentence.length <= 60) return sentence;
  const words = Array.from({ length: Math.max(0, label.length - 1) }, (_, i) => label.slice(i, i + 2)).filter((w) => !/[数]$/.test(w));
  const near = words.map((w) => sentence.indexOf(w)).filter((i) => i !== -1);
  const at = near.length > 0 ? Math.max(...near) : sentence.indexOf(String(value));
  const start = Math.max(0, Math.min((at === -1 ? 0 : at) - 30, sentence.length - 60));
  const end = Math.min(sentence.length, start + 60);
  return `${start > 0 ? "…" : ""}${sentence.slice(start, end)}${end < sentence.length ? "…" : ""}`;
}

/** The report's outline with what the import puts in each section. */
export function OutlinePane({ plan, outline, suggestions, accepted, onMode, onMetric }: OutlinePaneProps) {
  const entryByKey = new Map(plan.entries.map((e) => [e.key, e]));
  const partById = new Map(plan.parts.map((p) => [p.id, p]));
  const rows: { section: OutlineSection | null; entry: PlanEntry | undefined }[] = [];
  for (const section of outline) {
    rows.push({ section, entry: entryByKey.get(section.key) });
    const isLastChild = section.parentKey !== null && !outline.some((s, i) => i > outline.indexOf(section) && s.parentKey === section.parentKey);
    const parentKey = section.isGroup && !outline.some((s) => s.parentKey === section.key) ? section.key : isLastChild ? section.parentKey : null;
    if (parentKey) for (const entry of plan.entries.filter((e) => e.isNew && e.parentKey === parentKey)) rows.push({ section: null, entry });
  }

  return (
    <ol className="space-y-2 text-sm" aria-label="导入到报告的各部分">
      {rows.map(({ section, entry }) => {
        const key = entry?.key ?? section!.key;
        const fields = section?.metrics ?? [];
        return (
          <li
            key={key}
            data-section={key}
            className={cn("rounded border px-3 py-2", section?.level === 2 || !section ? "ml-5" : "", entry ? "border-status-submitted bg-white" : "border-stone-200 bg-stone-50 text-stone-500")}
          >
            <p className={cn(section?.level === 1 && "font-semibold")}>
              {entry?.isNew ? <span className="mr-2 rounded bg-status-submitted px-1.5 py-0.5 text-xs text-white">新增小节</span> : null}
              {entry && entry.title !== (section?.title ?? "") ? (
                <>
                  {entry.title}
                  {section ? <span className="ml-2 text-xs text-stone-500">（模板：{section.title}）</span> : null}
                </>
              ) : (
                (section?.title ?? entry?.title)
              )}
            </p>
            {entry ? <EntryDetails entry={entry} parts={entry.partIds.map((id) => partById.get(id)).filter((p): p is ImportPart => Boolean(p))} onMode={onMode} /> : section?.isGroup ? null : <p className="text-xs">不导入内容{section && countChars(section.body) > 0 ? `（保留现有 ${countChars(section.body)} 字）` : ""}</p>}
            {entry && fields.length > 0 && (suggestions[key]?.length ?? 0) > 0 ? (
              <fieldset className="mt-2 space-y-1 rounded bg-stone-50 p-2">
                <legend className="text-xs font-medium text-stone-700">从正文中找到的统计数字（勾选后填入）</legend>
                {suggestions[key].map((s) => {
                  const field = fields.find((f) => f.key === s.key);
                  if (!field) return null;
                  const checked = accepted[key]?.[s.key] === s.value;
                  return (
                    <label key={s.key} className="flex items-start gap-2 text-xs">
                      <input type="checkbox" checked={checked} onChange={(event) => onMetric(key, s.key, event.target.checked ? s.value : null)} className="mt-0.5" />
                      <span>
                        <span className="font-medium">
                          {field.label} = {s.value}
                          {field.unit}
                        </span>
                        <span className="block text-stone-600">“{excerpt(s.sentence, s.value, field.label)}”</span>
                      </span>
                    </label>
                  );
                })}
              </fieldset>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

function EntryDetails({ entry, parts, onMode }: { entry: PlanEntry; parts: ImportPart[]; onMode: (key: string, mode: ImportMode) => void }) {
  const imported = countChars(entry.importedBody);
  return (
    <div className="mt-1 space-y-1 text-xs text-stone-700">
      <p>
        来自：
        {parts.map((p) => (p.kind === "heading" ? `${p.marker}${p.heading}` : p.reason)).join("；")}
        <span className="ml-2 text-stone-500">导入 {imported} 字</span>
      </p>
      {entry.needsMode ? (
        <fieldset className="flex flex-wrap items-center gap-3 rounded bg-amber-50 px-2 py-1">
          <legend className="sr-only">“{entry.currentTitle}”已有内容</legend>
          <span>已有 {countChars(entry.currentBody)} 字：</span>
          {(["replace", "append"] as const).map((mode) => (
            <label key={mode} className="inline-flex items-center gap-1">
              <input type="radio" name={`mode-${entry.key}`} checked={entry.mode === mode} onChange={() => onMode(entry.key, mode)} />
              {mode === "replace" ? "替换为导入的内容" : "追加在已有内容之后"}
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
