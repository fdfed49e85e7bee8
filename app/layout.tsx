import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "法治年报", template: "%s · 法治年报" },
  description: "法治政府建设年度报告的填报、审核与公开发布",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#9a1f18" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <a href="#main" className="skip-link">
          跳到正文
        </a>
        {children}
      </body>
    </html>
  );
}
