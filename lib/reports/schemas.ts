import { z } from "zod";
import "@/lib/validation/zod-locale";
import { limits } from "@/lib/reports/limits";

export { limits };

const metricValue = z
  .union([z.literal(""), z.null(), z.coerce.number({ message: "请填写数字。" })])
  .transform((v) => (v === "" || v === null ? null : v))
  .refine((v) => v === null || Number.isInteger(v), "请填写整数。")
  .refine((v) => v === null || v >= 0, "不能为负数。")
  .refine((v) => v === null || v <= limits.metric, `不能超过 ${limits.metric}。`);

export const saveSectionSchema = z.object({
  reportId: z.string().min(1).max(40),
  key: z.string().min(1).max(60),
  version: z.coerce.number().int().min(1),
  title: z.string().trim().min(1, "请填写小标题。").max(limits.title, `小标题不能超过 ${limits.title} 个字。`),
  body: z.string().max(limits.body, `正文不能超过 ${limits.body} 个字。`),
  metrics: z.record(z.string().max(60), metricValue).default({}),
});
export type SaveSectionInput = z.infer<typeof saveSectionSchema>;

export const commentSchema = z.object({
  reportId: z.string().min(1).max(40),
  sectionKey: z
    .string()
    .max(60)
    .optional()
    .transform((v) => v || null),
  body: z.string().trim().min(1, "请填写意见内容。").max(limits.comment, `意见不能超过 ${limits.comment} 个字。`),
});
export type CommentInput = z.infer<typeof commentSchema>;

export const answerSchema = z.object({
  commentId: z.string().min(1).max(40),
  answer: z.string().trim().min(1, "请填写整改说明。").max(limits.comment, `整改说明不能超过 ${limits.comment} 个字。`),
});

export const decisionSchema = z.object({
  reportId: z.string().min(1).max(40),
  /** The report version the reviewer was looking at; a changed report refuses the decision. */
  version: z.coerce.number().int().min(1),
});

export const returnSchema = decisionSchema.extend({
  comment: z.string().trim().max(limits.comment, `意见不能超过 ${limits.comment} 个字。`).optional().default(""),
});

export const publishSchema = decisionSchema.extend({
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "请选择发布日期。")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  docNumber: z.string().trim().max(60, "字号不能超过 60 个字。").optional().default(""),
  correctionNote: z.string().trim().max(limits.comment, `更正说明不能超过 ${limits.comment} 个字。`).optional().default(""),
});

export const batchPublishSchema = z.object({
  publishedAt: publishSchema.shape.publishedAt,
  /** "reportId:version" per chosen report, so a report changed since the page loaded is refused. */
  reports: z
    .array(z.string().regex(/^[a-z0-9]{1,40}:\d{1,9}$/, "所选报告无效，请刷新页面后重试。"))
    .min(1, "请至少选择一份报告。")
    .max(500, "一次最多发布 500 份报告。")
    .transform((items) => items.map((item) => ({ reportId: item.split(":")[0], version: Number(item.split(":")[1]) }))),
});

export const reopenSchema = decisionSchema.extend({
  comment: z.string().trim().min(1, "请写明需要更正的内容。").max(limits.comment, `意见不能超过 ${limits.comment} 个字。`),
  sectionKey: z
    .string()
    .max(60)
    .optional()
    .transform((v) => v || null),
});

export const withdrawSchema = decisionSchema.extend({
  reason: z.string().trim().min(1, "请写明撤回原因。").max(500, "撤回原因不能超过 500 个字。"),
});

export const resolveCommentSchema = z.object({
  commentId: z.string().min(1).max(40),
});

export const addSectionSchema = z.object({
  reportId: z.string().min(1).max(40),
  parentKey: z.string().min(1).max(60),
  title: z.string().trim().min(1, "请填写小节标题。").max(limits.title, `小节标题不能超过 ${limits.title} 个字。`),
});
export type AddSectionInput = z.infer<typeof addSectionSchema>;

export const removeSectionSchema = z.object({
  reportId: z.string().min(1).max(40),
  key: z.string().min(1).max(60),
});
