import "server-only";
import type { Tx } from "@/lib/db";
import { sessionMaxSeconds } from "@/lib/auth/session-policy";
import { hashSessionToken, newSessionToken } from "@/lib/auth/sessions/session-token";

export type CreateSessionOptions = { userId: string; ip: string | null; userAgent: string | null; now: Date; maxSeconds?: number };

/** Opens a session at sign-in; the returned token goes into the cookie and is never stored. */
export async function createSession(tx: Tx, options: CreateSessionOptions): Promise<{ sessionId: string; token: string }> {
  const token = newSessionToken();
  const maxSeconds = options.maxSeconds ?? sessionMaxSeconds;
  const session = await tx.session.create({
    data: {
      tokenHash: hashSessionToken(token),
      userId: options.userId,
      createdAt: options.now,
      lastSeenAt: options.now,
      expiresAt: new Date(options.now.getTime() + maxSeconds * 1000),
      ip: options.ip,
      userAgent: options.userAgent,
    },
    select: { id: true },
  });
  return { sessionId: session.id, token };
}
