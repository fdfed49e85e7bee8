import { describe, expect, it } from "vitest";
import { lastAdminProblem } from "@/lib/users/last-admin";

const admin = { role: "ADMIN", isActive: true } as const;

describe("lastAdminProblem", () => {
  it("refuses to deactivate or demote the only active admin", () => {
    expect(lastAdminProblem({ before: admin, after: { role: "ADMIN", isActive: false }, activeAdminCount: 1, isSelf: false })).toMatch(/唯一启用的管理员/);
    expect(lastAdminProblem({ before: admin, after: { role: "REVIEWER", isActive: true }, activeAdminCount: 1, isSelf: false })).toMatch(/唯一/);
  });

  it("tells an admin who tries it on themselves", () => {
    expect(lastAdminProblem({ before: admin, after: { role: "CLERK", isActive: true }, activeAdminCount: 1, isSelf: true })).toMatch(/不能停用自己/);
  });

  it("allows it when another active admin remains", () => {
    expect(lastAdminProblem({ before: admin, after: { role: "ADMIN", isActive: false }, activeAdminCount: 2, isSelf: true })).toBeNull();
  });

  it("ignores changes that do not take an active admin away", () => {
    expect(lastAdminProblem({ before: admin, after: admin, activeAdminCount: 1, isSelf: true })).toBeNull();
    expect(lastAdminProblem({ before: { role: "ADMIN", isActive: false }, after: { role: "CLERK", isActive: false }, activeAdminCount: 0, isSelf: false })).toBeNull();
    expect(lastAdminProblem({ before: { role: "CLERK", isActive: true }, after: { role: "CLERK", isActive: false }, activeAdminCount: 1, isSelf: false })).toBeNull();
  });
});
