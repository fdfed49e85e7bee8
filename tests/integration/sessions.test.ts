import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import { validateSession } from "@/lib/auth/sessions/validate-session";
import { signOutSession } from "@/lib/auth/sessions/sign-out-session";
import { endOtherSessions, endSession } from "@/lib/auth/sessions/end-session";
import { endUserSessions } from "@/lib/auth/sessions/end-user-sessions";
import { listUserSessions } from "@/lib/auth/sessions/list-user-sessions";
import { hashSessionToken } from "@/lib/auth/sessions/session-token";
import { changePassword } from "@/lib/auth/change-password";
import { resetPassword } from "@/lib/auth/reset-password";
import { unlockAccount } from "@/lib/auth/throttle/unlock-account";
import { listLockedLogins } from "@/lib/auth/throttle/list-locked-logins";
import { denyReportPage } from "@/lib/audit/record-page-denial";
import { createReport, createUser, createWorld } from "../factories";
import { expectAppError } from "./helpers";

// The client address and browser each sign-in comes from, as nginx would pass them.
const meta = vi.hoisted(() => ({ ip: "198.51.100.1" as string | null, userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0 Safari/537.36" }));
vi.mock("@/lib/audit/request-meta", () => ({ getRequestMeta: async () => ({ ...meta }) }));

const password = "Right#Pass1";
let addressCounter = 0;
/** A fresh address per test, so the per-address counts of one test never reach another. */
function newAddress(): string {
  addressCounter += 1;
  return `203.0.113.${addressCounter}`;
}

beforeEach(() => {
  meta.ip = newAddress();
});

async function signIn(login: string, pass = password, now?: Date) {
  const result = await authenticate({ login, password: pass, now });
  if (!result.ok) throw new Error(`sign-in refused: ${result.reason}`);
  return result.user;
}

async function userWithPassword() {
  const world = await createWorld();
  const clerk = await createUser({ districtId: world.district.id, role: "CLERK", unitId: world.unit.id, password });
  return { world, clerk };
}

function eventsOf(kind: string, filter: { actorId?: string; targetId?: string } = {}) {
  return db.auditEvent.findMany({ where: { kind, ...filter }, orderBy: { createdAt: "asc" }, select: { actorId: true, targetId: true, districtId: true, data: true, ip: true } });
}

describe("server-side sessions", () => {
  it("opens a session at sign-in, storing only the token's hash with the address and browser", async () => {
    const { clerk } = await userWithPassword();
    const user = await signIn(clerk.login);
    const row = await db.session.findUniqueOrThrow({ where: { tokenHash: hashSessionToken(user.sessionToken) } });
    expect(row).toMatchObject({ userId: clerk.id, ip: meta.ip, endedAt: null });
    expect(row.tokenHash).not.toContain(user.sessionToken);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(12 * 3600 * 1000);
    expect((await validateSession({ token: user.sessionToken }))?.user).toMatchObject({ id: clerk.id, login: clerk.login });
    expect(await db.user.findUniqueOrThrow({ where: { id: clerk.id }, select: { lastLoginIp: true } })).toEqual({ lastLoginIp: meta.ip });
  });

  it("ends a session idle for more than 30 minutes, once, with an audit event", async () => {
    const { clerk } = await userWithPassword();
    const signedInAt = new Date();
    const user = await signIn(clerk.login, password, signedInAt);
    const later = (minutes: number) => new Date(signedInAt.getTime() + minutes * 60_000);
    expect(await validateSession({ token: user.sessionToken, now: later(29) })).not.toBeNull();
    // That request counted as activity, so the idle limit runs from minute 29.
    expect(await validateSession({ token: user.sessionToken, now: later(58) })).not.toBeNull();
    expect(await validateSession({ token: user.sessionToken, now: later(89) })).toBeNull();
    expect(await validateSession({ token: user.sessionToken, now: later(90) })).toBeNull();
    const row = await db.session.findUniqueOrThrow({ where: { tokenHash: hashSessionToken(user.sessionToken) } });
    expect(row.endReason).toBe("IDLE");
    expect((await eventsOf("AUTH_SESSION_ENDED", { targetId: clerk.id })).map((e) => e.data)).toEqual([expect.objectContaining({ reason: "IDLE" })]);
  });

  it("ends a session 12 hours after sign-in even when it is in use", async () => {
    const { clerk } = await userWithPassword();
    const signedInAt = new Date();
    const user = await signIn(clerk.login, password, signedInAt);
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      expect(await validateSession({ token: user.sessionToken, now: new Date(signedInAt.getTime() + minutes * 60_000) })).not.toBeNull();
    }
    expect(await validateSession({ token: user.sessionToken, now: new Date(signedInAt.getTime() + 12 * 3600_000) })).toBeNull();
    expect((await db.session.findFirstOrThrow({ where: { userId: clerk.id } })).endReason).toBe("EXPIRED");
  });

  it("does not count /api/auth/session checks as activity", async () => {
    const { clerk } = await userWithPassword();
    const signedInAt = new Date();
    const user = await signIn(clerk.login, password, signedInAt);
    expect(await validateSession({ token: user.sessionToken, now: new Date(signedInAt.getTime() + 20 * 60_000), touch: false })).not.toBeNull();
    expect(await validateSession({ token: user.sessionToken, now: new Date(signedInAt.getTime() + 31 * 60_000) })).toBeNull();
  });

  it("signs out: the same token is refused at once and the sign-out is audited", async () => {
    const { clerk } = await userWithPassword();
    const user = await signIn(clerk.login);
    expect(await validateSession({ token: user.sessionToken })).not.toBeNull();
    await signOutSession({ token: user.sessionToken });
    expect(await validateSession({ token: user.sessionToken })).toBeNull();
    expect(await eventsOf("AUTH_LOGOUT", { actorId: clerk.id })).toHaveLength(1);
  });

  it("refuses every session of a user whose sessions were ended (reset, deactivation, role change)", async () => {
    const { world, clerk } = await userWithPassword();
    const first = await signIn(clerk.login);
    const second = await signIn(clerk.login);
    expect(await validateSession({ token: first.sessionToken })).not.toBeNull();
    await db.$transaction((tx) => endUserSessions(tx, { userId: clerk.id, districtId: world.district.id, reason: "ROLE_CHANGED", endedById: world.admin.id }));
    expect(await validateSession({ token: first.sessionToken })).toBeNull();
    expect(await validateSession({ token: second.sessionToken })).toBeNull();
  });

  it("refuses the session of a deactivated user even before their sessions are ended", async () => {
    const { clerk } = await userWithPassword();
    const user = await signIn(clerk.login);
    await db.user.update({ where: { id: clerk.id }, data: { isActive: false } });
    // Past the few seconds of the cache.
    expect(await validateSession({ token: user.sessionToken, now: new Date(Date.now() + 61_000) })).toBeNull();
  });

  it("lets a user end one of their other sessions or all of them; only an admin ends someone else's", async () => {
    const { world, clerk } = await userWithPassword();
    const current = await signIn(clerk.login);
    const other = await signIn(clerk.login);
    const third = await signIn(clerk.login);
    const currentId = (await validateSession({ token: current.sessionToken }))!.sessionId;
    const otherId = (await validateSession({ token: other.sessionToken }))!.sessionId;
    const actor = { ...clerk };

    await expectAppError(endSession({ actor: world.otherClerk, sessionId: otherId }), "NOT_FOUND");
    await endSession({ actor, sessionId: otherId });
    expect(await validateSession({ token: other.sessionToken })).toBeNull();
    expect((await listUserSessions(clerk.id)).map((s) => s.id)).not.toContain(otherId);

    expect(await endOtherSessions({ actor, currentSessionId: currentId })).toBe(1);
    expect(await validateSession({ token: third.sessionToken })).toBeNull();
    expect(await validateSession({ token: current.sessionToken })).not.toBeNull();

    await endSession({ actor: world.admin, sessionId: currentId });
    expect(await validateSession({ token: current.sessionToken })).toBeNull();
    const ended = await db.session.findUniqueOrThrow({ where: { id: currentId } });
    expect(ended).toMatchObject({ endReason: "ENDED_BY_ADMIN", endedById: world.admin.id });
  });

  it("lists a user's active sessions with a readable browser", async () => {
    const { clerk } = await userWithPassword();
    await signIn(clerk.login);
    const rows = await listUserSessions(clerk.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ip: meta.ip, browser: "Chrome 120 · Linux" });
  });
});

describe("sign-in limits", () => {
  it("locks a (login, address) pair at the fifth failure, while the owner signs in from elsewhere", async () => {
    const { world, clerk } = await userWithPassword();
    const attacker = meta.ip!;
    for (let i = 1; i <= 4; i++) expect(await authenticate({ login: clerk.login, password: `Wrong#${i}xx` })).toEqual({ ok: false, reason: "INVALID" });
    expect(await authenticate({ login: clerk.login, password: "Wrong#5xx" })).toEqual({ ok: false, reason: "LOCKED" });
    // Even the right password is refused from that address now.
    expect(await authenticate({ login: clerk.login, password })).toEqual({ ok: false, reason: "LOCKED" });

    meta.ip = newAddress();
    expect((await authenticate({ login: clerk.login, password })).ok).toBe(true);

    const locked = await eventsOf("AUTH_LOCKED", { actorId: clerk.id });
    expect(locked.map((e) => e.data)).toEqual([{ scope: "ACCOUNT_IP", login: clerk.login, ip: attacker, minutes: 15 }]);
    expect(locked[0].districtId).toBe(world.district.id);
    expect((await listLockedLogins(world.district.id)).map((e) => [e.login, e.ip, e.user?.id])).toEqual([[clerk.login, attacker, clerk.id]]);

    meta.ip = attacker;
    await db.$transaction((tx) => unlockAccount(tx, { login: clerk.login, actorId: world.admin.id, districtId: world.district.id }));
    expect((await authenticate({ login: clerk.login, password })).ok).toBe(true);
    expect(await eventsOf("AUTH_UNLOCKED", { actorId: world.admin.id })).toHaveLength(1);
    expect(await listLockedLogins(world.district.id)).toEqual([]);
  });

  it("answers unknown logins exactly as known ones, locks them too, and audits their failures", async () => {
    const login = `nobody-${Date.now()}`;
    for (let i = 1; i <= 4; i++) expect(await authenticate({ login, password: "Wrong#1xx" })).toEqual({ ok: false, reason: "INVALID" });
    expect(await authenticate({ login, password: "Wrong#1xx" })).toEqual({ ok: false, reason: "LOCKED" });
    const failed = await db.auditEvent.findMany({ where: { kind: "AUTH_LOGIN_FAILED", ip: meta.ip } });
    expect(failed).toHaveLength(5);
    expect(failed[0]).toMatchObject({ actorId: null, data: { login, reason: "unknown", failures: 1 } });
    // The test database holds many districts, so an unknown login belongs to none of them.
    expect(failed[0].districtId).toBeNull();
  });

  it("refuses an address after twenty failures across logins, for any login", async () => {
    const { clerk } = await userWithPassword();
    for (let i = 1; i <= 20; i++) await authenticate({ login: `guess-${i}-${Date.now()}`, password: "Wrong#1xx" });
    expect(await authenticate({ login: clerk.login, password })).toEqual({ ok: false, reason: "LOCKED" });
    const ipLocks = await db.auditEvent.findMany({ where: { kind: "AUTH_LOCKED", ip: meta.ip } });
    expect(ipLocks.filter((e) => (e.data as { scope: string }).scope === "IP")).toHaveLength(1);
    meta.ip = newAddress();
    expect((await authenticate({ login: clerk.login, password })).ok).toBe(true);
  });

  it("does not let a right password clear the address's count", async () => {
    const { clerk } = await userWithPassword();
    for (let i = 1; i <= 19; i++) await authenticate({ login: `guess-${i}-${Date.now()}`, password: "Wrong#1xx" });
    expect((await authenticate({ login: clerk.login, password })).ok).toBe(true);
    await authenticate({ login: "guess-last", password: "Wrong#1xx" });
    expect(await authenticate({ login: clerk.login, password })).toEqual({ ok: false, reason: "LOCKED" });
  });
});

describe("passwords", () => {
  it("changes a password: other sessions end, this one stays, the change is audited", async () => {
    const { clerk } = await userWithPassword();
    const current = await signIn(clerk.login);
    const other = await signIn(clerk.login);
    const sessionId = (await validateSession({ token: current.sessionToken }))!.sessionId;
    const result = await changePassword({ actor: clerk, sessionId, input: { currentPassword: password, newPassword: "Second#Pass2" } });
    expect(result).toEqual({ endedSessions: 1 });
    expect(await validateSession({ token: other.sessionToken })).toBeNull();
    expect(await validateSession({ token: current.sessionToken })).not.toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { tokenHash: hashSessionToken(other.sessionToken) } })).endReason).toBe("PASSWORD_CHANGED");
    expect(await eventsOf("AUTH_PASSWORD_CHANGED", { actorId: clerk.id })).toHaveLength(1);
    expect((await authenticate({ login: clerk.login, password })).ok).toBe(false);
    expect((await authenticate({ login: clerk.login, password: "Second#Pass2" })).ok).toBe(true);
  });

  it("refuses a wrong current password, a weak one, and any of the last five, then accepts the sixth-oldest", async () => {
    const { clerk } = await userWithPassword();
    const session = await signIn(clerk.login);
    const sessionId = (await validateSession({ token: session.sessionToken }))!.sessionId;
    const change = (currentPassword: string, newPassword: string) => changePassword({ actor: clerk, sessionId, input: { currentPassword, newPassword } });

    await expectAppError(change("Not#ThePass1", "Fresh#Pass9"), "WRONG_PASSWORD");
    expect((await expectAppError(change(password, "short1A"), "WEAK_PASSWORD")).message).toBe("密码至少 8 位。");
    expect((await expectAppError(change(password, `${clerk.login}#A1`), "WEAK_PASSWORD")).message).toBe("密码不能包含账号名。");
    await expectAppError(change(password, password), "PASSWORD_REUSED");

    const used = [password, "Pass#0001a", "Pass#0002a", "Pass#0003a", "Pass#0004a", "Pass#0005a", "Pass#0006a"];
    for (let i = 1; i < used.length; i++) await change(used[i - 1], used[i]);
    // The current one and the four before it are the last five; the one before those is free again.
    for (const old of used.slice(2)) await expectAppError(change(used[6], old), "PASSWORD_REUSED");
    await change(used[6], used[1]);
    expect(await db.passwordHistory.count({ where: { userId: clerk.id } })).toBe(5);
  });

  it("resets a password: one-time, every session ended, audited, and must be changed at the next sign-in", async () => {
    const { world, clerk } = await userWithPassword();
    const session = await signIn(clerk.login);
    await db.$transaction((tx) => resetPassword(tx, { userId: clerk.id, districtId: world.district.id, newPassword: "OneTime#2030", actorId: world.admin.id }));
    expect(await validateSession({ token: session.sessionToken })).toBeNull();
    expect(await db.user.findUniqueOrThrow({ where: { id: clerk.id }, select: { mustChangePassword: true } })).toEqual({ mustChangePassword: true });
    expect(await eventsOf("AUTH_PASSWORD_RESET", { targetId: clerk.id })).toHaveLength(1);
    expect((await eventsOf("AUTH_SESSION_ENDED", { targetId: clerk.id })).map((e) => e.data)).toEqual([{ reason: "PASSWORD_RESET", count: 1 }]);

    const next = await signIn(clerk.login, "OneTime#2030");
    const valid = await validateSession({ token: next.sessionToken });
    expect(valid?.user.mustChangePassword).toBe(true);
    await changePassword({ actor: clerk, sessionId: valid!.sessionId, input: { currentPassword: "OneTime#2030", newPassword: "Own#Pass2030" } });
    expect((await validateSession({ token: next.sessionToken }))?.user.mustChangePassword).toBe(false);
  });

  it("refuses a reset to a password that breaks the rules and changes nothing", async () => {
    const { world, clerk } = await userWithPassword();
    await expectAppError(
      db.$transaction((tx) => resetPassword(tx, { userId: clerk.id, districtId: world.district.id, newPassword: "abc", actorId: world.admin.id })),
      "WEAK_PASSWORD",
    );
    expect(await db.user.findUniqueOrThrow({ where: { id: clerk.id }, select: { mustChangePassword: true } })).toEqual({ mustChangePassword: false });
  });
});

describe("refused report pages", () => {
  it("records a clerk opening another unit's report, and not a mistyped id", async () => {
    const world = await createWorld();
    const report = await createReport(world);
    const path = `/workspace/reports/${report.id}`;
    await expect(denyReportPage({ actor: world.otherClerk, path, reportId: report.id })).rejects.toThrow();
    await expect(denyReportPage({ actor: world.otherClerk, path: "/workspace/reports/nope", reportId: "nope" })).rejects.toThrow();
    const events = await eventsOf("PAGE_DENIED", { actorId: world.otherClerk.id });
    expect(events.map((e) => e.data)).toEqual([{ path, reason: "OTHER_UNIT", reportId: report.id }]);
  });
});
