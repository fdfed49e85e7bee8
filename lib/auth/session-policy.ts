/** Sessions end after 30 minutes without activity (等保 2.0); proxy.ts renews them on each request. */
export const sessionMaxAgeSeconds = 30 * 60;

export const sessionCookieNames = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;
