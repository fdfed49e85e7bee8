// 索引号 as government portals write it. The district chooses the pattern (District.
// indexNumberPattern); the default, {orgCode}/{year}-{seq:5}, gives organisation code / year -
// five-digit sequence, e.g. 11500102MB1234567X/2023-00001.
export const defaultIndexNumberPattern = "{orgCode}/{year}-{seq:5}";

const placeholderPattern = /\{([^{}]*)\}/g;
const seqPattern = /^seq(?::([1-9]))?$/;

export type IndexNumberValues = { orgCode: string; year: number };

/**
 * Null when the pattern is usable, else why not. The sequence must come last and follow a
 * separator: the number is then allocated as "the highest sequence after this prefix, plus
 * one", and no unit's prefix can be the start of another's, so numbers stay unique.
 */
export function indexNumberPatternProblem(pattern: string): string | null {
  if (pattern.trim() !== pattern || pattern.length === 0) return "请填写索引号格式（前后不要有空格）。";
  if (pattern.length > 60) return "索引号格式最多 60 个字符。";
  const names = [...pattern.matchAll(placeholderPattern)].map((m) => m[1]);
  const unknown = names.find((name) => name !== "orgCode" && name !== "year" && !seqPattern.test(name));
  if (unknown !== undefined) return `不认识的占位符“{${unknown}}”：只能用 {orgCode}、{year}、{seq} 或 {seq:位数}。`;
  if (/[{}]/.test(pattern.replace(placeholderPattern, ""))) return "花括号只能用于占位符，如 {year}。";
  const seqCount = names.filter((name) => seqPattern.test(name)).length;
  if (seqCount !== 1) return "索引号格式必须包含且只包含一个顺序号 {seq} 或 {seq:位数}，否则无法保证编号不重复。";
  if (!/\{seq(?::[1-9])?\}$/.test(pattern)) return "顺序号 {seq} 必须放在最后，以保证编号不重复。";
  const beforeSeq = pattern.replace(/\{seq(?::[1-9])?\}$/, "");
  if (!/[^0-9A-Za-z}]$/.test(beforeSeq)) return "顺序号前须有一个分隔符（如“-”或“/”），否则不同单位的编号可能相同。";
  return null;
}

/** Everything before the sequence, e.g. "11500102MB1234567X/2023-". */
export function indexNumberPrefixFor(pattern: string, values: IndexNumberValues): string {
  return pattern
    .replace(/\{seq(?::[1-9])?\}$/, "")
    .replace(placeholderPattern, (_, name: string) => (name === "orgCode" ? values.orgCode : name === "year" ? String(values.year) : ""));
}

export function renderIndexNumber(pattern: string, values: IndexNumberValues, sequence: number): string {
  const width = Number(/\{seq(?::([1-9]))?\}$/.exec(pattern)?.[1] ?? 1);
  return indexNumberPrefixFor(pattern, values) + String(sequence).padStart(width, "0");
}

/** The highest sequence among existing numbers with this prefix (0 when none). */
export function highestSequence(prefix: string, existing: string[]): number {
  let highest = 0;
  for (const number of existing) {
    const rest = number.startsWith(prefix) ? number.slice(prefix.length) : "";
    if (/^\d+$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  return highest;
}

export function formatIndexNumber(orgCode: string, year: number, sequence: number): string {
  return renderIndexNumber(defaultIndexNumberPattern, { orgCode, year }, sequence);
}

export function indexNumberPrefix(orgCode: string, year: number): string {
  return indexNumberPrefixFor(defaultIndexNumberPattern, { orgCode, year });
}
