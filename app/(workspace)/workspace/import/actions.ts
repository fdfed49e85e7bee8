"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { assertCan } from "@/lib/auth/permissions";
import { fail, fromZodError, ok, type ActionResult } from "@/lib/action-result";
import { failureResult } from "@/lib/audit/record-denial";
import { analyseImport, type ImportAnalysis } from "@/lib/import/analyse-import";
import { applyImport, type ApplyImportResult } from "@/lib/import/apply-import";
import { publishImportedReport, type PublishImportedResult } from "@/lib/import/publish-imported-report";
import { checkImportSize } from "@/lib/import/read-source-file";
import type { ImportSource } from "@/lib/import/import-source";
import type { ImportTargetRef } from "@/lib/import/import-target";
import { confirmSchema, historicalSchema, historicalTargetSchema } from "@/lib/import/schemas";
import { refreshPublicPages } from "@/lib/public/refresh-public-pages";
import { isAppError } from "@/lib/errors";
import { formOf } from "@/lib/http/form-data";

const targetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("report"), reportId: z.string().min(1).max(40) }),
  historicalTargetSchema.extend({ kind: z.literal("historical") }),
]);

function parseJson(value: FormDataEntryValue | null): unknown {
  if (typeof value !== "string") return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** The file, checked for size before it is read, or the pasted text. */
async function sourceFrom(formData: FormData): Promise<ImportSource | string> {
  const file = formOf(formData).get("file");
  if (file instanceof File && file.size > 0) {
    try {
      checkImportSize(file.size);
    } catch (error) {
      if (isAppError(error)) return error.message;
      throw error;
    }
    return { kind: "file", name: file.name.slice(0, 200), bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  const text = formOf(formData).get("text");
  if (typeof text === "string" && text.trim()) return { kind: "text", text };
  return file instanceof File && file.name ? `文件“${file.name.slice(0, 100)}”是空的，没有可导入的内容。` : "请选择要上传的文件，或粘贴报告的文字。";
}

function permissionOf(target: ImportTargetRef) {
  return target.kind === "report" ? "report:import" : "report:import-published";
}

type Started = { user: CurrentUser; target: ImportTargetRef; source: ImportSource };

/**
 * What both steps start with: the user, the target, the right to import there (checked before
 * the upload is read, so a user without it never has a file parsed), and the source.
 */
async function start(formData: FormData): Promise<Started | ActionResult<never>> {
  const user = await requireUser();
  const target = targetSchema.safeParse(parseJson(formOf(formData).get("target")));
  if (!target.success) return fail("导入对象无效，请刷新页面后重试。");
  try {
    assertCan(user, permissionOf(target.data));
  } catch (error) {
    return failureResult(error, { actor: user, action: permissionOf(target.data) });
  }
  const source = await sourceFrom(formData);
  if (typeof source === "string") return fail(source);
  return { user, target: target.data, source };
}

function failure(error: unknown, { user, target }: Started): Promise<ActionResult<never>> {
  return failureResult(error, { actor: user, action: permissionOf(target), reportId: target.kind === "report" ? target.reportId : undefined });
}

export async function analyseImportAction(_prev: unknown, formData: FormData): Promise<ActionResult<ImportAnalysis>> {
  const started = await start(formData);
  if ("ok" in started) return started;
  try {
    return ok(await analyseImport({ actor: started.user, target: started.target, source: started.source }));
  } catch (error) {
    return failure(error, started);
  }
}

export type ConfirmImportResult = { kind: "report" } & ApplyImportResult;

export async function confirmImportAction(_prev: unknown, formData: FormData): Promise<ActionResult<ConfirmImportResult>> {
  const started = await start(formData);
  if ("ok" in started) return started;
  const { user, target, source } = started;
  const input = confirmSchema.safeParse(parseJson(formOf(formData).get("confirm")));
  if (!input.success) return fromZodError(input.error);
  let published: PublishImportedResult;
  try {
    if (target.kind === "report") {
      const result = await applyImport({ actor: user, reportId: target.reportId, source, input: input.data });
      revalidatePath(`/workspace/reports/${result.reportId}`, "layout");
      return ok({ kind: "report", ...result }, `已导入 ${result.sections} 个部分，共 ${result.characters} 字。每个部分的修改历史中都能找回导入前的内容。`);
    }
    const details = historicalSchema.safeParse(Object.fromEntries(["title", "publishedAt", "docNumber"].map((k) => [k, formOf(formData).get(k) ?? undefined])));
    if (!details.success) return fromZodError(details.error);
    const result = await publishImportedReport({ actor: user, unitId: target.unitId, year: target.year, source, input: input.data, details: details.data });
    await refreshPublicPages([result.reportId]);
    revalidatePath("/review");
    published = result;
  } catch (error) {
    return failure(error, started);
  }
  // The unit's year now has a report, so the import page shows it in place of the wizard; the
  // address says it was this import that published it.
  redirect(`/admin/import?unit=${encodeURIComponent(target.unitId)}&year=${published.year}&imported=1`);
}
