import { z } from "zod";
import { isUnitRole, roles } from "@/lib/auth/permissions";

export { roles };

const loginSchema = z
  .string({ error: "请填写账号。" })
  .trim()
  .toLowerCase()
  .min(3, "账号为 3 到 32 位。")
  .max(32, "账号为 3 到 32 位。")
  .regex(/^[a-z0-9._-]+$/, "账号只能包含小写字母、数字、点（.）、下划线（_）和连字符（-）。");

const roleSchema = z.enum(roles, { error: "请选择角色。" });
const unitIdSchema = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || null);

/**
 * Where e-mail notifications go. A blank field clears the address (null); a missing field is
 * undefined, so a form without the field leaves the stored address as it is.
 */
export const emailSchema = z.preprocess(
  (value) => (typeof value === "string" ? value.trim() || null : value),
  z
    .email({ error: "邮箱格式不正确，请填写如 name@example.gov.cn 的地址。" })
    .max(200, "邮箱不超过 200 个字符。")
    .nullable()
    .optional(),
);

// Clerks and unit heads belong to one unit; reviewers and admins work for the whole district.
function unitMatchesRole(value: { role: (typeof roles)[number]; unitId: string | null }, ctx: z.RefinementCtx) {
  if (isUnitRole(value.role) && !value.unitId) {
    ctx.addIssue({ code: "custom", path: ["unitId"], message: value.role === "CLERK" ? "填报人须选择所属单位。" : "单位负责人须选择所属单位。" });
  }
}

export const createUserSchema = z
  .object({
    name: z.string({ error: "请填写姓名。" }).trim().min(1, "请填写姓名。").max(40, "姓名不超过 40 个字。"),
    login: loginSchema,
    role: roleSchema,
    unitId: unitIdSchema,
    email: emailSchema,
  })
  .superRefine(unitMatchesRole);
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    userId: z.string().min(1),
    name: z.string({ error: "请填写姓名。" }).trim().min(1, "请填写姓名。").max(40, "姓名不超过 40 个字。"),
    role: roleSchema,
    unitId: unitIdSchema,
    email: emailSchema,
  })
  .superRefine(unitMatchesRole);
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
