import type { Metadata } from "next";
import { feedLinks } from "@/components/public/feed-links";
import { PublicPageFrame } from "@/components/public/public-page-frame";
import { getSiteSettings } from "@/lib/settings/get-site-settings";

export const metadata: Metadata = {
  alternates: { types: Object.fromEntries(feedLinks.map((feed) => [feed.type, [{ url: feed.href, title: feed.title }]])) },
};

// Reads the database, so no page under it may be prerendered at build time (the build has no
// database): every page here is dynamic or has generateStaticParams returning [].
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const { siteTitle } = await getSiteSettings();
  return <PublicPageFrame siteTitle={siteTitle}>{children}</PublicPageFrame>;
}
