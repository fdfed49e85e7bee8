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

/**
 * A checkbox: "on" (or "true") when ticked, absent or "false" when not. Anything else is refused,
 * so a bad value never switches a setting off.
 */
const checkbox = z
  .enum(["on", "true", "false"], { error: "选项无效。" })
  .optional()
  .transform((value) => value === "on" || value === "true");

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
  /** 单位审签: reports go to the unit's head before the district. Off unless ticked. */
  unitSignOff: checkbox.optional(),
});
export type OpenYearInput = z.infer<typeof openYearSchema>;

export const updateYearSchema = z.object({
  year: yearNumber,
  internalDeadline: optionalDate("内部报送截止日期"),
  publicationDeadline: optionalDate("公开截止日期").refine((v) => v !== null, "请填写公开截止日期。"),
});
export type UpdateYearInput = z.infer<typeof updateYearSchema>;

export const yearSignOffSchema = z.object({
  year: yearNumber,
  unitSignOff: checkbox,
});
export type YearSignOffInput = z.infer<typeof yearSignOffSchema>;
