"use client";

import { startTransition, useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, inputClass } from "@/components/ui/field";
import { UnitImportPreview } from "@/components/admin/unit-import-preview";
import { maxImportBytes, maxImportRows } from "@/lib/units/import/import-columns";
import type { ImportUnitsResult } from "@/lib/units/import-units";
import type { ActionResult } from "@/lib/action-result";

/**
 * Upload → preview → confirm. The file stays in the browser between the two steps and is sent
 * again with the preview's checksum, so nothing is stored on the server before the admin confirms.
 */
export function UnitImport({ action }: { action: (prev: unknown, formData: FormData) => Promise<ActionResult<ImportUnitsResult>> }) {
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [state, formAction, pending] = useActionState(action, null);
  const result = state?.ok ? state.data : null;
  const isPreview = result !== null && state?.message === undefined;
  const counts = result?.plan.counts;
  const changeCount = counts ? counts.create + counts.update : 0;

  function send(checksum?: string) {
    if (!file) return;
    const formData = new FormData();
    formData.set("file", file);
    if (checksum) formData.set("checksum", checksum);
    startTransition(() => formAction(formData));
  }

  return (
    <div className="space-y-5">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
        className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4"
      >
        <Field id="import-file" label="单位表（CSV 或 Excel .xlsx）" hint={`最大 1 MB、${maxImportRows} 行。CSV 可以是 UTF-8 或 Excel 默认保存的 GBK 编码。`} errors={localError ? [localError] : undefined} className="min-w-64 flex-1">
          {(aria) => (
            <input
              {...aria}
              type="file"
              name="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className={inputClass}
              onChange={(event) => {
                const chosen = event.target.files?.[0] ?? null;
                setLocalError(chosen && chosen.size > maxImportBytes ? `文件超过 1 MB（${(chosen.size / 1_000_000).toFixed(1)} MB），请分成几个文件导入。` : null);
                setFile(chosen && chosen.size <= maxImportBytes ? chosen : null);
              }}
            />
          )}
        </Field>
        <Button type="submit" disabled={!file || pending}>
          {pending ? "正在读取…" : "上传并预览"}
        </Button>
      </form>

      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {result && !isPreview ? <Alert tone="success">{state?.message}</Alert> : null}

      {result && counts ? (
        <section aria-labelledby="import-preview" className="space-y-3">
          <h2 id="import-preview" className="text-lg font-semibold">
            {isPreview ? "预览" : "导入结果"}：{result.fileName}
          </h2>
          <p className="text-sm text-stone-700" data-testid="import-counts">
            新增 {counts.create} · 更新 {counts.update} · 不变 {counts.unchanged} · 错误 {counts.error}
            <span className="text-stone-500">（{result.encoding === "XLSX" ? "Excel 文件" : `${result.encoding} 编码`}）</span>
          </p>
          {isPreview ? (
            changeCount === 0 ? (
              <Alert tone="info">没有需要更改的内容{counts.error > 0 ? "（有错误的行不会导入，请修改文件后重新上传）" : ""}。</Alert>
            ) : (
              <ConfirmDialog
                open={confirmOpen}
                onOpenChange={setConfirmOpen}
                title="确认导入？"
                description={
                  <div className="space-y-2">
                    <p>
                      将新增 {counts.create} 个单位、更新 {counts.update} 个单位（在一次操作中完成，并记入审计日志）。
                      {counts.error > 0 ? `有错误的 ${counts.error} 行不会导入。` : ""}
                    </p>
                    <p>新增的单位立即出现在审核台和公开网站的总览中；更新的名称立即在公开网站上显示。</p>
                  </div>
                }
                confirmLabel="确认导入"
                onConfirm={() => send(result.checksum)}
                trigger={<Button disabled={pending}>{pending ? "正在导入…" : `确认导入（新增 ${counts.create}，更新 ${counts.update}）`}</Button>}
              />
            )
          ) : null}
          <UnitImportPreview plan={result.plan} />
        </section>
      ) : null}
    </div>
  );
}
