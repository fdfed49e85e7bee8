"use client";

import type { ImportPart, ImportTarget, OutlineSection } from "@/lib/import/import-plan";

export function targetValue(target: ImportTarget): string {
  switch (target.kind) {
    case "section":
      return `section:${target.key}`;
    case "extra":
      return `extra:${target.parentKey}`;
    default:
      return target.kind;
  }
}

function parseValue(value: string): ImportTarget {
  const [kind, key] = value.split(/:(.*)/s);
  if (kind === "section") return { kind: "section", key };
  if (kind === "extra") return { kind: "extra", parentKey: key };
  if (kind === "fold" || kind === "skip") return { kind };
  return { kind: "unplaced" };
}

/** Where one part of the source goes: any section of the outline, a new sub-section, or nowhere. */
export function TargetSelect({ part, outline, onChange }: { part: ImportPart; outline: OutlineSection[]; onChange: (target: ImportTarget) => void }) {
  const groups = outline.filter((s) => s.isGroup);
  const label = part.kind === "heading" ? `“${part.marker}${part.heading}”放入` : part.kind === "intro" ? "导语放入" : "开头部分放入";
  return (
    <select
      aria-label={label}
      value={targetValue(part.target)}
      onChange={(event) => onChange(parseValue(event.target.value))}
      className="max-w-full rounded border border-stone-300 bg-white px-2 py-1 text-xs text-stone-800"
    >
      {part.target.kind === "unplaced" ? <option value="unplaced">— 请选择放入的部分 —</option> : null}
      <optgroup label="放入报告的部分">
        {outline.map((s) => (
          <option key={s.key} value={`section:${s.key}`} disabled={s.isGroup && part.kind !== "heading"}>
            {s.level === 2 ? "　" : ""}
            {s.title}
            {s.isGroup ? "（只作标题）" : ""}
          </option>
        ))}
      </optgroup>
      {part.kind === "heading" && groups.length > 0 ? (
        <optgroup label="作为新的小节">
          {groups.map((g) => (
            <option key={g.key} value={`extra:${g.key}`}>
              在“{g.title}”下新增小节
            </option>
          ))}
        </optgroup>
      ) : null}
      <optgroup label="其他">
        {part.kind === "heading" ? <option value="fold">并入上一部分的正文</option> : null}
        <option value="skip">不导入</option>
      </optgroup>
    </select>
  );
}
