"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { failureResult } from "@/lib/audit/record-denial";
import { fromZodError, ok, type ActionResult, type FieldErrors } from "@/lib/action-result";
import { isAppError } from "@/lib/errors";
import { openYearSchema, updateYearSchema, yearSignOffSchema } from "@/lib/years/schemas";
import { openYear } from "@/lib/years/open-year";
import { setYearOpen, setYearSignOff, updateYearDeadlines } from "@/lib/years/update-year";
import { outlineProblems, outlineSchema, toTemplateSections } from "@/lib/templates/outline";
import { saveTemplate } from "@/lib/templates/save-template";
import { formFields } from "@/lib/http/form-data";

type Data = undefined;

async function run(work: () => Promise<ActionResult<Data>>): Promise<ActionResult<Data>> {
  const user = await requireUser();
  try {
    const result = await work();
    revalidatePath("/admin/years", "layout");
    // The review desk and the clerks' pages show deadlines and open years.
    revalidatePath("/review");
    revalidatePath("/workspace", "layout");
    return result;
  } catch (error) {
    const fieldErrors = isAppError(error) ? (error.details as { fieldErrors?: FieldErrors } | undefined)?.fieldErrors : undefined;
    if (isAppError(error) && fieldErrors) return { ok: false, code: error.code, message: error.message, fieldErrors };
    return failureResult(error, { actor: user, action: "admin:manage" });
  }
}

export async function openYearAction(_prev: unknown, formData: FormData): Promise<ActionResult<Data>> {
  const actor = await requireUser();
  const parsed = openYearSchema.safeParse(formFields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  return run(async () => {
    const result = await openYear({ actor, input: parsed.data });
    const source = result.copiedFrom ? `模板复制自 ${result.copiedFrom} 年度` : "模板采用法定默认提纲";
    const signOff = parsed.data.unitSignOff ? "，已启用单位负责人审签" : "";
    return ok(undefined, `已开启 ${result.year} 年度，${source}${signOff}。`);
  });
}

export async function updateYearAction(_prev: unknown, formData: FormData): Promise<ActionResult<Data>> {
  const actor = await requireUser();
  const parsed = updateYearSchema.safeParse(formFields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  return run(async () => {
    await updateYearDeadlines({ actor, input: parsed.data });
    return ok(undefined, "截止日期已保存。");
  });
}

export async function setYearOpenAction(_prev: unknown, formData: FormData): Promise<ActionResult<Data>> {
  const actor = await requireUser();
  const parsed = z.object({ year: z.coerce.number().int(), isOpen: z.enum(["true", "false"]) }).safeParse(formFields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  const isOpen = parsed.data.isOpen === "true";
  return run(async () => {
    await setYearOpen({ actor, year: parsed.data.year, isOpen });
    return ok(undefined, isOpen ? `${parsed.data.year} 年度已重新开启填报。` : `${parsed.data.year} 年度已关闭填报。`);
  });
}

export async function setYearSignOffAction(_prev: unknown, formData: FormData): Promise<ActionResult<Data>> {
  const actor = await requireUser();
  const parsed = yearSignOffSchema.safeParse(formFields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  const { year, unitSignOff } = parsed.data;
  return run(async () => {
    await setYearSignOff({ actor, input: parsed.data });
    return ok(
      undefined,
      unitSignOff ? `${year} 年度已启用单位负责人审签：报告先经本单位负责人审签，再报送区依法治区办。` : `${year} 年度已关闭单位负责人审签：填报人直接提交区依法治区办。`,
    );
  });
}

const saveTemplateSchema = z.object({
  year: z.number().int(),
  unitKind: z.enum(["TOWN", "DEPARTMENT"]),
  baseHash: z.string().max(64),
  sections: outlineSchema,
});

/** The editor sends the whole outline as one value: it is saved as one change or not at all. */
export async function saveTemplateAction(input: unknown): Promise<ActionResult<Data>> {
  const actor = await requireUser();
  const parsed = saveTemplateSchema.safeParse(input);
  if (!parsed.success) return fromZodError(parsed.error);
  const problems = outlineProblems(parsed.data.sections);
  if (problems.length) return { ok: false, code: "INVALID_INPUT", message: problems.map((p) => p.message).join(" "), details: problems };
  return run(async () => {
    const summary = await saveTemplate({
      actor,
      year: parsed.data.year,
      unitKind: parsed.data.unitKind,
      sections: toTemplateSections(parsed.data.sections),
      baseHash: parsed.data.baseHash,
    });
    const parts = [
      summary.reportsUpdated ? `已更新 ${summary.reportsUpdated} 份正在填写或审核中的报告` : "没有需要更新的报告",
      summary.sectionsAdded ? `新增部分 ${summary.sectionsAdded} 处` : null,
      summary.sectionsKeptAsDropped ? `${summary.sectionsKeptAsDropped} 处已有内容的部分保留在“已从模板中移除的部分”中` : null,
    ].filter(Boolean);
    return ok(undefined, `模板已保存；${parts.join("，")}。`);
  });
}
