import { z } from "zod";
import "@/lib/validation/zod-locale";

export const credentialsSchema = z.object({
  login: z.string().trim().min(1, "请填写账号。").max(64, "账号不能超过 64 个字符。"),
  password: z.string().min(1, "请填写密码。").max(200, "密码不能超过 200 个字符。"),
});
export type CredentialsInput = z.infer<typeof credentialsSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "请输入当前密码。" }).min(1, "请输入当前密码。").max(200, "密码最长 200 位。"),
    newPassword: z.string({ error: "请输入新密码。" }).min(1, "请输入新密码。").max(200, "密码最长 200 位。"),
    confirmPassword: z.string({ error: "请再次输入新密码。" }).max(200, "密码最长 200 位。"),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { message: "两次输入的新密码不一致。", path: ["confirmPassword"] });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const sessionIdSchema = z.string({ error: "会话编号无效。" }).min(1, "会话编号无效。").max(64, "会话编号无效。");
