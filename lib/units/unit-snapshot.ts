import "server-only";

/** The fields an admin change is audited with (before and after). */
export const unitSnapshotSelect = {
  id: true,
  districtId: true,
  kind: true,
  name: true,
  shortName: true,
  orgCode: true,
  slug: true,
  sortOrder: true,
  isActive: true,
} as const;

export type UnitSnapshot = {
  id: string;
  districtId: string;
  kind: "TOWN" | "DEPARTMENT";
  name: string;
  shortName: string;
  orgCode: string;
  slug: string;
  sortOrder: number;
  isActive: boolean;
};

export function auditFields(unit: UnitSnapshot) {
  return { kind: unit.kind, name: unit.name, shortName: unit.shortName, orgCode: unit.orgCode, slug: unit.slug, sortOrder: unit.sortOrder, isActive: unit.isActive };
}
