import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/auth/permissions";

export const districtSettingsSelect = {
  name: true,
  siteTitle: true,
  publisherPattern: true,
  indexNumberPattern: true,
  townLabel: true,
  departmentLabel: true,
} as const;

/** The admin's district settings, with one real unit to preview the patterns with. */
export async function getDistrictSettings({ actor }: { actor: Actor }) {
  assertCan(actor, "admin:manage");
  const [district, sampleUnit] = await Promise.all([
    db.district.findUnique({ where: { id: actor.districtId }, select: districtSettingsSelect }),
    db.unit.findFirst({ where: { districtId: actor.districtId, isActive: true }, orderBy: [{ kind: "asc" }, { sortOrder: "asc" }], select: { name: true, orgCode: true } }),
  ]);
  if (!district) throw new AppError("NOT_FOUND");
  return { settings: district, sampleUnit };
}
