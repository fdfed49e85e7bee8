// The import file's columns, in the template's order. Headers are matched without spaces and
// without a bracketed note, so "网址标识(slug)", "网址标识（slug）" and "网址标识" all work.
export const importColumns = [
  { key: "name", header: "全称", isRequired: true, example: ["重庆市涪陵区珍溪镇人民政府", "重庆市涪陵区司法局"] },
  { key: "shortName", header: "简称", isRequired: true, example: ["珍溪镇", "区司法局"] },
  { key: "kind", header: "类别", isRequired: true, example: ["街镇", "部门"] },
  { key: "orgCode", header: "统一社会信用代码", isRequired: true, example: ["11500102MB15300012", "11500102009083935G"] },
  { key: "slug", header: "网址标识(slug)", isRequired: true, example: ["zhenxi", "sifaju"] },
  { key: "sortOrder", header: "顺序", isRequired: false, example: ["10", "10"] },
] as const;

export type ImportColumnKey = (typeof importColumns)[number]["key"];

export const maxImportBytes = 1_000_000;
export const maxImportRows = 2000;

function headerKey(header: string): string {
  return header.replace(/[（(][^）)]*[)）]/g, "").replace(/\s+/g, "").toLowerCase();
}

/** Column index of each known header; unknown headers are ignored. */
export function mapImportHeaders(headers: string[]): { indexes: Partial<Record<ImportColumnKey, number>>; missing: string[] } {
  const indexes: Partial<Record<ImportColumnKey, number>> = {};
  headers.forEach((header, index) => {
    const key = headerKey(header);
    const column = importColumns.find((c) => headerKey(c.header) === key || (c.key === "slug" && key === "slug"));
    if (column && indexes[column.key] === undefined) indexes[column.key] = index;
  });
  const missing = importColumns.filter((c) => c.isRequired && indexes[c.key] === undefined).map((c) => c.header);
  return { indexes, missing };
}
