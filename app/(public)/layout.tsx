import type { Metadata } from "next";
import { feedLinks } from "@/components/public/feed-links";
import { PublicPageFrame } from "@/components/public/public-page-frame";

export const metadata: Metadata = {
  alternates: { types: Object.fromEntries(feedLinks.map((feed) => [feed.type, [{ url: feed.href, title: feed.title }]])) },
};

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return <PublicPageFrame>{children}</PublicPageFrame>;
}
