import type { Role } from "@/lib/auth/permissions";
// The district must always keep one active admin: otherwise nobody could manage users again
// without a developer. Pure, so the rule is tested without a database; the commands call it
// inside their transaction with a count read in that same transaction.
export type AdminState = { role: Role; isActive: boolean };

export function isActiveAdmin(state: AdminState): boolean {
  return state.role === "ADMIN" && state.isActive;
}

/** A Chinese message when the change would leave no active admin, else null. */
export function lastAdminProblem(options: { before: AdminState; after: AdminState; activeAdminCount: number; isSelf: boolean }): string | null {
  if (!isActiveAdmin(options.before) || isActiveAdmin(options.after)) return null;
  if (options.activeAdminCount <= 1) {
    return options.isSelf
      ? "您是本区唯一启用的管理员，不能停用自己或取消自己的管理员角色。请先为其他人设置管理员角色。"
      : "这是本区唯一启用的管理员，不能停用或改为其他角色。请先为其他人设置管理员角色。";
  }
  return null;
}
