import "server-only";
import { db } from "@/lib/db";
import { defaultKindLabels, type KindLabels } from "@/lib/units/unit-kinds";

/** The district's own names for its two unit kinds (区设置). */
export async function getKindLabels(districtId: string): Promise<KindLabels> {
  const district = await db.district.findUnique({ where: { id: districtId }, select: { townLabel: true, departmentLabel: true } });
  return district ? { TOWN: district.townLabel, DEPARTMENT: district.departmentLabel } : defaultKindLabels;
}
