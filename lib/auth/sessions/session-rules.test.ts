import { describe, expect, it } from "vitest";
import { sessionState, shouldTouch } from "@/lib/auth/sessions/session-rules";

const signIn = new Date("2030-05-01T08:00:00Z");
const at = (seconds: number) => new Date(signIn.getTime() + seconds * 1000);
const open = { lastSeenAt: signIn, expiresAt: at(12 * 3600), endedAt: null };

describe("sessionState", () => {
  it("is active within 30 minutes of the last request", () => {
    expect(sessionState(open, at(1800), 1800)).toBe("ACTIVE");
  });

  it("is idle after 30 minutes without a request", () => {
    expect(sessionState(open, at(1801), 1800)).toBe("IDLE");
  });

  it("is expired 12 hours after sign-in even when in use", () => {
    const busy = { ...open, lastSeenAt: at(12 * 3600 - 10) };
    expect(sessionState(busy, at(12 * 3600 - 1), 1800)).toBe("ACTIVE");
    expect(sessionState(busy, at(12 * 3600), 1800)).toBe("EXPIRED");
  });

  it("is ended once ended, whatever the times", () => {
    expect(sessionState({ ...open, endedAt: at(5) }, at(6), 1800)).toBe("ENDED");
  });
});

describe("shouldTouch", () => {
  it("writes lastSeenAt at most once a minute", () => {
    expect(shouldTouch(signIn, at(59))).toBe(false);
    expect(shouldTouch(signIn, at(60))).toBe(true);
  });
});
