"use client";

import { Fragment } from "react";
import type { ImportPart, ImportTarget, OutlineSection } from "@/lib/import/import-plan";
import type { LineOverride } from "@/lib/import/line-overrides";
import type { ClassifiedLine } from "@/lib/import/types";
import { TargetSelect } from "@/components/import/target-select";
import { cn } from "@/lib/utils";

const levelLabels = { 1: "一级标题", 2: "二级标题", 3: "三级标题" } as const;

function roleValue(line: ClassifiedLine): string {
  if (line.role === "heading") return `heading-${line.level ?? 2}`;
  return line.role;
}

function overrideFor(line: ClassifiedLine, value: string): LineOverride | null {
  if (value === "furniture" || value === "body") return { index: line.index, role: value };
  const level = Number(value.replace("heading-", ""));
  if (level === 1 || level === 2 || level === 3) return { index: line.index, role: "heading", level };
  return null;
}

type SourcePaneProps = {
  lines: ClassifiedLine[];
  parts: ImportPart[];
  outline: OutlineSection[];
  onOverride: (override: LineOverride) => void;
  onTarget: (partId: string, target: ImportTarget) => void;
};

/** The source line by line, as the splitter read it, each line's role changeable. */
export function SourcePane({ lines, parts, outline, onOverride, onTarget }: SourcePaneProps) {
  const partByLine = new Map(parts.filter((p) => p.kind === "heading").map((p) => [Number(p.id.slice(1)), p]));
  const introByLine = new Map(parts.filter((p) => p.kind === "intro").map((p) => [Number(p.id.slice(1)), p]));
  const preamble = parts.find((p) => p.kind === "preamble");
  const firstBody = lines.find((l) => l.role === "body")?.index;
  const firstHeading = lines.find((l) => l.role === "heading")?.index ?? Infinity;

  return (
    <ol className="space-y-1 text-sm" aria-label="原文各行">
      {lines.map((line) => {
        if (line.role === "blank") return null;
        const part = partByLine.get(line.index);
        const intro = introByLine.get(line.index);
        const showPreamble = preamble && line.index === firstBody && line.index < firstHeading;
        return (
          <Fragment key={line.index}>
            {showPreamble ? <PartHeader part={preamble} outline={outline} onTarget={onTarget} /> : null}
            <li
              data-role={line.role}
              className={cn(
                "group flex items-start gap-2 rounded px-2 py-1",
                line.role === "furniture" && "bg-stone-100 text-stone-500",
                line.role === "title" && "bg-amber-50 font-semibold",
                line.role === "heading" && "mt-2 border-l-4 border-brand-600 bg-brand-50",
                part?.target.kind === "unplaced" && "ring-2 ring-amber-500",
              )}
            >
              <div className="min-w-0 flex-1 space-y-1">
                {line.role === "heading" ? (
                  <p>
                    <span className="mr-2 rounded bg-brand-700 px-1.5 py-0.5 text-xs text-white">{levelLabels[line.level ?? 2]}</span>
                    <span className="font-semibold">
                      {line.marker}
                      {line.heading}
                    </span>
                    {line.rest ? <span className="text-stone-700">{line.rest}</span> : null}
                  </p>
                ) : (
                  <p className={cn("break-words", line.role === "furniture" && "line-through decoration-stone-400")}>
                    {line.role === "furniture" ? <span className="mr-2 rounded bg-stone-300 px-1.5 py-0.5 text-xs text-stone-700 no-underline">{line.reason ?? "页面元素"}</span> : null}
                    {line.role === "title" ? <span className="mr-2 rounded bg-amber-600 px-1.5 py-0.5 text-xs text-white">标题</span> : null}
                    {line.text}
                  </p>
                )}
                {part ? (
                  <p className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
                    <span>→</span>
                    <TargetSelect part={part} outline={outline} onChange={(target) => onTarget(part.id, target)} />
                    {part.reason ? <span>{part.reason}</span> : null}
                  </p>
                ) : null}
              </div>
              {line.role !== "title" ? (
                <select
                  aria-label={`第 ${line.index + 1} 行作为`}
                  value={roleValue(line)}
                  onChange={(event) => {
                    const override = overrideFor(line, event.target.value);
                    if (override) onOverride(override);
                  }}
                  className="shrink-0 rounded border border-stone-300 bg-white px-1 py-0.5 text-xs text-stone-700"
                >
                  <option value="body">正文</option>
                  <option value="heading-1">一级标题</option>
                  <option value="heading-2">二级标题</option>
                  <option value="heading-3">三级标题</option>
                  <option value="furniture">页面元素（不导入）</option>
                </select>
              ) : null}
            </li>
            {intro ? <PartHeader part={intro} outline={outline} onTarget={onTarget} /> : null}
          </Fragment>
        );
      })}
    </ol>
  );
}

function PartHeader({ part, outline, onTarget }: { part: ImportPart; outline: OutlineSection[]; onTarget: (partId: string, target: ImportTarget) => void }) {
  return (
    <li className={cn("flex flex-wrap items-center gap-2 px-2 py-1 text-xs text-stone-600", part.target.kind === "unplaced" && "ring-2 ring-amber-500")}>
      <span>{part.reason}（{part.paragraphs.length} 段）→</span>
      <TargetSelect part={part} outline={outline} onChange={(target) => onTarget(part.id, target)} />
    </li>
  );
}
