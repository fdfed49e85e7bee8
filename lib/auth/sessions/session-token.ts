import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** 256 random bits; the cookie carries it inside the signed and encrypted next-auth JWT. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only the hash is stored, so a copy of the database does not hold usable session ids. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
