import "server-only";
import { LRUCache } from "lru-cache";
import type { ValidSession } from "@/lib/auth/sessions/validate-session";

export type CachedSession = ValidSession & { lastSeenAt: Date; expiresAt: Date };

// A few seconds at most (DESIGN.md §11): the staleness another instance may see after a session
// ends there. This instance forgets a user's entries as soon as it ends their sessions itself.
const ttlMs = 5_000;

const cache = new LRUCache<string, CachedSession>({ max: 5_000, ttl: ttlMs });

// Bumped by every forget. A request that read a session row before a sign-out committed must
// not put it back as valid afterwards: it may store its entry only if nothing was forgotten
// since it started reading (`epoch()` before the read, passed to `set`).
let forgets = 0;

export const sessionCache = {
  get: (tokenHash: string) => cache.get(tokenHash),
  epoch: () => forgets,
  set(tokenHash: string, entry: CachedSession, readAtEpoch: number) {
    if (readAtEpoch === forgets) cache.set(tokenHash, entry);
  },
  forget(tokenHash: string) {
    forgets += 1;
    cache.delete(tokenHash);
  },
  forgetUser(userId: string) {
    forgets += 1;
    for (const [key, entry] of cache.entries()) {
      if (entry.user.id === userId) cache.delete(key);
    }
  },
};
