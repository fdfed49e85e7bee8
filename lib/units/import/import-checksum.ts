import { createHash } from "node:crypto";

/** Ties a confirmation to the very file that was previewed. */
export function importChecksum(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
