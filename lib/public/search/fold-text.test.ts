import { describe, expect, it } from "vitest";
import { foldText } from "./fold-text";

describe("foldText", () => {
  it("lower-cases Latin letters and turns full-width forms into ASCII", () => {
    expect(foldText("LED宣传屏")).toBe("led宣传屏");
    expect(foldText("村（居）ＡＰＰ１２３４５热线")).toBe("村(居)app12345热线");
    expect(foldText("全面\u3000依法")).toBe("全面 依法");
  });

  it("leaves Chinese text and punctuation without half-width forms unchanged", () => {
    const text = "一、基本情况\n（一）学习贯彻习近平法治思想情况。“放管服”改革、优化营商环境";
    expect(foldText(text)).toBe(text.replace("（", "(").replace("）", ")"));
  });

  it("keeps every string's length, so positions in the folded text are positions in the original", () => {
    for (const text of ["İstanbul ǅ ß ΣΑΣ", "𠀀𠀁 emoji 😀 mixed", "ＡＢＣ（）", ""]) {
      expect(foldText(text)).toHaveLength(text.length);
    }
  });
});
