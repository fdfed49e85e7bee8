// A browser always sends Origin on a cross-site POST; a page of this site sends its own. So a
// POST whose Origin names another site is a forged request (CSRF), and a missing Origin is a
// script or an old client, which cannot carry a victim's cookies (Next lets those through too).

export type OriginCheck = {
  origin: string | null;
  host: string | null;
  forwardedHost: string | null;
  /** The site's configured addresses (NEXTAUTH_URL, SITE_URL): valid even behind a proxy that rewrites Host. */
  siteUrls: readonly (string | undefined)[];
};

// Host headers may carry the scheme's default port (":443") that an Origin never does.
const withoutDefaultPort = (host: string) => host.toLowerCase().replace(/:(80|443)$/, "");

function hostOf(url: string): string | null {
  try {
    return withoutDefaultPort(new URL(url).host);
  } catch {
    return null;
  }
}

export function isForeignOrigin({ origin, host, forwardedHost, siteUrls }: OriginCheck): boolean {
  if (origin === null) return false;
  // Sandboxed frames and some privacy modes send the literal "null": never this site's page.
  const originHost = origin === "null" ? null : hostOf(origin);
  if (!originHost) return true;
  const ownHosts = new Set<string>();
  // X-Forwarded-Host may list several hops; the first is what the browser asked for.
  const forwarded = forwardedHost?.split(",")[0]?.trim();
  for (const value of [host, forwarded]) if (value) ownHosts.add(withoutDefaultPort(value));
  for (const url of siteUrls) {
    const own = url ? hostOf(url) : null;
    if (own) ownHosts.add(own);
  }
  return !ownHosts.has(originHost);
}
