import { z } from "zod";

const id = z.string().trim().min(1).max(64);

export const markReadSchema = z.union([
  z.object({ all: z.literal("1") }),
  z.object({ id }),
]);

export const notificationSettingsSchema = z.object({ emailKinds: z.array(z.string().max(40)).max(40) });

export const urgeSchema = z.object({
  year: z.coerce.number({ error: "请选择年度。" }).int().min(2000).max(2100),
  /** One unit, or every unit that has not submitted ("late"). */
  target: z.union([z.literal("late"), z.string().trim().min(1).max(64)]),
  message: z.string().trim().max(200, { error: "附言最多 200 字。" }).optional().default(""),
});
export type UrgeInput = z.infer<typeof urgeSchema>;

export const resendMailSchema = z.object({ id });
