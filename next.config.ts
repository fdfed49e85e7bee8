import path from "node:path";
import type { NextConfig } from "next";
import { largestBodyLimit } from "./lib/http/body-limits";

const securityHeaders = [
  {
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      // React's dev tooling needs eval; production never gets it.
      `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ].join("; "),
  },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];

// Public pages are the same for every reader and change only when something is published,
// corrected or withdrawn. The app keeps them in its own cache and revalidates them then; a
// reverse proxy (deploy/nginx.conf) may keep them for one second, browsers always revalidate.
// Without this, Next would send its own s-maxage of a year for these cached pages.
const publicPageCache = [{ key: "Cache-Control", value: "public, max-age=0, s-maxage=1" }];
// Anything tied to a session is never stored by a proxy or the browser.
const privateCache = [{ key: "Cache-Control", value: "private, no-store" }];

// Few rules, each a group: Next matches every rule against every request.
const publicPagePaths = ["/", "/:section(overview|years|reports)/:path*"];
const privatePaths = ["/:section(workspace|review|admin|login)/:path*", "/api/auth/:path*"];

// Several instances share their page cache through Redis (cache-handler.mjs); one instance keeps
// it in its own memory. Read when the server starts, so REDIS_URL is a setting of `npm start`.
const sharedCache: Partial<NextConfig> = process.env.REDIS_URL
  ? { cacheHandler: path.resolve("cache-handler.mjs"), cacheMaxMemorySize: 0 }
  : {};

const nextConfig: NextConfig = {
  ...sharedCache,
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pg", "exceljs"],
  experimental: {
    // proxy.ts refuses bodies over each path's limit (lib/http/body-limits.ts) with a 413 and a
    // Chinese message. Next's own limits are the largest of them, so Next (which would answer 500)
    // never refuses first, and the copy of a body the proxy reads is never cut short.
    serverActions: { bodySizeLimit: largestBodyLimit },
    proxyClientMaxBodySize: largestBodyLimit + 1,
    // Cached public pages live in memory only (bounded by cacheMaxMemorySize): a restart starts
    // from the database as it is now, and odd URLs cannot fill the disk.
    isrFlushToDisk: false,
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      ...publicPagePaths.map((source) => ({ source, headers: publicPageCache })),
      ...privatePaths.map((source) => ({ source, headers: privateCache })),
    ];
  },
  async rewrites() {
    // The entry page is the 街镇 overview. A rewrite rather than a page of its own: a page at "/"
    // would be prerendered by `next build`, which must not read the database.
    return [{ source: "/", destination: "/overview/towns" }];
  },
};

export default nextConfig;
