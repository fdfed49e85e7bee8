// A notification as an e-mail: plain Chinese text plus a simple HTML part. Mail leaves the
// government network, so it carries what happened and the report's title, never report text.
export type MailInput = { recipientName: string; title: string; body: string; link: string; siteUrl: string };
export type ComposedMail = { subject: string; text: string; html: string };

const productName = "法治年报";

export function composeMail({ recipientName, title, body, link, siteUrl }: MailInput): ComposedMail {
  const url = new URL(link, siteUrl).toString();
  const subject = `【${productName}】${title}`;
  const lines = [`${recipientName}：`, "", title + (title.endsWith("。") ? "" : "。"), ...(body ? [body] : []), "", `请登录查看和处理：${url}`, "", `——${productName}（系统自动发送，请勿直接回复）`, `不想收到此类邮件，可在“通知设置”中改为仅站内通知：${new URL("/notifications/settings", siteUrl)}`];
  const html = [
    `<!doctype html><html lang="zh-CN"><body style="font-family:sans-serif;line-height:1.7;color:#1c1917">`,
    `<p>${escapeHtml(recipientName)}：</p>`,
    `<p><strong>${escapeHtml(title)}</strong></p>`,
    body ? `<p>${escapeHtml(body)}</p>` : "",
    `<p><a href="${escapeHtml(url)}">登录查看和处理</a></p>`,
    `<p style="color:#78716c;font-size:13px">${productName}（系统自动发送，请勿直接回复）。不想收到此类邮件，可在<a href="${escapeHtml(new URL("/notifications/settings", siteUrl).toString())}">通知设置</a>中改为仅站内通知。</p>`,
    `</body></html>`,
  ].join("");
  return { subject, text: lines.join("\n"), html };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
