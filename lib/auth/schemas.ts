import { z } from "zod";
import "@/lib/validation/zod-locale";

export const credentialsSchema = z.object({
  login: z.string().trim().min(1, "请填写账号。").max(64, "账号不能超过 64 个字符。"),
  password: z.string().min(1, "请填写密码。").max(200, "密码不能超过 200 个字符。"),
});
export type CredentialsInput = z.infer<typeof credentialsSchema>;
