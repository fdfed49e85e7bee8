import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: the password is read off a screen and typed in by someone else.
const classes = ["abcdefghijkmnopqrstuvwxyz", "ABCDEFGHJKLMNPQRSTUVWXYZ", "23456789", "@#%+=?!-"] as const;

/**
 * A one-time initial password: 12 crypto-random characters with at least one of each of the four
 * classes, so it always meets the password policy (lib/auth/password.ts) whatever the login is.
 */
export function generateOneTimePassword(length = 12): string {
  const all = classes.join("");
  const chars = classes.map((set) => set[randomInt(set.length)]);
  while (chars.length < length) chars.push(all[randomInt(all.length)]);
  // Fisher–Yates, so the guaranteed characters are not always in front.
  for (let i = chars.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join("");
}
