import { env } from "@/lib/env";

/** Server-side limits (DESIGN.md §11): idle from the session's last request, absolute from sign-in. */
export const sessionIdleSeconds = env.SESSION_IDLE_SECONDS;
export const sessionMaxSeconds = env.SESSION_MAX_SECONDS;

/** The cookie lives as long as the longest session; whether it still counts is decided on the server. */
export const sessionMaxAgeSeconds = sessionMaxSeconds;

export const sessionCookieNames = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;
