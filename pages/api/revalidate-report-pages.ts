import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { isRevalidateToken } from "@/lib/public/report-page-cache";

// Refreshes cached report pages (lib/public/report-pages.ts). Called only by the app itself,
// with a token derived from its secret; it changes no data, only renders pages again.
const bodySchema = z.object({
  paths: z.array(z.string().regex(/^\/reports\/\d{4}\/[a-z0-9-]+$/, "只能刷新报告页面")).min(1).max(200),
});

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") {
    res.setHeader("Allow", "POST");
    return res.status(405).json({ error: "只接受 POST 请求" });
  }
  if (!isRevalidateToken(req.headers.authorization)) return res.status(403).json({ error: "无权刷新页面" });
  const parsed = bodySchema.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.issues[0]?.message ?? "请求格式不正确" });

  const failed: string[] = [];
  for (const path of parsed.data.paths) {
    try {
      await res.revalidate(path);
    } catch (error) {
      console.error(`revalidate ${path}:`, error);
      failed.push(path);
    }
  }
  if (failed.length) return res.status(500).json({ error: "部分页面未能刷新", failed });
  return res.status(200).json({ revalidated: parsed.data.paths.length });
}
