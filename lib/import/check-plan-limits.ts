import { AppError } from "@/lib/errors";
import type { ImportPlan } from "@/lib/import/import-plan";
import { limits, textLength } from "@/lib/reports/limits";

/** A plan that cannot be confirmed: something unplaced, a mode not chosen, a section too long. */
export function assertPlanConfirmable(plan: ImportPlan): void {
  if (plan.blockers.length > 0) throw new AppError("INVALID_INPUT", plan.blockers[0]);
  for (const entry of plan.entries) {
    if (textLength(entry.finalBody ?? "") > limits.body) {
      throw new AppError("INVALID_INPUT", `“${entry.title}”导入后超过 ${limits.body} 字，请把其中一部分放到别的部分，或选择替换而不是追加。`);
    }
    if (textLength(entry.title) > limits.title) {
      throw new AppError("INVALID_INPUT", `标题“${entry.title.slice(0, 20)}…”超过 ${limits.title} 字，请把这一行标记为正文。`);
    }
  }
}
