// 索引号 as government portals write it: organisation code / year - five-digit sequence,
// e.g. 11500102MB1234567X/2023-00001.
export function formatIndexNumber(orgCode: string, year: number, sequence: number): string {
  return `${orgCode}/${year}-${String(sequence).padStart(5, "0")}`;
}

export function indexNumberPrefix(orgCode: string, year: number): string {
  return `${orgCode}/${year}-`;
}
