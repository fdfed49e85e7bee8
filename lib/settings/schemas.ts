import { z } from "zod";
import { indexNumberPatternProblem } from "@/lib/reports/index-number";
import { publisherPatternProblem } from "@/lib/reports/publisher-pattern";

const refined = (problem: (value: string) => string | null) =>
  z.string().superRefine((value, ctx) => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: "custom", message });
  });

const label = (what: string) => z.string({ error: `请填写${what}的名称。` }).trim().min(1, `请填写${what}的名称。`).max(10, `${what}的名称最多 10 个字。`);

export const districtSettingsSchema = z
  .object({
    siteTitle: z.string({ error: "请填写网站标题。" }).trim().min(1, "请填写网站标题。").max(60, "网站标题最多 60 个字。"),
    publisherPattern: refined(publisherPatternProblem),
    indexNumberPattern: refined(indexNumberPatternProblem),
    townLabel: label("街镇类"),
    departmentLabel: label("部门类"),
  })
  .refine((s) => s.townLabel !== s.departmentLabel, { message: "两类单位的名称不能相同。", path: ["departmentLabel"] });

export type DistrictSettingsInput = z.infer<typeof districtSettingsSchema>;
