import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { sessionCookieNames } from "@/lib/auth/session-policy";
import { validateSession, type SessionUser } from "@/lib/auth/sessions/validate-session";
import type { Actor } from "@/lib/auth/permissions";

export type CurrentUser = Actor & { name: string; login: string; unitName: string | null; sessionId: string; mustChangePassword: boolean };

/** The session token in the request's next-auth cookie, or null. */
async function sessionToken(): Promise<string | null> {
  const jar = await cookies();
  const raw = sessionCookieNames.map((name) => jar.get(name)?.value).find(Boolean);
  if (!raw) return null;
  try {
    const token = await decode({ token: raw, secret: env.NEXTAUTH_SECRET });
    return typeof token?.sid === "string" ? token.sid : null;
  } catch {
    return null;
  }
}

function toCurrentUser(sessionId: string, user: SessionUser): CurrentUser {
  return { ...user, sessionId };
}

/**
 * The signed-in user whatever the state of their password: for the password page and the header.
 * Checks the server-side session on every call (cached for seconds), so a session ended by
 * 退出登录, a reset, an admin, idleness or age is signed out at its next request.
 */
export const getSessionUser = cache(async (): Promise<CurrentUser | null> => {
  const token = await sessionToken();
  if (!token) return null;
  const session = await validateSession({ token });
  return session ? toCurrentUser(session.sessionId, session.user) : null;
});

/**
 * The signed-in user every page, server action and route handler acts for. Null when signed out,
 * and also while a one-time password awaits its change, so nothing else can be done until then.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const user = await getSessionUser();
  return user && !user.mustChangePassword ? user : null;
});

/** Pages and actions: signed out → /login; one-time password → /account/password first. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword) redirect("/account/password");
  return user;
}

/** The password page and its action: signed in is enough, a pending one-time password included. */
export async function requireSessionUser(): Promise<CurrentUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}
