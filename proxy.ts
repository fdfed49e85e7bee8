import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";
import { legacyListPath } from "@/lib/public/browse-params";
import { guardRequest } from "@/lib/http/guard-request";
import { refusalResponse } from "@/lib/http/refuse-request";

// Cheap jobs only: refuse requests Next would answer with a 500 (foreign Origin, oversize or
// undecodable bodies: lib/http/guard-request.ts), and send visitors without a session cookie to
// the sign-in page. Whether a cookie still counts (signed out, idle, too old, password reset) is
// decided on the server by every page, action and route handler (lib/auth/session.ts); the cookie
// is never re-issued here, as the server-side session now carries the idle limit. Besides, old
// list links ("/?kind=department&year=2022") move to the lists' own paths.
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === "/") return redirectLegacyList(request);
  const refused = await guardRequest({ method: request.method, pathname, headers: request.headers, body: request.body }, [env.NEXTAUTH_URL, env.SITE_URL]);
  if (refused) return refusalResponse(refused, pathname);
  // Sign-in and next-auth's own endpoints pass through the proxy only for the request checks.
  if (isSignInPath(pathname)) return NextResponse.next();
  const token = await getToken({ req: request, secret: env.NEXTAUTH_SECRET });
  if (!token) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(login);
  }
  return NextResponse.next();
}

function isSignInPath(pathname: string) {
  return pathname === "/login" || pathname.startsWith("/login/") || pathname.startsWith("/api/auth/");
}

function redirectLegacyList(request: NextRequest) {
  const path = legacyListPath(request.nextUrl.searchParams);
  return path ? NextResponse.redirect(new URL(path, request.url), 308) : NextResponse.next();
}

// Public pages never reach the proxy (they are served from the cache as they are), except "/"
// with the old list query. Every path with server actions or route handlers that take a body
// does, for the request checks (lib/http/guard-request.ts).
export const config = {
  matcher: [
    "/workspace/:path*",
    "/review/:path*",
    "/admin/:path*",
    "/account/:path*",
    "/notifications/:path*",
    "/login/:path*",
    "/api/auth/:path*",
    { source: "/", has: [{ type: "query", key: "kind" }] },
    { source: "/", has: [{ type: "query", key: "year" }] },
  ],
};
