import { describe, expect, it } from "vitest";
import { checkCreditCode, creditCodeCheckCharacter, normalizeCreditCode } from "@/lib/units/credit-code";

describe("统一社会信用代码 (GB 32100-2015)", () => {
  // Published codes of real organisations: a state organ and three companies.
  it.each(["11100000000013127D", "91110000802100433B", "91330100716105852F", "9144030071526726XG"])("accepts the real code %s", (code) => {
    expect(checkCreditCode(code)).toEqual({ isValid: true, code });
  });

  it("computes the check character from the first 17", () => {
    expect(creditCodeCheckCharacter("9144030071526726X")).toBe("G");
    expect(creditCodeCheckCharacter("11500102MB1530001")).toBe("2");
  });

  it("normalises spaces, lower case and full-width characters before checking", () => {
    expect(normalizeCreditCode(" 9133 0100 7161 0585 2f ")).toBe("91330100716105852F");
    expect(checkCreditCode("９１３３０１００７１６１０５８５２Ｆ").isValid).toBe(true);
  });

  it("says where a code is wrong", () => {
    expect(checkCreditCode("91330100716105852E")).toMatchObject({ isValid: false, message: expect.stringContaining("第 18 位应为“F”") });
    expect(checkCreditCode("9133010071610585")).toMatchObject({ isValid: false, message: expect.stringContaining("当前为 16 位") });
    expect(checkCreditCode("91330100716I05852F")).toMatchObject({ isValid: false, message: expect.stringContaining("第 12 位“I”") });
    expect(checkCreditCode("91AB0100716105852F")).toMatchObject({ isValid: false, message: expect.stringContaining("行政区划代码") });
  });

  it("refuses the demo data's made-up codes, whose check character is wrong", () => {
    expect(checkCreditCode("11500102MB1530001X").isValid).toBe(false);
  });
});
