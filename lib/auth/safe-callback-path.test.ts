import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";

const origin = "http://127.0.0.1:3000";

describe("safeCallbackPath", () => {
  it.each([
    ["/workspace/reports/abc", "/workspace/reports/abc"],
    ["/review?year=2022&kind=town", "/review?year=2022&kind=town"],
    ["/review#top", "/review#top"],
    ["http://127.0.0.1:3000/review", "/review"],
    ["/a/../review", "/review"],
  ])("keeps the same-origin path %s as %s", (input, expected) => {
    expect(safeCallbackPath(input, origin)).toBe(expected);
  });

  it.each([
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "//evil.example",
    "///evil.example",
    "https://evil.example/",
    "http://127.0.0.1:3001/review",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    " //evil.example",
    "",
  ])("refuses %j and falls back to /workspace", (input) => {
    expect(safeCallbackPath(input, origin)).toBe("/workspace");
  });

  it("refuses what searchParams decodes from /%5Cevil.example and /%09/evil.example", () => {
    for (const query of ["callbackUrl=/%5Cevil.example", "callbackUrl=/%09/evil.example", "callbackUrl=%2F%2Fevil.example"]) {
      const value = new URLSearchParams(query).get("callbackUrl");
      expect(safeCallbackPath(value, origin)).toBe("/workspace");
    }
  });

  it("never returns a path a browser would read as another host", () => {
    // A same-origin absolute URL whose path starts with two slashes.
    const path = safeCallbackPath("http://127.0.0.1:3000//evil.example/x", origin);
    expect(path).toBe("/evil.example/x");
    expect(new URL(path, "https://site.example").host).toBe("site.example");
  });

  it("refuses anything that is not a string", () => {
    expect(safeCallbackPath(undefined, origin)).toBe("/workspace");
    expect(safeCallbackPath(["/review"], origin)).toBe("/workspace");
    expect(safeCallbackPath(null, origin, "/")).toBe("/");
  });
});
