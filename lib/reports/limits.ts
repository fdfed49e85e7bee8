// Field limits shared by the server's schemas and the browser's editor. A module of its own, free
// of zod, so the editor can show and enforce the same numbers without shipping the schemas.
export const limits = {
  title: 100,
  body: 20_000,
  metric: 10_000_000,
  comment: 2_000,
} as const;


const count = (n: number) => n.toLocaleString("zh-CN");

/**
 * Length as the server's schema measures it: zod 4's `max()` counts Unicode code points, with
 * spaces, punctuation and line breaks (an emoji is one, as a clerk would count it).
 */
export function textLength(text: string): number {
  return Array.from(text).length;
}

/**
 * Why a section draft cannot be saved as it is, in the words the editor shows; null when it
 * can. The browser refuses exactly what the server's schema would.
 */
export function overLimitMessage(draft: { title: string; body: string }): string | null {
  const title = textLength(draft.title.trim());
  const body = textLength(draft.body);
  const over = [
    title > limits.title ? `小标题有 ${count(title)} 字，超过 ${count(limits.title)} 字的上限` : null,
    body > limits.body ? `正文有 ${count(body)} 字，超过 ${count(limits.body)} 字的上限，请删减 ${count(body - limits.body)} 字` : null,
  ].filter(Boolean);
  if (over.length === 0) return null;
  return `${over.join("；")}。超出上限的内容不能保存；全文仍保留在编辑框和本机浏览器中，不会丢失。`;
}
