import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword, passwordProblem } from "@/lib/auth/password";
import { createUser } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";
import { setUserActive } from "@/lib/users/set-user-active";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { unlockUser } from "@/lib/users/unlock-user";
import { endUserSession } from "@/lib/users/end-user-session";
import { listUsers } from "@/lib/users/list-users";
import { parseUserQuery } from "@/lib/users/user-query";
import { createDistrict, createUnit, createUser as createTestUser, createWorld, uniqueId } from "../factories";
import { expectAppError } from "./helpers";

async function openSession(userId: string, now = new Date()) {
  return db.session.create({
    data: { tokenHash: `hash-${uniqueId()}`, userId, expiresAt: new Date(now.getTime() + 3_600_000), ip: "10.0.0.9", userAgent: "test" },
  });
}

function auditOf(targetId: string) {
  return db.auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: "asc" }, select: { kind: true, actorId: true, data: true } });
}

describe("admin users", () => {
  it("creates a clerk with a one-time password that must be changed, stored only as a hash with its history", async () => {
    const world = await createWorld();
    const login = `new.clerk-${uniqueId()}`;
    const created = await createUser({ actor: world.admin, input: { name: "新填报人", login, role: "CLERK", unitId: world.unit.id } });
    expect(passwordProblem(created.password)).toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { id: created.id }, omit: { passwordHash: false }, include: { passwordHistory: true } });
    expect(user).toMatchObject({ login, role: "CLERK", unitId: world.unit.id, mustChangePassword: true, isActive: true });
    expect(user.passwordHash).not.toContain(created.password);
    expect(await verifyPassword(user.passwordHash, created.password)).toBe(true);
    expect(user.passwordHistory.map((h) => h.passwordHash)).toEqual([user.passwordHash]);
    const audit = await auditOf(created.id);
    expect(audit.map((a) => a.kind)).toEqual(["USER_CREATED"]);
    const text = JSON.stringify(audit[0].data);
    expect(text).not.toContain(created.password);
    expect(text).not.toContain(user.passwordHash);
  });

  it("refuses a login that is taken and a clerk from another district's unit", async () => {
    const world = await createWorld();
    await expectAppError(createUser({ actor: world.admin, input: { name: "重名", login: world.clerk.login, role: "REVIEWER", unitId: null } }), "INVALID_INPUT");
    const other = await createDistrict();
    const foreignUnit = await createUnit({ districtId: other.id });
    await expectAppError(createUser({ actor: world.admin, input: { name: "外区", login: `x-${uniqueId()}`, role: "CLERK", unitId: foreignUnit.id } }), "INVALID_INPUT");
  });

  it("only admins manage users", async () => {
    const world = await createWorld();
    await expectAppError(createUser({ actor: world.reviewer, input: { name: "某人", login: `r-${uniqueId()}`, role: "ADMIN", unitId: null } }), "FORBIDDEN");
    await expectAppError(setUserActive({ actor: world.clerk, userId: world.otherClerk.id, isActive: false }), "FORBIDDEN");
  });

  it("a change of role or unit ends every session of the user, with before and after audited", async () => {
    const world = await createWorld();
    await openSession(world.clerk.id);
    await openSession(world.clerk.id);
    const result = await updateUser({ actor: world.admin, input: { userId: world.clerk.id, name: world.clerk.name, role: "CLERK", unitId: world.otherUnit.id } });
    expect(result.sessionsEnded).toBe(2);
    const sessions = await db.session.findMany({ where: { userId: world.clerk.id } });
    expect(sessions.every((s) => s.endedAt && s.endReason === "ROLE_CHANGED" && s.endedById === world.admin.id)).toBe(true);
    const updated = (await auditOf(world.clerk.id)).find((a) => a.kind === "USER_UPDATED")!;
    expect(updated.data).toMatchObject({ before: { unitId: world.unit.id }, after: { unitId: world.otherUnit.id } });
  });

  it("a change of name alone keeps the sessions", async () => {
    const world = await createWorld();
    await openSession(world.clerk.id);
    const result = await updateUser({ actor: world.admin, input: { userId: world.clerk.id, name: "改名", role: "CLERK", unitId: world.unit.id } });
    expect(result.sessionsEnded).toBe(0);
    expect(await db.session.count({ where: { userId: world.clerk.id, endedAt: null } })).toBe(1);
  });

  it("protects the last active admin from deactivation and demotion, also by themselves", async () => {
    const world = await createWorld();
    const error = await expectAppError(setUserActive({ actor: world.admin, userId: world.admin.id, isActive: false }), "FORBIDDEN");
    expect(error.message).toMatch(/唯一启用的管理员/);
    await expectAppError(updateUser({ actor: world.admin, input: { userId: world.admin.id, name: "管理员", role: "REVIEWER", unitId: null } }), "FORBIDDEN");
    expect(await db.user.findUniqueOrThrow({ where: { id: world.admin.id }, select: { role: true, isActive: true } })).toEqual({ role: "ADMIN", isActive: true });

    const second = await createTestUser({ districtId: world.district.id, role: "ADMIN" });
    await setUserActive({ actor: world.admin, userId: second.id, isActive: false });
    // The deactivated second admin does not count: the first is still the last active one.
    await expectAppError(setUserActive({ actor: world.admin, userId: world.admin.id, isActive: false }), "FORBIDDEN");
    await setUserActive({ actor: world.admin, userId: second.id, isActive: true });
    await setUserActive({ actor: second, userId: world.admin.id, isActive: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: world.admin.id } })).isActive).toBe(false);
  });

  it("deactivation ends sessions; reactivation brings the account back", async () => {
    const world = await createWorld();
    await openSession(world.clerk.id);
    await setUserActive({ actor: world.admin, userId: world.clerk.id, isActive: false });
    expect(await db.session.findFirstOrThrow({ where: { userId: world.clerk.id } })).toMatchObject({ endReason: "DEACTIVATED" });
    await setUserActive({ actor: world.admin, userId: world.clerk.id, isActive: true });
    expect((await auditOf(world.clerk.id)).map((a) => a.kind)).toEqual(["USER_DEACTIVATED", "AUTH_SESSION_ENDED", "USER_REACTIVATED"]);
  });

  it("a reset gives a new one-time password, forces a change and ends sessions; the password is never audited", async () => {
    const world = await createWorld();
    await openSession(world.clerk.id);
    const { password } = await resetUserPassword({ actor: world.admin, userId: world.clerk.id });
    const user = await db.user.findUniqueOrThrow({ where: { id: world.clerk.id }, omit: { passwordHash: false } });
    expect(user.mustChangePassword).toBe(true);
    expect(await verifyPassword(user.passwordHash, password)).toBe(true);
    expect(await db.passwordHistory.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.session.count({ where: { userId: user.id, endedAt: null } })).toBe(0);
    const audit = await auditOf(user.id);
    expect(audit.map((a) => a.kind)).toEqual(["AUTH_SESSION_ENDED", "AUTH_PASSWORD_RESET"]);
    expect(JSON.stringify(audit)).not.toContain(password);
  });

  it("unlocks a locked account and shows lock state and active sessions in the list", async () => {
    const world = await createWorld();
    const now = new Date();
    await db.loginThrottle.create({ data: { scope: "ACCOUNT_IP", login: world.clerk.login, ip: "10.1.1.1", failures: 5, lockedUntil: new Date(now.getTime() + 600_000) } });
    await openSession(world.clerk.id, now);
    const before = await listUsers({ actor: world.admin, query: parseUserQuery({ q: world.clerk.login }), now });
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ isLocked: true, activeSessions: 1 });
    await unlockUser({ actor: world.admin, userId: world.clerk.id });
    expect(await db.loginThrottle.count({ where: { login: world.clerk.login } })).toBe(0);
    const after = await listUsers({ actor: world.admin, query: parseUserQuery({ q: world.clerk.login }), now });
    expect(after[0].isLocked).toBe(false);
    expect((await auditOf(world.clerk.id)).map((a) => a.kind)).toEqual(["AUTH_UNLOCKED"]);
  });

  it("filters by role and unit and sorts by the chosen column", async () => {
    const world = await createWorld();
    const clerks = await listUsers({ actor: world.admin, query: parseUserQuery({ role: "CLERK", sort: "login", dir: "desc" }) });
    expect(clerks.map((c) => c.id)).toEqual([world.clerk, world.otherClerk].sort((a, b) => b.login.localeCompare(a.login)).map((c) => c.id));
    const ofUnit = await listUsers({ actor: world.admin, query: parseUserQuery({ unit: world.otherUnit.id }) });
    expect(ofUnit.map((u) => u.id)).toEqual([world.otherClerk.id]);
  });

  it("an admin ends one session of a user; another district's session is not found", async () => {
    const world = await createWorld();
    const session = await openSession(world.clerk.id);
    const kept = await openSession(world.clerk.id);
    await endUserSession({ actor: world.admin, sessionId: session.id });
    expect(await db.session.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ endReason: "ENDED_BY_ADMIN", endedById: world.admin.id });
    expect((await db.session.findUniqueOrThrow({ where: { id: kept.id } })).endedAt).toBeNull();
    const other = await createWorld();
    await expectAppError(endUserSession({ actor: other.admin, sessionId: kept.id }), "NOT_FOUND");
  });
});
