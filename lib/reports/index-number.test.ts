import { describe, expect, it } from "vitest";
import {
  defaultIndexNumberPattern,
  formatIndexNumber,
  highestSequence,
  indexNumberPatternProblem,
  indexNumberPrefix,
  indexNumberPrefixFor,
  renderIndexNumber,
} from "@/lib/reports/index-number";

describe("index number (索引号)", () => {
  it("is organisation code / year - five-digit sequence", () => {
    expect(formatIndexNumber("11500102MB1530001X", 2023, 1)).toBe("11500102MB1530001X/2023-00001");
    expect(formatIndexNumber("11500102MB1530001X", 2024, 12345)).toBe("11500102MB1530001X/2024-12345");
  });

  it("starts with the prefix used to count a year's publications", () => {
    const prefix = indexNumberPrefix("11500102MB1530001X", 2023);
    expect(prefix).toBe("11500102MB1530001X/2023-");
    expect(formatIndexNumber("11500102MB1530001X", 2023, 7).startsWith(prefix)).toBe(true);
  });
});

describe("index number pattern", () => {
  const values = { orgCode: "11500102MB1530001X", year: 2024 };

  it("renders the default pattern exactly as before", () => {
    expect(renderIndexNumber(defaultIndexNumberPattern, values, 3)).toBe(formatIndexNumber(values.orgCode, 2024, 3));
  });

  it("pads the sequence to the width asked for, or not at all", () => {
    expect(renderIndexNumber("FL-{year}/{orgCode}-{seq:3}", values, 7)).toBe("FL-2024/11500102MB1530001X-007");
    expect(renderIndexNumber("{orgCode}-{year}-{seq}", values, 12)).toBe("11500102MB1530001X-2024-12");
  });

  it("accepts usable patterns", () => {
    expect(indexNumberPatternProblem(defaultIndexNumberPattern)).toBeNull();
    expect(indexNumberPatternProblem("{year}-{seq}")).toBeNull();
  });

  it.each([
    ["{orgCode}/{year}", "只包含一个顺序号"],
    ["{seq}-{seq}", "只包含一个顺序号"],
    ["{orgCode}/{seq:5}-{year}", "必须放在最后"],
    ["{orgCode}{seq:5}", "分隔符"],
    ["{orgCode}/{yaer}-{seq}", "不认识的占位符“{yaer}”"],
    ["{orgCode}/{year}-{seq:0}", "不认识的占位符"],
    ["{orgCode}}/{seq}", "花括号"],
    ["", "请填写"],
  ])("refuses %s", (pattern, message) => {
    expect(indexNumberPatternProblem(pattern)).toContain(message);
  });

  it("continues after the highest sequence of the prefix, numerically", () => {
    const prefix = indexNumberPrefixFor("{year}-{seq}", values);
    expect(prefix).toBe("2024-");
    expect(highestSequence(prefix, ["2024-9", "2024-10", "2023-55", "2024-x", "2024-3a"])).toBe(10);
    expect(highestSequence(prefix, [])).toBe(0);
  });
});
