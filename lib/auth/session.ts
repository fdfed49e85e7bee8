import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";

export type CurrentUser = Actor & { name: string; login: string; unitName: string | null };

/**
 * The signed-in user, re-read from the database on each request so a deactivated account
 * loses access at once rather than when its token expires. Null when signed out.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, login: true, role: true, unitId: true, districtId: true, isActive: true, unit: { select: { shortName: true } } },
  });
  if (!user || !user.isActive) return null;
  return {
    id: user.id,
    name: user.name,
    login: user.login,
    role: user.role,
    unitId: user.unitId,
    districtId: user.districtId,
    unitName: user.unit?.shortName ?? null,
  };
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
