import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, 2 passes): memory-hard, as 等保 asks.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** At least 8 characters from at least three of: lower case, upper case, digits, symbols. */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return "密码至少 8 位。";
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) => re.test(password)).length;
  return classes >= 3 ? null : "密码须包含大写字母、小写字母、数字、符号中的至少三类。";
}
