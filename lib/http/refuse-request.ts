// Answers for requests the proxy stops before they reach an action or route handler: a
// Chinese sentence that says what happened and that nothing was saved. API paths get the JSON
// error shape of the app's other APIs ({ error }), pages a plain-text line.

export type Refusal = { status: 400 | 403 | 413; message: string };

export function refusal(kind: "too-large" | "foreign-origin" | "malformed", limitLabel = ""): Refusal {
  switch (kind) {
    case "too-large":
      return {
        status: 413,
        message: `提交的内容过大（超过 ${limitLabel} 的上限），服务器没有接收，也没有保存任何内容。请缩短内容后重试。`,
      };
    case "foreign-origin":
      return { status: 403, message: "请求不是从本网站的页面发出的，已拒绝，没有保存任何内容。请在本系统的页面中重新操作。" };
    case "malformed":
      return { status: 400, message: "提交的内容不完整或格式有误（可能是网络中断），服务器没有保存任何内容。请刷新页面后重试。" };
  }
}

export function refusalResponse(refused: Refusal, pathname: string): Response {
  const isApi = pathname.startsWith("/api/");
  const body = isApi ? JSON.stringify({ error: refused.message }) : `${refused.message}\n`;
  return new Response(body, {
    status: refused.status,
    headers: {
      "content-type": isApi ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
      "cache-control": "private, no-store",
    },
  });
}
