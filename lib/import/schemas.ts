import { z } from "zod";
import "@/lib/validation/zod-locale";
import { limits } from "@/lib/reports/limits";

const key = z.string().min(1).max(80);

const target = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("section"), key }),
  z.object({ kind: z.literal("extra"), parentKey: key }),
  z.object({ kind: z.literal("fold") }),
  z.object({ kind: z.literal("skip") }),
  z.object({ kind: z.literal("unplaced") }),
]);

export const decisionsSchema = z.object({
  lineOverrides: z
    .array(z.object({ index: z.number().int().min(0).max(100_000), role: z.enum(["furniture", "body", "heading"]), level: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional() }))
    .max(20_000)
    .default([]),
  targets: z.record(z.string().max(20), target).default({}),
  modes: z.record(key, z.enum(["replace", "append"])).default({}),
});

const figure = z.number().int("统计指标须为整数。").min(0, "统计指标不能为负数。").max(limits.metric, `统计指标不能超过 ${limits.metric}。`);

/** Everything a confirm carries besides the source itself, sent as one JSON field. */
export const confirmSchema = z.object({
  checksum: z.string().regex(/^[0-9a-f]{64}$/, "确认信息无效，请重新预览。"),
  decisions: decisionsSchema,
  /** Section key → the version the preview showed (the optimistic lock). */
  versions: z.record(key, z.number().int().min(1)).default({}),
  /** Section key → metric key → the figure the user confirmed. */
  metrics: z.record(key, z.record(key, figure)).default({}),
});
export type ConfirmInput = z.infer<typeof confirmSchema>;

export const historicalSchema = z.object({
  title: z.string().trim().min(1, "请填写报告标题。").max(limits.title * 4, "标题过长。"),
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "请填写原发布日期（年-月-日）。"),
  docNumber: z.string().trim().max(60, "字号不能超过 60 个字。").default(""),
});
export type HistoricalInput = z.infer<typeof historicalSchema>;

export const historicalTargetSchema = z.object({
  unitId: z.string().min(1, "请选择单位。").max(40),
  year: z.coerce.number({ message: "请选择年度。" }).int().min(2000, "年度无效。").max(2100, "年度无效。"),
});
