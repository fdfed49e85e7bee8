// A route handler cannot render the app's not-found page, and notFound() there answers with an
// empty body; a reader who followed a stale download link gets this short page instead.
const page = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>未找到该报告 · 法治年报</title>
</head>
<body style="margin:0;font-family:'Noto Sans CJK SC',sans-serif;color:#1c1917;background:#fafaf9">
<main style="max-width:40rem;margin:0 auto;padding:4rem 1rem;text-align:center">
<h1 style="font-size:1.5rem">未找到该报告</h1>
<p style="line-height:1.7">该单位在这一年度没有已公开的报告，或报告已撤回，不再提供 Word 文件。</p>
<p><a href="/" style="color:#7a1812">返回报告列表</a></p>
</main>
</body>
</html>
`;

export function wordNotFound(): Response {
  return new Response(page, { status: 404, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
