export type UnitKind = "TOWN" | "DEPARTMENT";

export type KindLabels = Record<UnitKind, string>;

export const defaultKindLabels: KindLabels = { TOWN: "街镇", DEPARTMENT: "部门" };

/** Reads a kind as people write it: the default words, the district's own labels, or the code. */
export function parseUnitKind(value: string, labels: KindLabels = defaultKindLabels): UnitKind | null {
  const text = value.trim();
  if (text === "") return null;
  for (const kind of ["TOWN", "DEPARTMENT"] as const) {
    if (text === defaultKindLabels[kind] || text === labels[kind] || text.toUpperCase() === kind) return kind;
  }
  return null;
}
