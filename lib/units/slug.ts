// A unit's slug is its segment in every public report URL (/reports/2022/zhenxi): lower-case
// letters, digits and single hyphens, so it reads well and never needs escaping.
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugMaxLength = 40;

export function normalizeSlug(value: string): string {
  return value.trim().toLowerCase();
}

/** Null when the slug is acceptable, else the reason in Chinese. */
export function slugProblem(slug: string): string | null {
  if (slug.length === 0) return "请填写网址标识。";
  if (slug.length > slugMaxLength) return `网址标识最多 ${slugMaxLength} 个字符。`;
  if (!slugPattern.test(slug)) return "网址标识只能用小写字母 a–z、数字和连字符“-”（不能以连字符开头或结尾，也不能连用两个），如 zhenxi 或 qu-sifaju。";
  return null;
}
