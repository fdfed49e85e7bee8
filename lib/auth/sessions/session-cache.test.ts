import { describe, expect, it } from "vitest";
import { sessionCache, type CachedSession } from "@/lib/auth/sessions/session-cache";

const entry = (userId: string): CachedSession => ({
  sessionId: `s-${userId}`,
  user: { id: userId, name: "王晓芳", login: userId, role: "CLERK", unitId: "u1", districtId: "d1", mustChangePassword: false, unitName: "珍溪镇" },
  lastSeenAt: new Date(0),
  expiresAt: new Date(0),
});

describe("sessionCache", () => {
  it("keeps an entry read while nothing was forgotten", () => {
    const epoch = sessionCache.epoch();
    sessionCache.set("hash-a", entry("a"), epoch);
    expect(sessionCache.get("hash-a")?.sessionId).toBe("s-a");
  });

  it("refuses an entry whose read began before a sign-out forgot its session", () => {
    const readAtEpoch = sessionCache.epoch();
    sessionCache.forget("hash-b");
    sessionCache.set("hash-b", entry("b"), readAtEpoch);
    expect(sessionCache.get("hash-b")).toBeUndefined();
  });

  it("forgets every entry of a user whose sessions were ended, and refuses reads begun before", () => {
    sessionCache.set("hash-c1", entry("c"), sessionCache.epoch());
    const readAtEpoch = sessionCache.epoch();
    sessionCache.forgetUser("c");
    expect(sessionCache.get("hash-c1")).toBeUndefined();
    sessionCache.set("hash-c2", entry("c"), readAtEpoch);
    expect(sessionCache.get("hash-c2")).toBeUndefined();
  });
});
