import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { getRequestMeta } from "@/lib/audit/request-meta";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import { createSession } from "@/lib/auth/sessions/create-session";
import { throttleLogin } from "@/lib/auth/throttle/throttle-rules";
import { clearPairFailures, countSignInFailure, isSignInThrottled } from "@/lib/auth/throttle/login-throttle";

export type AuthenticatedUser = { id: string; name: string; role: Role; unitId: string | null; districtId: string; sessionToken: string };

export type AuthenticateResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: "INVALID" | "LOCKED" };

// Verified against when the login is unknown or inactive, so every answer costs one argon2 hash
// and the time taken does not tell whether an account exists.
let dummyHash: Promise<string> | null = null;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(`dummy-${Math.random()}`);
  return dummyHash;
}

/** The district a failure of an unknown login belongs to: the only one, when there is one. */
async function soleDistrictId(): Promise<string | null> {
  const districts = await db.district.findMany({ take: 2, select: { id: true } });
  return districts.length === 1 ? districts[0].id : null;
}

/**
 * Checks a login and password under the sign-in limits (lib/auth/throttle) and, when right,
 * opens a server-side session. Unknown logins, inactive accounts and wrong passwords get one
 * answer, and a locked pair or address gets the same LOCKED answer for any login.
 */
export async function authenticate(options: { login: string; password: string; now?: Date }): Promise<AuthenticateResult> {
  const now = options.now ?? new Date();
  const meta = await getRequestMeta();
  const ip = meta.ip ?? "unknown";
  const login = throttleLogin(options.login);
  const user = await db.user.findUnique({ where: { login: options.login }, omit: { passwordHash: false } });
  const known = user?.isActive ? user : null;

  // A locked pair or address is answered before any password is checked: a flood from it then
  // costs a database read, not an argon2 hash (the answer "locked" tells nothing of the password).
  const throttled = await isSignInThrottled({ login, ip, now });
  const isValid = !throttled && (await verifyPassword(known?.passwordHash ?? (await getDummyHash()), options.password));
  const districtId = user?.districtId ?? (await soleDistrictId());

  if (throttled) {
    await db.$transaction((tx) =>
      recordAudit(tx, { kind: "AUTH_LOGIN_FAILED", districtId, actorId: user?.id, data: { login, reason: "locked" } }),
    );
    return { ok: false, reason: "LOCKED" };
  }

  if (!known || !isValid) {
    const counted = await db.$transaction(async (tx) => {
      const result = await countSignInFailure(tx, { login, ip, now });
      const reason = !user ? "unknown" : !user.isActive ? "inactive" : "password";
      await recordAudit(tx, { kind: "AUTH_LOGIN_FAILED", districtId, actorId: user?.id, data: { login, reason, failures: result.failures } });
      for (const scope of result.lockedScopes) {
        await recordAudit(tx, {
          kind: "AUTH_LOCKED",
          districtId,
          actorId: user?.id,
          data: { scope, login: scope === "ACCOUNT_IP" ? login : null, ip, minutes: 15 },
        });
      }
      return result;
    });
    return { ok: false, reason: counted.lockedScopes.length > 0 ? "LOCKED" : "INVALID" };
  }

  const { token } = await db.$transaction(async (tx) => {
    await clearPairFailures(tx, { login, ip });
    await tx.user.update({ where: { id: known.id }, data: { lastLoginAt: now, lastLoginIp: meta.ip } });
    const session = await createSession(tx, { userId: known.id, ip: meta.ip, userAgent: meta.userAgent, now });
    await recordAudit(tx, { kind: "AUTH_LOGIN", districtId: known.districtId, actorId: known.id, data: { sessionId: session.sessionId } });
    return session;
  });
  return {
    ok: true,
    user: { id: known.id, name: known.name, role: known.role, unitId: known.unitId, districtId: known.districtId, sessionToken: token },
  };
}
