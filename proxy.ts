import { NextResponse, type NextRequest } from "next/server";
import { encode, getToken } from "next-auth/jwt";
import { env } from "@/lib/env";
import { sessionCookieNames, sessionMaxAgeSeconds } from "@/lib/auth/session-policy";
import { legacyListPath } from "@/lib/public/browse-params";
import { guardRequest } from "@/lib/http/guard-request";
import { refusalResponse } from "@/lib/http/refuse-request";

// Cheap jobs only: refuse requests Next would answer with a 500 (foreign Origin, oversize or
// undecodable bodies: lib/http/guard-request.ts), send signed-out visitors to the sign-in page,
// and slide the session's 30-minute idle limit forward on each workspace request. Every page,
// action and route handler still checks the session and permissions itself (lib/auth). Besides,
// old list links ("/?kind=department&year=2022") move to the lists' own paths.
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
  const response = NextResponse.next();
  // Re-issue the cookie at most once a minute: a Set-Cookie on a server action makes Next
  // re-render the whole page into the action's response, which autosave would pay every time.
  const issuedAt = typeof token.iat === "number" ? token.iat : 0;
  if (Date.now() / 1000 - issuedAt < 60) return response;
  const cookieName = sessionCookieNames.find((name) => request.cookies.has(name)) ?? sessionCookieNames[1];
  response.cookies.set(cookieName, await encode({ token, secret: env.NEXTAUTH_SECRET, maxAge: sessionMaxAgeSeconds }), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: cookieName.startsWith("__Secure-"),
    maxAge: sessionMaxAgeSeconds,
  });
  return response;
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
    "/login/:path*",
    "/api/auth/:path*",
    { source: "/", has: [{ type: "query", key: "kind" }] },
    { source: "/", has: [{ type: "query", key: "year" }] },
  ],
};
