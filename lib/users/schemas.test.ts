import { describe, expect, it } from "vitest";
import { createUserSchema, updateUserSchema } from "@/lib/users/schemas";

const base = { name: "张三", login: "zhangsan", role: "REVIEWER" };

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("user schemas", () => {
  it("accepts an e-mail address, trimmed", () => {
    const result = createUserSchema.safeParse({ ...base, email: "  zhang.san@fuling.gov.cn " });
    expect(result.success && result.data.email).toBe("zhang.san@fuling.gov.cn");
  });

  it("turns a blank address into null and a missing one into undefined", () => {
    const blank = updateUserSchema.safeParse({ ...base, userId: "u1", email: "   " });
    expect(blank.success && blank.data.email).toBeNull();
    const missing = updateUserSchema.safeParse({ ...base, userId: "u1" });
    expect(missing.success).toBe(true);
    expect(missing.data?.email).toBeUndefined();
  });

  it("refuses a malformed or overlong address with a Chinese message", () => {
    const malformed = createUserSchema.safeParse({ ...base, email: "zhangsan@" });
    expect(errorsOf(malformed).email).toMatch(/邮箱格式不正确/);
    const long = createUserSchema.safeParse({ ...base, email: `${"a".repeat(190)}@example.gov.cn` });
    expect(errorsOf(long).email).toMatch(/不超过 200/);
  });

  it("requires a unit for clerks and unit heads, not for reviewers", () => {
    expect(errorsOf(createUserSchema.safeParse({ ...base, role: "CLERK", unitId: "" })).unitId).toMatch(/填报人须选择所属单位/);
    expect(errorsOf(createUserSchema.safeParse({ ...base, role: "UNIT_HEAD" })).unitId).toMatch(/单位负责人须选择所属单位/);
    const head = createUserSchema.safeParse({ ...base, role: "UNIT_HEAD", unitId: "unit-1" });
    expect(head.success && head.data).toMatchObject({ role: "UNIT_HEAD", unitId: "unit-1" });
    expect(createUserSchema.safeParse({ ...base, unitId: "" }).success).toBe(true);
  });
});
