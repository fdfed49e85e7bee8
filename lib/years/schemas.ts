import { z } from "zod";
import { parseCalendarDate } from "@/lib/dates";

const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const date = parseCalendarDate(value);
      if (!date) ctx.addIssue({ code: "custom", message: `${label}不是有效的日期。` });
      return date;
    });

const yearNumber = z.coerce
  .number({ error: "请填写年度。" })
  .int("年度须为整数。")
  .min(2000, "年度须在 2000 到 2100 之间。")
  .max(2100, "年度须在 2000 到 2100 之间。");

export const openYearSchema = z.object({
  year: yearNumber,
  internalDeadline: optionalDate("内部报送截止日期"),
  /** Empty: 3月31日 of the following year. */
  publicationDeadline: optionalDate("公开截止日期"),
  templateSource: z.enum(["previous", "default"], { error: "请选择模板来源。" }),
});
export type OpenYearInput = z.infer<typeof openYearSchema>;

export const updateYearSchema = z.object({
  year: yearNumber,
  internalDeadline: optionalDate("内部报送截止日期"),
  publicationDeadline: optionalDate("公开截止日期").refine((v) => v !== null, "请填写公开截止日期。"),
});
export type UpdateYearInput = z.infer<typeof updateYearSchema>;
