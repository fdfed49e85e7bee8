import "server-only";
import { LRUCache } from "lru-cache";
import { env } from "@/lib/env";
import type { ValidSession } from "@/lib/auth/sessions/valid-session";

export type CachedSession = ValidSession & { lastSeenAt: Date; expiresAt: Date };

// A few seconds at most (DESIGN.md §11). This instance forgets a user's entries as soon as it
// ends their sessions itself; another instance would go on accepting an ended session until its
// entry expires, so with several instances (REDIS_URL set) nothing is cached: every request reads
// its session row (one indexed read), and a sign-out on one instance is refused by all at once.
const ttlMs = 5_000;
const enabled = !env.REDIS_URL;

// Next bundles route handlers (next-auth's sign-out) and pages separately, each with its own copy
// of this module: the state lives on globalThis so a sign-out in one is seen by all of them.
type CacheState = { cache: LRUCache<string, CachedSession>; forgets: number };
const globalState = globalThis as unknown as { fazhiSessionCache?: CacheState };
const state: CacheState = (globalState.fazhiSessionCache ??= { cache: new LRUCache<string, CachedSession>({ max: 5_000, ttl: ttlMs }), forgets: 0 });
const cache = state.cache;

// Bumped by every forget. A request that read a session row before a sign-out committed must
// not put it back as valid afterwards: it may store its entry only if nothing was forgotten
// since it started reading (`epoch()` before the read, passed to `set`).
export const sessionCache = {
  get: (tokenHash: string) => cache.get(tokenHash),
  epoch: () => state.forgets,
  set(tokenHash: string, entry: CachedSession, readAtEpoch: number) {
    if (enabled && readAtEpoch === state.forgets) cache.set(tokenHash, entry);
  },
  forget(tokenHash: string) {
    state.forgets += 1;
    cache.delete(tokenHash);
  },
  forgetUser(userId: string) {
    state.forgets += 1;
    for (const [key, entry] of cache.entries()) {
      if (entry.user.id === userId) cache.delete(key);
    }
  },
};
