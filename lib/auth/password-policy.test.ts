import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password-policy";

describe("passwordProblem", () => {
  it.each(["Abcdef12", "abcdef1!", "ABCDEF1!", "Abcdefg!", "长密码Abc12345"])("accepts %s (eight or more, three classes)", (password) => {
    expect(passwordProblem(password, "zhenxi")).toBeNull();
  });

  it("refuses fewer than eight characters", () => {
    expect(passwordProblem("Ab1!xyz")).toBe("密码至少 8 位。");
  });

  it.each(["abcdefgh", "abcd1234", "ABCD!!!!", "12345678"])("refuses %s (fewer than three classes)", (password) => {
    expect(passwordProblem(password)).toMatch(/至少三类/);
  });

  it("refuses a password that contains the login, in any case", () => {
    expect(passwordProblem("Zhenxi@2024", "zhenxi")).toBe("密码不能包含账号名。");
    expect(passwordProblem("xxZHENXIxx1", "ZhenXi")).toBe("密码不能包含账号名。");
    expect(passwordProblem("Zhen@2024xi", "zhenxi")).toBeNull();
  });
});
