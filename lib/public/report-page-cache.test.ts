import { describe, expect, it } from "vitest";
import { isRevalidateToken, revalidateToken } from "./report-page-cache";

describe("the report-page refresh token", () => {
  it("accepts only the app's own bearer token", () => {
    expect(isRevalidateToken(`Bearer ${revalidateToken()}`)).toBe(true);
    expect(isRevalidateToken(revalidateToken())).toBe(false);
    expect(isRevalidateToken(undefined)).toBe(false);
    expect(isRevalidateToken("")).toBe(false);
    const forged = `Bearer ${revalidateToken().replace(/^./, (c) => (c === "A" ? "B" : "A"))}`;
    expect(isRevalidateToken(forged)).toBe(false);
  });
});
