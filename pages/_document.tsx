import { Head, Html, Main, NextScript } from "next/document";
import { feedLinks } from "@/components/public/feed-links";
import { PAGE_TOOLS_SCRIPT } from "@/components/public/page-tools";

// The Pages Router serves only the public report page (pages/reports/[year]/[unit].tsx), which
// ships no framework JavaScript; its document matches the App Router's root layout.
export default function Document() {
  return (
    <Html lang="zh-CN">
      <Head>
        <meta name="theme-color" content="#9a1f18" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        {feedLinks.map((feed) => (
          <link key={feed.href} rel="alternate" type={feed.type} title={feed.title} href={feed.href} />
        ))}
        {/* Runs while the HTML is parsed, so readers who chose large text never see it jump. */}
        <script dangerouslySetInnerHTML={{ __html: PAGE_TOOLS_SCRIPT }} />
      </Head>
      <body>
        <a href="#main" className="skip-link">
          跳到正文
        </a>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
