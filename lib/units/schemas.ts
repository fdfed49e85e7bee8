import { z } from "zod";
import { normalizeCreditCode } from "@/lib/units/credit-code";
import { normalizeSlug, slugProblem } from "@/lib/units/slug";

export const unitFormSchema = z.object({
  name: z.string({ error: "请填写单位全称。" }).trim().min(1, "请填写单位全称。").max(100, "全称最多 100 个字。"),
  shortName: z.string({ error: "请填写简称。" }).trim().min(1, "请填写简称。").max(30, "简称最多 30 个字。"),
  kind: z.enum(["TOWN", "DEPARTMENT"], { error: "请选择类别。" }),
  orgCode: z.string({ error: "请填写统一社会信用代码。" }).transform(normalizeCreditCode).pipe(z.string().min(1, "请填写统一社会信用代码。")),
  slug: z
    .string({ error: "请填写网址标识。" })
    .transform(normalizeSlug)
    .superRefine((slug, ctx) => {
      const problem = slugProblem(slug);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  sortOrder: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z.coerce.number({ error: "顺序应为整数。" }).int("顺序应为整数。").min(0, "顺序不能小于 0。").max(99999, "顺序最大为 99999。").optional(),
  ),
});
export type UnitFormInput = z.infer<typeof unitFormSchema>;

export const unitIdSchema = z.string({ error: "缺少单位。" }).min(1, "缺少单位。").max(40, "单位编号无效。");
