import type { Metadata, Viewport } from "next";
import "./globals.css";
import { PAGE_TOOLS_SCRIPT } from "@/components/public/page-tools";

export const metadata: Metadata = {
  title: { default: "法治年报", template: "%s · 法治年报" },
  description: "法治政府建设年度报告的填报、审核与公开发布",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#9a1f18" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The page tools script may set data-text-size before React hydrates; that attribute is expected.
    <html lang="zh-CN" suppressHydrationWarning>
      <head>
        {/* Runs while the HTML is parsed, so readers who chose large text never see it jump. */}
        <script dangerouslySetInnerHTML={{ __html: PAGE_TOOLS_SCRIPT }} />
      </head>
      <body>
        <a href="#main" className="skip-link">
          跳到正文
        </a>
        {children}
      </body>
    </html>
  );
}
