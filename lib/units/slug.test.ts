import { describe, expect, it } from "vitest";
import { normalizeSlug, slugProblem } from "@/lib/units/slug";
import { parseUnitKind } from "@/lib/units/unit-kinds";

describe("unit slug", () => {
  it.each(["zhenxi", "qu-sifaju", "a1", "2024-new"])("accepts %s", (slug) => {
    expect(slugProblem(slug)).toBeNull();
  });

  it.each([["", "请填写"], ["Zhen Xi", "小写字母"], ["-zx", "连字符"], ["zx--a", "连字符"], ["珍溪", "小写字母"], ["a".repeat(41), "最多 40"]])(
    "refuses %j",
    (slug, message) => {
      expect(slugProblem(slug)).toContain(message);
    },
  );

  it("lower-cases and trims what people type", () => {
    expect(normalizeSlug("  ZhenXi ")).toBe("zhenxi");
  });
});

describe("unit kind as written", () => {
  it("reads the default words, the district's labels and the codes", () => {
    expect(parseUnitKind("街镇")).toBe("TOWN");
    expect(parseUnitKind(" 部门 ")).toBe("DEPARTMENT");
    expect(parseUnitKind("乡镇街道", { TOWN: "乡镇街道", DEPARTMENT: "区级部门" })).toBe("TOWN");
    expect(parseUnitKind("department")).toBe("DEPARTMENT");
    expect(parseUnitKind("乡镇")).toBeNull();
  });
});
