import { describe, expect, it } from "vitest";
import { isThrottled, lockUntil, throttleLimits, throttleLogin, throttleStep, type ThrottleLimit, type ThrottleRow } from "@/lib/auth/throttle/throttle-rules";

const t0 = new Date("2030-05-01T08:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

/** Applies failures the way countSignInFailure does, with the pure rules alone. */
function fail(row: ThrottleRow | null, now: Date, limit: ThrottleLimit): ThrottleRow {
  const counted = throttleStep(row, now, limit) === "RESTART" ? { failures: 1, windowStart: now, lockedUntil: null } : { ...row!, failures: row!.failures + 1 };
  const until = lockUntil(counted, now, limit);
  return until ? { ...counted, lockedUntil: until } : counted;
}

describe("sign-in limits", () => {
  const pair = throttleLimits.ACCOUNT_IP;

  it("locks a (login, address) pair at the fifth failure within 15 minutes, for 15 minutes", () => {
    let row: ThrottleRow | null = null;
    for (let i = 0; i < 4; i++) row = fail(row, at(i), pair);
    expect(isThrottled(row, at(4))).toBe(false);
    row = fail(row, at(4), pair);
    expect(row.lockedUntil).toEqual(at(19));
    expect(isThrottled(row, at(18))).toBe(true);
    expect(isThrottled(row, at(19))).toBe(false);
  });

  it("starts a new window when the failures are more than 15 minutes apart", () => {
    let row: ThrottleRow | null = null;
    for (let i = 0; i < 4; i++) row = fail(row, at(i), pair);
    row = fail(row, at(16), pair);
    expect(row).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it("counts afresh once a lock has lapsed", () => {
    const locked: ThrottleRow = { failures: 5, windowStart: at(0), lockedUntil: at(15) };
    expect(throttleStep(locked, at(10), pair)).toBe("COUNT");
    expect(throttleStep(locked, at(15), pair)).toBe("RESTART");
  });

  it("does not extend a lock with further failures", () => {
    const locked: ThrottleRow = { failures: 6, windowStart: at(0), lockedUntil: at(15) };
    expect(lockUntil(locked, at(5), pair)).toBeNull();
  });

  it("allows an address twenty failures across logins before locking it", () => {
    let row: ThrottleRow | null = null;
    for (let i = 0; i < 19; i++) row = fail(row, at(i * 0.5), throttleLimits.IP);
    expect(isThrottled(row, at(10))).toBe(false);
    row = fail(row, at(10), throttleLimits.IP);
    expect(isThrottled(row, at(10))).toBe(true);
  });

  it("counts logins case-insensitively", () => {
    expect(throttleLogin("  ZhenXi ")).toBe("zhenxi");
  });
});
