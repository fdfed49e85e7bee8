// Demo accounts: a clerk for every unit but one (whose clerk has left), and one account locked
// after five wrong passwords from one address, as the sign-in throttle would leave it.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { clerkNames, lockedAccount, unitWithoutClerk } from "./demo-plan";
import { demoPassword } from "../seed-data";
import { setClock } from "./clock";

const browser = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";

/** Creates the missing clerks (at `at`, by the admin, audited) and returns the active ones as actors by unit slug. */
export async function ensureClerks(districtId: string, admin: Actor, at: Date): Promise<Map<string, Actor>> {
  const units = await db.unit.findMany({ where: { districtId }, select: { id: true, slug: true, shortName: true } });
  const names: Record<string, string> = { ...clerkNames, [unitWithoutClerk.slug]: unitWithoutClerk.formerClerk };
  setClock(at);
  for (const unit of units) {
    const name = names[unit.slug];
    if (!name || (await db.user.findUnique({ where: { login: unit.slug }, select: { id: true } }))) continue;
    const passwordHash = await hashPassword(demoPassword);
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { districtId, login: unit.slug, name, role: "CLERK", unitId: unit.id, passwordHash }, select: { id: true } });
      await recordAudit(tx, {
        kind: "USER_CREATED",
        actorId: admin.id,
        districtId,
        targetId: user.id,
        data: { before: null, after: { login: unit.slug, name, role: "CLERK", unit: unit.shortName } },
      });
    });
  }
  // Every demo clerk's login is its unit's slug (zhenxi and sifaju from the base seed too).
  const clerks = await db.user.findMany({
    where: { districtId, role: "CLERK", isActive: true, login: { in: units.map((u) => u.slug) } },
    select: { id: true, role: true, unitId: true, districtId: true, login: true },
  });
  return new Map(clerks.map(({ login, ...clerk }) => [login, clerk]));
}

/** The clerk of 义和镇 has left: the admin deactivated the account (once). */
export async function deactivateFormerClerk(admin: Actor, at: Date): Promise<void> {
  const user = await db.user.findUnique({ where: { login: unitWithoutClerk.slug }, select: { id: true, isActive: true, districtId: true } });
  if (!user?.isActive) return;
  setClock(at);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { isActive: false } });
    await recordAudit(tx, { kind: "USER_DEACTIVATED", actorId: admin.id, districtId: user.districtId, targetId: user.id, data: { before: { isActive: true }, after: { isActive: false } } });
  });
}

/**
 * Five wrong passwords for one clerk from one address this morning: locked until the end of
 * the day (China time). Written directly, as the sign-in throttle would; a later run on
 * another day locks it again until that day's end.
 */
export async function lockAccount(districtId: string, today: Date, now: Date): Promise<void> {
  const lockedUntil = new Date(today.getTime() + 16 * 3_600_000 - 1);
  const key = { scope_login_ip: { scope: "ACCOUNT_IP", login: lockedAccount.login, ip: lockedAccount.ip } };
  const existing = await db.loginThrottle.findUnique({ where: key, select: { lockedUntil: true } });
  if (existing?.lockedUntil && existing.lockedUntil.getTime() >= lockedUntil.getTime()) return;
  const user = await db.user.findUniqueOrThrow({ where: { login: lockedAccount.login }, select: { id: true } });
  const firstTry = new Date(Math.min(now.getTime(), today.getTime() + 3 * 3_600_000) - 5 * 60_000);
  setClock(firstTry);
  await db.$transaction(async (tx) => {
    const data = { failures: 5, windowStart: firstTry, lockedUntil };
    await tx.loginThrottle.upsert({ where: key, create: { scope: "ACCOUNT_IP", login: lockedAccount.login, ip: lockedAccount.ip, ...data }, update: data });
    for (let failures = 1; failures <= 5; failures++) {
      const createdAt = new Date(firstTry.getTime() + failures * 40_000);
      await tx.auditEvent.create({
        data: { kind: "AUTH_LOGIN_FAILED", districtId, actorId: user.id, data: { failures }, ip: lockedAccount.ip, userAgent: browser, createdAt },
      });
    }
    await tx.auditEvent.create({
      data: { kind: "AUTH_LOCKED", districtId, actorId: user.id, data: { until: lockedUntil.toISOString() }, ip: lockedAccount.ip, userAgent: browser, createdAt: new Date(firstTry.getTime() + 201_000) },
    });
  });
}
