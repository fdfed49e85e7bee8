import type { Role } from "@/lib/auth/permissions";

export const roleLabels: Record<Role, string> = { CLERK: "填报人", UNIT_HEAD: "单位负责人", REVIEWER: "审核人", ADMIN: "管理员" };
