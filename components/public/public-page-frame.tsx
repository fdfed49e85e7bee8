import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { fallbackSiteSettings } from "@/lib/settings/site-settings";

/**
 * Header, main landmark and footer of every public page, in both routers. The site title is the
 * district's (admin settings); the not-found page, rendered at build time, has the generic one.
 */
export function PublicPageFrame({ siteTitle = fallbackSiteSettings.siteTitle, children }: { siteTitle?: string; children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader siteTitle={siteTitle} />
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
