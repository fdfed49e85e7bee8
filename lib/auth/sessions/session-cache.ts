import "server-only";
import { LRUCache } from "lru-cache";
import type { ValidSession } from "@/lib/auth/sessions/validate-session";

export type CachedSession = ValidSession & { lastSeenAt: Date; expiresAt: Date };

// A few seconds at most (DESIGN.md §11): the staleness another instance may see after a session
// ends there. This instance forgets a user's entries as soon as it ends their sessions itself.
const ttlMs = 5_000;

const cache = new LRUCache<string, CachedSession>({ max: 5_000, ttl: ttlMs });

export const sessionCache = {
  get: (tokenHash: string) => cache.get(tokenHash),
  set: (tokenHash: string, entry: CachedSession) => void cache.set(tokenHash, entry),
  forget: (tokenHash: string) => void cache.delete(tokenHash),
  forgetUser(userId: string) {
    for (const [key, entry] of cache.entries()) {
      if (entry.user.id === userId) cache.delete(key);
    }
  },
};
