import "server-only";
import type { Tx } from "@/lib/db";
import type { Audience } from "@/lib/notifications/audit-rules";

const rolesOf: Record<Audience, { roles: ("CLERK" | "UNIT_HEAD" | "REVIEWER")[]; ofUnit: boolean }> = {
  reviewers: { roles: ["REVIEWER"], ofUnit: false },
  unit: { roles: ["CLERK", "UNIT_HEAD"], ofUnit: true },
  clerks: { roles: ["CLERK"], ofUnit: true },
  heads: { roles: ["UNIT_HEAD"], ofUnit: true },
};

/** Active users of each audience, by id. */
export async function findRecipients(
  tx: Tx,
  { audiences, unitId, districtId }: { audiences: Audience[]; unitId: string; districtId: string },
): Promise<Map<Audience, string[]>> {
  const result = new Map<Audience, string[]>();
  if (audiences.length === 0) return result;
  const users = await tx.user.findMany({
    where: {
      isActive: true,
      districtId,
      OR: [{ role: "REVIEWER" }, { unitId, role: { in: ["CLERK", "UNIT_HEAD"] } }],
    },
    select: { id: true, role: true, unitId: true },
  });
  for (const audience of audiences) {
    const rule = rolesOf[audience];
    result.set(
      audience,
      users.filter((u) => (rule.roles as string[]).includes(u.role) && (!rule.ofUnit || u.unitId === unitId)).map((u) => u.id),
    );
  }
  return result;
}
