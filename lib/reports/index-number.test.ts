import { describe, expect, it } from "vitest";
import { formatIndexNumber, indexNumberPrefix } from "@/lib/reports/index-number";

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
