import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";

export async function recordLogout(userId: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { districtId: true } });
  if (!user) return;
  await db.$transaction((tx) => recordAudit(tx, { kind: "AUTH_LOGOUT", actorId: userId, districtId: user.districtId }));
}
