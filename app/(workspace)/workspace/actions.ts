"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { openReport } from "@/lib/reports/open-report";
import { failureResult } from "@/lib/audit/record-denial";
import type { ActionResult } from "@/lib/action-result";

const yearSchema = z.coerce.number().int().min(2000).max(2100);

export async function openReportAction(year: number): Promise<ActionResult<never>> {
  const user = await requireUser();
  const parsed = yearSchema.safeParse(year);
  if (!parsed.success) return { ok: false, message: "年度无效。" };
  let reportId: string;
  try {
    reportId = (await openReport({ actor: user, year: parsed.data })).id;
  } catch (error) {
    return failureResult(error, { actor: user, action: "report:open" });
  }
  redirect(`/workspace/reports/${reportId}`);
}
