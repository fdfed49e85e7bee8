"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { assertCan } from "@/lib/auth/permissions";
import { fromZodError, ok, fail, type ActionResult } from "@/lib/action-result";
import { adminFailure } from "@/lib/admin/admin-failure";
import { unitFormSchema, unitIdSchema } from "@/lib/units/schemas";
import { createUnit } from "@/lib/units/create-unit";
import { updateUnit } from "@/lib/units/update-unit";
import { setUnitActive } from "@/lib/units/set-unit-active";
import { moveUnit } from "@/lib/units/move-unit";
import { importUnits, type ImportUnitsResult } from "@/lib/units/import-units";
import { maxImportBytes } from "@/lib/units/import/import-columns";
import { refreshPublicLists, refreshUnitPages } from "@/lib/public/refresh-public-pages";
import { formFields, formOf } from "@/lib/http/form-data";

function refreshAdmin() {
  revalidatePath("/admin", "layout");
  revalidatePath("/review");
}

export async function createUnitAction(_prev: unknown, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const user = await requireUser();
  const parsed = unitFormSchema.safeParse(formFields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    const unit = await createUnit({ actor: user, input: parsed.data });
    refreshAdmin();
    refreshPublicLists();
    return ok({ id: unit.id }, `已新增“${unit.shortName}”，公开网站的总览已列出该单位。`);
  } catch (error) {
    return adminFailure(error, { actor: user, action: "admin:manage" });
  }
}

export async function updateUnitAction(unitId: string, _prev: unknown, formData: FormData): Promise<ActionResult<null>> {
  const user = await requireUser();
  const id = unitIdSchema.safeParse(unitId);
  const parsed = unitFormSchema.safeParse(formFields(formData));
  if (!id.success) return fromZodError(id.error);
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    const { unit, isChanged } = await updateUnit({ actor: user, unitId: id.data, input: parsed.data });
    if (!isChanged) return ok(null, "没有修改任何内容。");
    refreshAdmin();
    await refreshUnitPages(unit.id);
    return ok(null, `“${unit.shortName}”已保存。`);
  } catch (error) {
    return adminFailure(error, { actor: user, action: "admin:manage" });
  }
}

const activeSchema = z.object({ unitId: unitIdSchema, isActive: z.enum(["true", "false"], { error: "操作无效。" }) });

export async function setUnitActiveAction(_prev: unknown, formData: FormData): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = activeSchema.safeParse(formFields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    const unit = await setUnitActive({ actor: user, unitId: parsed.data.unitId, isActive: parsed.data.isActive === "true" });
    refreshAdmin();
    await refreshUnitPages(unit.id);
    return ok(null, unit.isActive ? `“${unit.shortName}”已启用。` : `“${unit.shortName}”已停用，已公开的报告仍保留在公开网站上。`);
  } catch (error) {
    return adminFailure(error, { actor: user, action: "admin:manage" });
  }
}

const moveSchema = z.object({ unitId: unitIdSchema, direction: z.enum(["up", "down"], { error: "操作无效。" }) });

export async function moveUnitAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const parsed = moveSchema.safeParse(formFields(formData));
  if (!parsed.success) return;
  try {
    const { isMoved } = await moveUnit({ actor: user, ...parsed.data });
    if (!isMoved) return;
  } catch (error) {
    await adminFailure(error, { actor: user, action: "admin:manage" });
    return;
  }
  refreshAdmin();
  refreshPublicLists();
}

const importSchema = z.object({
  file: z.instanceof(File, { error: "请选择要导入的文件。" }),
  checksum: z.string().regex(/^[0-9a-f]{64}$/, "确认信息无效，请重新预览。").optional(),
});

export async function importUnitsAction(_prev: unknown, formData: FormData): Promise<ActionResult<ImportUnitsResult>> {
  const user = await requireUser();
  // Checked before the file is read, so a clerk's upload is refused without parsing it.
  try {
    assertCan(user, "admin:manage");
  } catch (error) {
    return adminFailure(error, { actor: user, action: "admin:manage" });
  }
  const parsed = importSchema.safeParse({ file: formOf(formData).get("file"), checksum: formOf(formData).get("checksum") || undefined });
  if (!parsed.success) return fromZodError(parsed.error);
  const { file, checksum } = parsed.data;
  if (file.size === 0) return fail("请选择要导入的文件。");
  if (file.size > maxImportBytes) return fail(`文件超过 1 MB（${(file.size / 1_000_000).toFixed(1)} MB），请分成几个文件导入。`);
  try {
    const result = await importUnits({ actor: user, fileName: file.name.slice(0, 200), bytes: new Uint8Array(await file.arrayBuffer()), confirmChecksum: checksum });
    if (checksum === undefined) return ok(result);
    if (result.isApplied) {
      refreshAdmin();
      refreshPublicLists();
    }
    const { create, update } = result.plan.counts;
    return ok(result, result.isApplied ? `导入完成：新增 ${create} 个单位，更新 ${update} 个单位。` : "没有需要更改的内容，未写入任何数据。");
  } catch (error) {
    return adminFailure(error, { actor: user, action: "admin:manage" });
  }
}
