import { describe, expect, it } from "vitest";
import { generateOneTimePassword } from "@/lib/users/one-time-password";
import { passwordProblem } from "@/lib/auth/password";

describe("generateOneTimePassword", () => {
  it("always meets the password policy, with all four classes and no ambiguous characters", () => {
    for (let i = 0; i < 500; i += 1) {
      const password = generateOneTimePassword();
      expect(password).toHaveLength(12);
      expect(passwordProblem(password)).toBeNull();
      for (const re of [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/]) expect(password).toMatch(re);
      expect(password).not.toMatch(/[0O1lI]/);
    }
  });

  it("does not repeat", () => {
    const seen = new Set(Array.from({ length: 200 }, () => generateOneTimePassword()));
    expect(seen.size).toBe(200);
  });
});
