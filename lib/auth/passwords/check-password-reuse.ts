import "server-only";
import type { Db, Tx } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { passwordHistoryDepth } from "@/lib/auth/password-policy";

/**
 * Whether the password matches the current one or one of the previous ones (five in all).
 * Each check is an argon2 verify, so this costs up to five hashes; it runs only on a change,
 * and outside the transaction that stores the password (on SQLite a transaction holds the one
 * write lock of the whole app).
 */
export async function isRecentPassword(tx: Db | Tx, options: { userId: string; password: string }): Promise<boolean> {
  const [user, history] = await Promise.all([
    tx.user.findUniqueOrThrow({ where: { id: options.userId }, select: { passwordHash: true } }),
    tx.passwordHistory.findMany({
      where: { userId: options.userId },
      orderBy: { createdAt: "desc" },
      take: passwordHistoryDepth,
      select: { passwordHash: true },
    }),
  ]);
  // The current hash is normally also the newest history row; count it once.
  const hashes = [...new Set([user.passwordHash, ...history.map((h) => h.passwordHash)])].slice(0, passwordHistoryDepth);
  for (const hash of hashes) {
    if (await verifyPassword(hash, options.password)) return true;
  }
  return false;
}

/** Stores the new hash as the user's password and in the history, keeping the last five. */
export async function storePassword(tx: Tx, options: { userId: string; passwordHash: string; mustChange: boolean; now: Date }): Promise<void> {
  await tx.user.update({
    where: { id: options.userId },
    data: { passwordHash: options.passwordHash, passwordChangedAt: options.now, mustChangePassword: options.mustChange },
  });
  await tx.passwordHistory.create({ data: { userId: options.userId, passwordHash: options.passwordHash, createdAt: options.now } });
  const old = await tx.passwordHistory.findMany({
    where: { userId: options.userId },
    orderBy: { createdAt: "desc" },
    skip: passwordHistoryDepth,
    select: { id: true },
  });
  if (old.length > 0) await tx.passwordHistory.deleteMany({ where: { id: { in: old.map((row) => row.id) } } });
}
