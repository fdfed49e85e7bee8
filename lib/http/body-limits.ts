// The one table of request body limits (README: 生产部署 → 请求大小限制). proxy.ts answers 413
// before a larger body reaches an action or route handler; next.config.ts sets Next's own
// server-action limit to the largest entry, so Next never refuses first (it would answer 500).
// Plain data with no imports: next.config.ts loads it outside the app's bundles.

export type BodyLimit = { prefix: string; bytes: number; label: string };

const kb = 1024;
const mb = 1024 * kb;

/** Longest matching prefix wins; paths the proxy does not see are not limited here. */
export const bodyLimits: readonly BodyLimit[] = [
  // Sign-in, sign-out and the CSRF form: a login, a password and a token.
  { prefix: "/api/auth", bytes: 16 * kb, label: "16 KB" },
  // The unit import (CSV or XLSX file) is posted to an action on the units pages.
  { prefix: "/admin/units", bytes: 2 * mb, label: "2 MB" },
  // Report imports (a .docx or .txt of at most 10 MB, lib/import/read-source-file.ts) are
  // posted to actions on these pages.
  { prefix: "/workspace/import", bytes: 11 * mb, label: "11 MB" },
  { prefix: "/admin/import", bytes: 11 * mb, label: "11 MB" },
  // Every other server action: a section's text is at most 20,000 characters (60 KB as UTF-8).
  { prefix: "/", bytes: 1 * mb, label: "1 MB" },
];

export const largestBodyLimit = Math.max(...bodyLimits.map((limit) => limit.bytes));

function isUnder(pathname: string, prefix: string): boolean {
  return prefix === "/" || pathname === prefix || pathname.startsWith(`${prefix}/`);
}

export function bodyLimitFor(pathname: string): BodyLimit {
  let best = bodyLimits[bodyLimits.length - 1];
  for (const limit of bodyLimits) {
    if (isUnder(pathname, limit.prefix) && limit.prefix.length > best.prefix.length) best = limit;
  }
  return best;
}
