// A template outline as the admin edits it, and the pure rules it must meet. The editor sends the
// whole outline; a level-2 section belongs to the nearest level-1 section above it, so the
// parent follows from the order and can never point at a missing heading.
import { createHash } from "node:crypto";
import { z } from "zod";
import { limits } from "@/lib/reports/schemas";
import type { MetricField, TemplateSectionDef } from "@/lib/reports/template";

const keyPattern = /^[a-z0-9][a-z0-9-]{0,59}$/;
const lengthBound = z.coerce
  .number({ error: "字数须为整数。" })
  .int("字数须为整数。")
  .min(0, "字数不能为负数。")
  .max(limits.body, `字数不能超过 ${limits.body}。`)
  .nullable();

const metricSchema = z.object({
  /** Empty for a field the admin just added: the key is then generated from its label, once. */
  key: z.string().trim().max(60).regex(/^([a-z0-9][a-z0-9-]*)?$/, "指标键无效，请刷新页面。").default(""),
  label: z.string().trim().min(1, "请填写指标名称。").max(30, "指标名称不超过 30 个字。"),
  unit: z.string().trim().max(6, "计量单位不超过 6 个字。").default(""),
});

export const outlineSectionSchema = z.object({
  key: z.string().trim().regex(keyPattern, "部分的键无效，请刷新页面。"),
  level: z.union([z.literal(1), z.literal(2)], { error: "层级只能是一级或二级。" }),
  title: z.string().trim().min(1, "请填写标题。").max(limits.title, `标题不能超过 ${limits.title} 个字。`),
  guidance: z.string().trim().max(1000, "填写说明不超过 1000 个字。").default(""),
  isRequired: z.boolean().default(false),
  minLength: lengthBound.default(null),
  maxLength: lengthBound.default(null),
  metrics: z.array(metricSchema).max(20, "每部分最多 20 个统计指标。").default([]),
});
export type OutlineSectionInput = z.input<typeof outlineSectionSchema>;

export const outlineSchema = z.array(outlineSectionSchema).min(1, "模板至少要有一个部分。").max(200, "模板最多 200 个部分。");

export type OutlineProblem = { index: number | null; message: string };

/** Unique keys, a level-1 above every level-2, min ≤ max, unique metric labels per section. */
export function outlineProblems(sections: z.infer<typeof outlineSchema>): OutlineProblem[] {
  const problems: OutlineProblem[] = [];
  const seen = new Set<string>();
  sections.forEach((s, index) => {
    const name = `第 ${index + 1} 项“${s.title}”`;
    if (seen.has(s.key)) problems.push({ index, message: `${name}的键与前面的部分重复。` });
    seen.add(s.key);
    if (index === 0 && s.level === 2) problems.push({ index, message: `${name}是二级标题，上面须有一个一级标题。` });
    if (s.minLength !== null && s.maxLength !== null && s.minLength > s.maxLength)
      problems.push({ index, message: `${name}的最少字数（${s.minLength}）大于最多字数（${s.maxLength}）。` });
    const labels = s.metrics.map((m) => m.label);
    if (new Set(labels).size !== labels.length) problems.push({ index, message: `${name}有重名的统计指标。` });
  });
  return problems;
}

/** A key from the label, fixed at creation: a later rename keeps it, so figures stay comparable. */
export function metricKeyFromLabel(label: string, taken: Set<string>): string {
  const base = `m-${createHash("sha256").update(label).digest("hex").slice(0, 8)}`;
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}-${n}`;
  return key;
}

/** The validated outline as template rows: parents from the order, new metric keys filled in. */
export function toTemplateSections(sections: z.infer<typeof outlineSchema>): TemplateSectionDef[] {
  let parentKey: string | null = null;
  return sections.map((s) => {
    if (s.level === 1) parentKey = s.key;
    const taken = new Set(s.metrics.map((m) => m.key).filter(Boolean));
    const metrics: MetricField[] = s.metrics.map((m) => {
      if (m.key) return { key: m.key, label: m.label, unit: m.unit };
      const key = metricKeyFromLabel(m.label, taken);
      taken.add(key);
      return { key, label: m.label, unit: m.unit };
    });
    return {
      key: s.key,
      level: s.level,
      parentKey: s.level === 1 ? null : parentKey,
      title: s.title,
      guidance: s.guidance,
      isRequired: s.isRequired,
      minLength: s.minLength,
      maxLength: s.maxLength,
      metrics,
    };
  });
}
