"use client";

import { ConfirmedActionForm, type AdminAction } from "@/components/admin/confirmed-action-form";
import { UserFields } from "@/components/admin/user-fields";
import type { UnitOption } from "@/lib/users/list-unit-options";

export function CreateUserForm({ action, units }: { action: AdminAction; units: UnitOption[] }) {
  return (
    <ConfirmedActionForm
      action={action}
      label="创建账号"
      pendingLabel="正在创建…"
      confirmTitle="创建账号"
      confirmDescription="系统将生成一次性初始密码，只在下一步显示一次；该用户首次登录时必须修改密码。填报人和单位负责人只能看到所选单位的报告。填写邮箱后，该用户可以选择同时用邮件接收通知。"
      fields={(errors) => <UserFields idPrefix="new-user" units={units} errors={errors} withLogin />}
    />
  );
}
