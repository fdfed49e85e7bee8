"use client";

import { ArrowDown, ArrowUp, IndentIncrease, IndentDecrease, Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { cn } from "@/lib/utils";

export type DraftMetric = { key: string; label: string; unit: string };
export type DraftSection = {
  key: string;
  level: 1 | 2;
  title: string;
  guidance: string;
  isRequired: boolean;
  minLength: number | null;
  maxLength: number | null;
  metrics: DraftMetric[];
  isNew: boolean;
};

type Props = {
  section: DraftSection;
  index: number;
  count: number;
  onChange: (patch: Partial<DraftSection>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  onAddSub: () => void;
};

const small = "min-h-8 px-2 py-1";
const toNumber = (value: string) => (value.trim() === "" ? null : Number(value));

/** One section of the outline; the key is shown but never editable: reports refer to it. */
export function TemplateSectionCard({ section: s, index, count, onChange, onMove, onRemove, onAddSub }: Props) {
  const id = (name: string) => `tpl-${s.key}-${name}`;
  return (
    <li className={cn("space-y-3 rounded-lg border border-stone-200 bg-white p-4", s.level === 2 && "ml-8")} data-testid={`template-section-${s.key}`}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-xs text-stone-500">{s.level === 1 ? "一级标题" : "二级标题"} · 键 <code>{s.key}</code>{s.isNew ? "（新）" : ""}</span>
        <span className="ml-auto flex flex-wrap gap-1">
          <Button variant="ghost" className={small} onClick={() => onMove(-1)} disabled={index === 0} aria-label="上移"><ArrowUp aria-hidden="true" className="size-4" /></Button>
          <Button variant="ghost" className={small} onClick={() => onMove(1)} disabled={index === count - 1} aria-label="下移"><ArrowDown aria-hidden="true" className="size-4" /></Button>
          <Button variant="ghost" className={small} onClick={() => onChange({ level: s.level === 1 ? 2 : 1 })} disabled={index === 0 && s.level === 1} aria-label={s.level === 1 ? "改为二级标题" : "改为一级标题"}>
            {s.level === 1 ? <IndentIncrease aria-hidden="true" className="size-4" /> : <IndentDecrease aria-hidden="true" className="size-4" />}
          </Button>
          {s.level === 1 ? <Button variant="ghost" className={small} onClick={onAddSub}><Plus aria-hidden="true" className="size-4" />小节</Button> : null}
          <Button variant="danger" className={small} onClick={onRemove} aria-label={`删除“${s.title}”`}><Trash2 aria-hidden="true" className="size-4" /></Button>
        </span>
      </div>
      <label htmlFor={id("title")} className="sr-only">标题</label>
      <input id={id("title")} aria-label="标题" value={s.title} maxLength={100} onChange={(e) => onChange({ title: e.target.value })} className={cn(inputClass, "font-medium")} />
      <label className="block space-y-1 text-sm">
        <span className="text-stone-700">填写说明</span>
        <textarea value={s.guidance} rows={2} maxLength={1000} onChange={(e) => onChange({ guidance: e.target.value })} className={inputClass} />
      </label>
      <div className="flex flex-wrap items-end gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={s.isRequired} onChange={(e) => onChange({ isRequired: e.target.checked })} />
          必填
        </label>
        <label className="space-y-1">
          <span className="block text-stone-700">最少字数</span>
          <input type="number" min={0} value={s.minLength ?? ""} onChange={(e) => onChange({ minLength: toNumber(e.target.value) })} className={cn(inputClass, "w-28")} />
        </label>
        <label className="space-y-1">
          <span className="block text-stone-700">最多字数</span>
          <input type="number" min={0} value={s.maxLength ?? ""} onChange={(e) => onChange({ maxLength: toNumber(e.target.value) })} className={cn(inputClass, "w-28")} />
        </label>
      </div>
      <fieldset className="space-y-2 text-sm">
        <legend className="text-stone-700">统计指标（整数，不小于 0）</legend>
        {s.metrics.map((m, i) => (
          <div key={i} className="flex flex-wrap items-center gap-2">
            <input aria-label="指标名称" value={m.label} maxLength={30} placeholder="指标名称，如 中心组学法次数" onChange={(e) => onChange({ metrics: s.metrics.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)) })} className={cn(inputClass, "w-64")} />
            <input aria-label="计量单位" value={m.unit} maxLength={6} placeholder="单位，如 次" onChange={(e) => onChange({ metrics: s.metrics.map((x, j) => (j === i ? { ...x, unit: e.target.value } : x)) })} className={cn(inputClass, "w-24")} />
            <Button variant="ghost" className={small} onClick={() => onChange({ metrics: s.metrics.filter((_, j) => j !== i) })}>删除指标</Button>
          </div>
        ))}
        <Button variant="secondary" className={small} onClick={() => onChange({ metrics: [...s.metrics, { key: "", label: "", unit: "" }] })}>
          <Plus aria-hidden="true" className="size-4" />增加指标
        </Button>
      </fieldset>
    </li>
  );
}
