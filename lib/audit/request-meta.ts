import "server-only";

export type RequestMeta = { ip: string | null; userAgent: string | null };

/** IP and user agent of the current request; empty outside a request (scripts, tests). */
export async function getRequestMeta(): Promise<RequestMeta> {
  try {
    const { headers } = await import("next/headers");
    const h = await headers();
    // X-Real-IP first: the shipped nginx front sets it from the connection, overwriting anything
    // a client sent. Without a proxy, Next fills X-Forwarded-For from the socket only when the
    // client sent none, so that value is the client's word (noted in the README).
    const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
    const ip = h.get("x-real-ip")?.trim() || forwarded || null;
    return { ip: ip ? ip.slice(0, 64) : null, userAgent: h.get("user-agent")?.slice(0, 300) ?? null };
  } catch {
    return { ip: null, userAgent: null };
  }
}
