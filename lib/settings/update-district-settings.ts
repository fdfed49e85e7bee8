import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DistrictSettingsInput } from "@/lib/settings/schemas";
import { districtSettingsSelect } from "@/lib/settings/get-district-settings";

/**
 * Settings apply from now on: published 索引号 and 发布机构 are stored with each publication and
 * never change; the next publication uses the new patterns.
 */
export async function updateDistrictSettings({ actor, input }: { actor: Actor; input: DistrictSettingsInput }): Promise<{ isChanged: boolean }> {
  assertCan(actor, "admin:manage");
  return db.$transaction(async (tx) => {
    const stored = await tx.district.findUniqueOrThrow({ where: { id: actor.districtId }, select: districtSettingsSelect });
    const before = { siteTitle: stored.siteTitle, publisherPattern: stored.publisherPattern, indexNumberPattern: stored.indexNumberPattern, townLabel: stored.townLabel, departmentLabel: stored.departmentLabel };
    const isChanged = (Object.keys(input) as (keyof DistrictSettingsInput)[]).some((key) => input[key] !== before[key]);
    if (!isChanged) return { isChanged };
    await tx.district.update({ where: { id: actor.districtId }, data: input });
    await recordAudit(tx, { kind: "SETTINGS_UPDATED", actorId: actor.id, districtId: actor.districtId, data: { before, after: input } });
    return { isChanged };
  });
}
