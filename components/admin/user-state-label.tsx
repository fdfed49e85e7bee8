import { Lock } from "lucide-react";

type State = { isActive: boolean; isLocked: boolean; mustChangePassword: boolean };

/** Account state in words (never colour alone): 启用 / 已停用, plus 已锁定 and 待改密码. */
export function UserStateLabel({ user }: { user: State }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <span className={user.isActive ? "text-status-approved" : "text-stone-500"}>{user.isActive ? "启用" : "已停用"}</span>
      {user.isLocked ? (
        <span className="inline-flex items-center gap-0.5 rounded bg-red-50 px-1.5 text-xs font-medium text-status-overdue">
          <Lock aria-hidden="true" className="size-3" />
          已锁定
        </span>
      ) : null}
      {user.mustChangePassword ? <span className="rounded bg-amber-50 px-1.5 text-xs text-amber-900">待修改初始密码</span> : null}
    </span>
  );
}
