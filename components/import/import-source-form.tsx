"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { cn } from "@/lib/utils";
import { maxImportBytes } from "@/lib/import/import-size";

export type ChosenSource = { kind: "file"; file: File } | { kind: "text"; text: string };

/** Checked in the browser so a 30 MB file is refused before it is sent. */
export function localFileProblem(file: File): string | null {
  if (file.size === 0) return `文件“${file.name}”是空的，没有可导入的内容。`;
  if (file.size > maxImportBytes) return `文件超过 10 MB（${(file.size / 1024 / 1024).toFixed(1)} MB）。报告正文通常不到 1 MB：请删去文中的图片后另存再导入，或直接粘贴文字。`;
  if (/\.(doc|wps)$/i.test(file.name)) return "这是旧版 Word（.doc）或 WPS（.wps）文件，请在 Word 或 WPS 中“另存为”.docx 格式后再导入。";
  return null;
}

export function ImportSourceForm({ pending, onSubmit }: { pending: boolean; onSubmit: (source: ChosenSource) => void }) {
  const [mode, setMode] = useState<"file" | "text">("file");
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const ready = mode === "file" ? file !== null : text.trim().length > 0;

  return (
    <form
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (mode === "file" && file) onSubmit({ kind: "file", file });
        else if (mode === "text" && text.trim()) onSubmit({ kind: "text", text });
      }}
    >
      <div role="radiogroup" aria-label="导入方式" className="flex gap-2">
        {(["file", "text"] as const).map((value) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={mode === value}
            onClick={() => setMode(value)}
            className={cn("rounded-md border px-3 py-1.5 text-sm", mode === value ? "border-brand-700 bg-brand-50 font-medium text-brand-800" : "border-stone-300 bg-white text-stone-700")}
          >
            {value === "file" ? "上传文件" : "粘贴文字"}
          </button>
        ))}
      </div>
      {mode === "file" ? (
        <Field
          id="import-file"
          label="报告文件（Word .docx 或纯文本 .txt）"
          hint="最大 10 MB。旧版 .doc 和 WPS 文件请先另存为 .docx。纯文本可以是 UTF-8 或 GBK 编码。"
          errors={problem ? [problem] : undefined}
        >
          {(aria) => (
            <input
              {...aria}
              type="file"
              name="file"
              accept=".docx,.txt,.doc,.wps,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
              className={inputClass}
              onChange={(event) => {
                const chosen = event.target.files?.[0] ?? null;
                const found = chosen ? localFileProblem(chosen) : null;
                setProblem(found);
                setFile(chosen && !found ? chosen : null);
              }}
            />
          )}
        </Field>
      ) : (
        <Field id="import-text" label="报告文字" hint="从网页或 Word 复制整篇报告粘贴到这里；网页上的导航、分享按钮等会被识别出来，不会导入正文。">
          {(aria) => <textarea {...aria} name="text" rows={12} value={text} onChange={(event) => setText(event.target.value)} className={cn(inputClass, "font-mono text-sm")} />}
        </Field>
      )}
      <Button type="submit" disabled={!ready || pending}>
        {pending ? "正在读取和拆分…" : "读取并预览"}
      </Button>
    </form>
  );
}
