"use client";

import { ConfirmedActionForm, type AdminAction } from "@/components/admin/confirmed-action-form";
import { UserFields } from "@/components/admin/user-fields";
import type { UnitOption } from "@/lib/users/list-unit-options";
import type { Role } from "@/lib/auth/permissions";

type Target = { id: string; name: string; login: string; role: Role; unitId: string | null; email?: string | null; isActive: boolean; isLocked: boolean; sessions: number };

type UserActions = { update: AdminAction; resetPassword: AdminAction; unlock: AdminAction; setActive: AdminAction };

const box = "space-y-3 rounded-lg border border-stone-200 bg-white p-4";

/** Every change an admin can make to one account, each confirmed with what it affects. */
export function UserAdminPanel({ user, units, isSelf, actions }: { user: Target; units: UnitOption[]; isSelf: boolean; actions: UserActions }) {
  const sessions = user.sessions ? `该用户当前的 ${user.sessions} 个会话会立即结束，需要重新登录。` : "";
  return (
    <>
      <section aria-labelledby="edit-heading" className={box}>
        <h2 id="edit-heading" className="font-semibold">姓名、角色和单位</h2>
        <ConfirmedActionForm
          action={actions.update}
          hidden={{ userId: user.id }}
          label="保存修改"
          confirmTitle="修改用户"
          confirmDescription={`角色或单位改变后，该用户能看到和操作的报告随之改变。${sessions || "改变角色或单位会结束该用户的全部会话。"}只改姓名不影响登录。`}
          fields={(errors) => <UserFields idPrefix="edit-user" units={units} errors={errors} initial={user} />}
        />
      </section>

      <section aria-labelledby="password-heading" className={box}>
        <h2 id="password-heading" className="font-semibold">密码与锁定</h2>
        <ConfirmedActionForm
          action={actions.resetPassword}
          hidden={{ userId: user.id }}
          label="重置密码"
          variant="secondary"
          confirmTitle="重置密码"
          confirmDescription={`将生成新的一次性密码（只显示一次），原密码立即失效，用户登录后必须先修改密码。${sessions}`}
        />
        {user.isLocked ? (
          <ConfirmedActionForm
            action={actions.unlock}
            hidden={{ userId: user.id }}
            label="解除锁定"
            variant="secondary"
            confirmTitle="解除锁定"
            confirmDescription="清除该账号因多次密码错误而产生的全部锁定，用户可以立即用现有密码登录。请先确认多次错误确是本人所为。"
          />
        ) : (
          <p className="text-sm text-stone-600">账号未被锁定。</p>
        )}
      </section>

      <section aria-labelledby="active-heading" className={box}>
        <h2 id="active-heading" className="font-semibold">账号状态</h2>
        {user.isActive ? (
          <ConfirmedActionForm
            action={actions.setActive}
            hidden={{ userId: user.id, isActive: "false" }}
            label="停用账号"
            variant="danger"
            confirmTitle={isSelf ? "停用您自己的账号" : "停用账号"}
            confirmDescription={`停用后该账号不能登录，${sessions || "没有登录中的会话。"}账号写过的内容和操作记录全部保留，以后可以重新启用。`}
          />
        ) : (
          <ConfirmedActionForm
            action={actions.setActive}
            hidden={{ userId: user.id, isActive: "true" }}
            label="重新启用"
            confirmTitle="重新启用账号"
            confirmDescription="启用后该用户可以用原密码登录，权限按当前的角色和单位。"
          />
        )}
      </section>
    </>
  );
}
