// 发布机构 as the district words it: usually the unit's full name itself ({unitName}), sometimes
// with a prefix or suffix such as "{unitName}办公室".
export const defaultPublisherPattern = "{unitName}";

export function publisherPatternProblem(pattern: string): string | null {
  if (pattern.trim().length === 0) return "请填写发布机构格式。";
  if (pattern.length > 60) return "发布机构格式最多 60 个字符。";
  const names = [...pattern.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]);
  const unknown = names.find((name) => name !== "unitName");
  if (unknown !== undefined) return `不认识的占位符“{${unknown}}”：只能用 {unitName}（单位全称）。`;
  if (!names.includes("unitName")) return "发布机构格式须包含 {unitName}（单位全称），否则所有单位的发布机构都会相同。";
  return null;
}

export function formatPublisher(pattern: string, unitName: string): string {
  return pattern.replaceAll("{unitName}", unitName);
}
