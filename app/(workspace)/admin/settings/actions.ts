"use server";

import { requireUser } from "@/lib/auth/session";
import { fromZodError, ok, type ActionResult } from "@/lib/action-result";
import { adminFailure } from "@/lib/admin/admin-failure";
import { districtSettingsSchema } from "@/lib/settings/schemas";
import { updateDistrictSettings } from "@/lib/settings/update-district-settings";
import { refreshPublicLists } from "@/lib/public/refresh-public-pages";
import { formFields } from "@/lib/http/form-data";

export async function updateSettingsAction(_prev: unknown, formData: FormData): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = districtSettingsSchema.safeParse(formFields(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  try {
    const { isChanged } = await updateDistrictSettings({ actor: user, input: parsed.data });
    if (!isChanged) return ok(null, "没有修改任何设置。");
  } catch (error) {
    return adminFailure(error, { actor: user, action: "admin:manage" });
  }
  refreshPublicLists();
  return ok(null, "设置已保存。公开网站的列表页立即使用新设置，报告页最迟 5 分钟内更新；以后发布的报告使用新的发布机构和索引号格式，已发布的不变。");
}
