"use client";

// When even the root layout fails (it reads the site's settings from the database): a page of its
// own, in Chinese, in place of Next's English default.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "sans-serif", maxWidth: "36rem", margin: "4rem auto", padding: "0 1rem", textAlign: "center" }}>
        <h1>服务暂时不可用</h1>
        <p>服务器暂时无法读取数据（例如数据库正在重启），请稍后刷新页面。正在填写的内容不会丢失。</p>
        <button type="button" onClick={() => reset()}>
          重新加载
        </button>
      </body>
    </html>
  );
}
