"use client";

import { useState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import type { UnitOption } from "@/lib/users/list-unit-options";
import { roleLabels } from "@/lib/auth/role-labels";
import { isUnitRole, roles, type Role } from "@/lib/auth/permissions";

const kindNames = { TOWN: "街镇", DEPARTMENT: "部门" } as const;

type Props = {
  idPrefix: string;
  units: UnitOption[];
  errors: Record<string, string[] | undefined>;
  /** `email` undefined: the caller does not know the address, so the field is left out rather than shown empty (saving would clear it). */
  initial?: { name: string; role: Role; unitId: string | null; email?: string | null };
  withLogin?: boolean;
};

/** Name, (login,) role, unit and e-mail: a unit only for clerks and unit heads, since reviewers and admins work for the whole district. */
export function UserFields({ idPrefix, units, errors, initial, withLogin }: Props) {
  const [role, setRole] = useState<Role>(initial?.role ?? "CLERK");
  const id = (name: string) => `${idPrefix}-${name}`;
  const hasEmailField = withLogin || initial?.email !== undefined;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field id={id("name")} label="姓名" errors={errors.name}>
        {(aria) => <input {...aria} name="name" required maxLength={40} defaultValue={initial?.name} className={inputClass} />}
      </Field>
      {withLogin ? (
        <Field id={id("login")} label="账号" hint="3–32 位小写字母、数字、点、下划线或连字符；创建后不能修改。" errors={errors.login}>
          {(aria) => <input {...aria} name="login" required minLength={3} maxLength={32} pattern="[a-z0-9._\-]+" autoComplete="off" className={inputClass} />}
        </Field>
      ) : null}
      <Field id={id("role")} label="角色" errors={errors.role}>
        {(aria) => (
          <select {...aria} name="role" value={role} onChange={(e) => setRole(e.target.value as Role)} className={inputClass}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleLabels[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {isUnitRole(role) ? (
        <Field id={id("unit")} label="所属单位" errors={errors.unitId}>
          {(aria) => (
            <select {...aria} name="unitId" required defaultValue={initial?.unitId ?? ""} className={inputClass}>
              <option value="">请选择单位</option>
              {units.map((u) => (
                <option key={u.id} value={u.id} disabled={!u.isActive && u.id !== initial?.unitId}>
                  {kindNames[u.kind]} · {u.shortName}
                  {u.isActive ? "" : "（已停用）"}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <p className="self-end pb-2 text-sm text-stone-600">审核人和管理员面向全区工作，不属于某个单位。</p>
      )}
      {hasEmailField ? (
        <Field id={id("email")} label="邮箱（选填）" hint="用于发送邮件通知；不填则该用户只在站内收到通知。" errors={errors.email} className="sm:col-span-2">
          {(aria) => <input {...aria} type="email" name="email" maxLength={200} autoComplete="off" defaultValue={initial?.email ?? ""} className={inputClass} />}
        </Field>
      ) : null}
    </div>
  );
}
