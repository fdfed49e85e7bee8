import { describe, expect, it } from "vitest";
import { metricKeyFromLabel, outlineProblems, outlineSchema, toTemplateSections } from "@/lib/templates/outline";

const base = (key: string, level: 1 | 2, extra: Record<string, unknown> = {}) => ({ key, level, title: `标题${key}`, ...extra });

describe("template outline", () => {
  it("derives parents from the order and generates metric keys from new labels once", () => {
    const outline = outlineSchema.parse([
      base("a", 1),
      base("a1", 2, { metrics: [{ key: "kept-key", label: "改过名的指标", unit: "次" }, { label: "新指标", unit: "件" }] }),
      base("b", 1),
      base("b1", 2),
    ]);
    expect(outlineProblems(outline)).toEqual([]);
    const rows = toTemplateSections(outline);
    expect(rows.map((r) => r.parentKey)).toEqual([null, "a", null, "b"]);
    expect(rows[1].metrics).toEqual([
      { key: "kept-key", label: "改过名的指标", unit: "次" },
      { key: metricKeyFromLabel("新指标", new Set()), label: "新指标", unit: "件" },
    ]);
    expect(metricKeyFromLabel("新指标", new Set())).toMatch(/^m-[0-9a-f]{8}$/);
  });

  it("finds duplicate keys, an orphan level-2, min above max and duplicate metric labels", () => {
    const outline = outlineSchema.parse([
      base("x", 2),
      base("a", 1, { minLength: 100, maxLength: 50 }),
      base("a", 2, { metrics: [{ label: "次数" }, { label: "次数" }] }),
    ]);
    expect(outlineProblems(outline).map((p) => p.message)).toEqual([
      "第 1 项“标题x”是二级标题，上面须有一个一级标题。",
      "第 2 项“标题a”的最少字数（100）大于最多字数（50）。",
      "第 3 项“标题a”的键与前面的部分重复。",
      "第 3 项“标题a”有重名的统计指标。",
    ]);
  });

  it("refuses an empty outline and empty titles in Chinese", () => {
    expect(outlineSchema.safeParse([]).error?.issues[0].message).toBe("模板至少要有一个部分。");
    expect(outlineSchema.safeParse([{ key: "a", level: 1, title: " " }]).error?.issues[0].message).toBe("请填写标题。");
    expect(outlineSchema.safeParse([{ key: "A B", level: 1, title: "x" }]).error?.issues[0].message).toMatch(/键无效/);
  });
});
