import { describe, expect, it } from "vitest";
import { limits, overLimitMessage } from "@/lib/reports/limits";
import { saveSectionSchema } from "@/lib/reports/schemas";

const base = { reportId: "r1", key: "law-study", version: 1, metrics: {} };

describe("overLimitMessage", () => {
  it("accepts text at the limit and refuses one character more, exactly as the server's schema does", () => {
    for (const body of ["字".repeat(limits.body), `${"字\n".repeat(limits.body / 2)}`, "😀".repeat(limits.body)]) {
      expect(overLimitMessage({ title: "标题", body })).toBeNull();
      expect(saveSectionSchema.safeParse({ ...base, title: "标题", body }).success).toBe(true);
      expect(overLimitMessage({ title: "标题", body: `${body}。` })).not.toBeNull();
      expect(saveSectionSchema.safeParse({ ...base, title: "标题", body: `${body}。` }).success).toBe(false);
    }
  });

  it("says how much to cut and that nothing is lost", () => {
    expect(overLimitMessage({ title: "标题", body: "字".repeat(20_345) })).toBe(
      "正文有 20,345 字，超过 20,000 字的上限，请删减 345 字。超出上限的内容不能保存；全文仍保留在编辑框和本机浏览器中，不会丢失。",
    );
    expect(overLimitMessage({ title: "题".repeat(101), body: "" })).toMatch(/^小标题有 101 字，超过 100 字的上限。/);
  });
});
