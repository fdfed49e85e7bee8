import { roleLabels } from "@/lib/auth/role-labels";
// Sentences for the admin events of users, years and templates (describe-event.ts calls this).
// Data is read defensively: an older or unexpected shape gives a shorter sentence.
const roleNames: Record<string, string> = roleLabels;
const kindNames: Record<string, string> = { TOWN: "街镇", DEPARTMENT: "部门" };

function obj(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function userChanges(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const parts: string[] = [];
  if (before.name !== after.name && typeof after.name === "string") parts.push(`姓名改为 ${after.name}`);
  if (before.role !== after.role && typeof after.role === "string") parts.push(`角色 ${roleNames[String(before.role)] ?? before.role} → ${roleNames[after.role] ?? after.role}`);
  if (before.unitId !== after.unitId) parts.push("所属单位已更改");
  if ((before.email ?? null) !== (after.email ?? null) && "email" in after) parts.push(after.email ? `邮箱改为 ${String(after.email)}` : "邮箱已清除");
  return parts;
}

export function describeAdminParts(kind: string, data: Record<string, unknown>): string[] {
  const before = obj(data.before);
  const after = obj(data.after);
  const login = typeof after.login === "string" ? after.login : typeof data.login === "string" ? data.login : null;
  switch (kind) {
    case "USER_CREATED":
      return [login ? `账号 ${login}` : null, typeof after.role === "string" ? `角色 ${roleNames[after.role] ?? after.role}` : null].filter((p): p is string => p !== null);
    case "USER_UPDATED":
      return [login ? `账号 ${login}` : null, ...userChanges(before, after)].filter((p): p is string => p !== null);
    case "USER_DEACTIVATED":
    case "USER_REACTIVATED":
    case "AUTH_UNLOCKED":
      return login ? [`账号 ${login}`] : [];
    case "YEAR_OPENED":
    case "YEAR_UPDATED":
    case "YEAR_CLOSED":
    case "YEAR_REOPENED": {
      const year = typeof after.year === "number" ? after.year : null;
      const deadlines =
        kind === "YEAR_UPDATED" || kind === "YEAR_OPENED"
          ? `内部报送截止 ${after.internalDeadline ?? "未设置"}，公开截止 ${after.publicationDeadline ?? "—"}`
          : null;
      const signOff =
        typeof after.unitSignOff === "boolean" && (kind === "YEAR_OPENED" || before.unitSignOff !== after.unitSignOff)
          ? after.unitSignOff ? "单位负责人审签：开启" : "单位负责人审签：关闭"
          : null;
      return [year !== null ? `${year} 年度` : null, deadlines, signOff].filter((p): p is string => p !== null);
    }
    case "TEMPLATE_UPDATED": {
      const year = typeof data.year === "number" ? data.year : null;
      const reports = typeof data.reportsUpdated === "number" ? data.reportsUpdated : null;
      return [
        year !== null ? `${year} 年度${kindNames[String(data.unitKind)] ?? ""}模板` : null,
        reports !== null ? `同步更新报告 ${reports} 份` : null,
      ].filter((p): p is string => p !== null);
    }
    default:
      return [];
  }
}
