import { describe, expect, it } from "vitest";
import { inAppPathSchema, isInAppPath } from "@/lib/http/in-app-path";

describe("isInAppPath", () => {
  it("accepts paths of this site, with query and fragment", () => {
    expect(isInAppPath("/workspace/reports/abc")).toBe(true);
    expect(isInAppPath("/workspace/reports/abc/sections/law-study#comments")).toBe(true);
    expect(isInAppPath("/review?year=2023")).toBe(true);
    expect(isInAppPath("/")).toBe(true);
  });

  it("refuses other sites, protocol-relative and backslash tricks, schemes and relative paths", () => {
    for (const link of ["//evil.example/x", "/\\evil.example", "/\\/evil.example", "https://evil.example", "javascript:alert(1)", "workspace", "", " /workspace", "/work space", "/a\nb", "/a\\b"]) {
      expect(isInAppPath(link), link).toBe(false);
    }
  });

  it("limits the length in the schema", () => {
    expect(inAppPathSchema.safeParse(`/${"a".repeat(499)}`).success).toBe(true);
    expect(inAppPathSchema.safeParse(`/${"a".repeat(500)}`).success).toBe(false);
  });
});
