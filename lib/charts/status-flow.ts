// From audit events to weekly counts of where each unit's report stood. Pure; the read that feeds
// it is lib/charts/load-status-flow.ts.

export const flowStates = ["SUBMITTED", "APPROVED", "PUBLISHED"] as const;
export type FlowState = (typeof flowStates)[number];

export const flowStateLabels: Record<FlowState, string> = { SUBMITTED: "已提交", APPROVED: "已审核通过", PUBLISHED: "已发布" };

/** A head's sign-off submits the report (it writes no REPORT_SUBMITTED), so both mean 已提交. */
export const flowStateOfKind = {
  REPORT_SUBMITTED: "SUBMITTED",
  REPORT_SIGNED_OFF: "SUBMITTED",
  REPORT_APPROVED: "APPROVED",
  REPORT_PUBLISHED: "PUBLISHED",
} as const satisfies Record<string, FlowState>;
export type FlowEventKind = keyof typeof flowStateOfKind;
export const flowEventKinds = Object.keys(flowStateOfKind) as FlowEventKind[];

export type FlowEvent = { unitId: string; kind: FlowEventKind; at: Date };

export type StatusFlowSeries = {
  status: FlowState;
  label: string;
  /** Units whose furthest state by the week's end is this one: the segments of a stack. */
  counts: number[];
  /** Units that had reached this state or a later one by the week's end. */
  reached: number[];
};

export type StatusFlowWeeks = { labels: string[]; ends: Date[] };

const day = 86_400_000;
/** China keeps UTC+8 all year; a calendar date's day ends at 16:00 UTC of that date. */
const chinaDayEnd = day - 8 * 3_600_000;

/**
 * `weeks` + 1 points: the end of each of the `weeks` weeks before the deadline, then the end
 * of the deadline day itself (China time). `deadline` is a calendar date (UTC midnight). While
 * the deadline is still ahead (`now` before its end), the points are the week ends up to `now`
 * and then `now` itself ("今天"): weeks to come have no states to count yet.
 */
export function statusFlowWeeks(deadline: Date, weeks: number, now?: Date): StatusFlowWeeks {
  const deadlineEnd = deadline.getTime() + chinaDayEnd;
  const labels: string[] = [];
  const ends: Date[] = [];
  if (now && now.getTime() < deadlineEnd) {
    // The nearest week end before the deadline that has passed.
    const passed = Math.ceil((deadlineEnd - now.getTime()) / (7 * day));
    for (let k = passed + weeks - 1; k >= passed; k--) {
      labels.push(`截止前${k}周`);
      ends.push(new Date(deadlineEnd - k * 7 * day));
    }
    labels.push("今天");
    ends.push(now);
    return { labels, ends };
  }
  for (let k = weeks; k >= 0; k--) {
    labels.push(k === 0 ? "截止日" : `截止前${k}周`);
    ends.push(new Date(deadlineEnd - k * 7 * day));
  }
  return { labels, ends };
}

/**
 * For each week end, each unit counts once, in the furthest state any of its events reached
 * before that moment. A report returned or withdrawn later still counts as having got that far.
 */
export function countStatusFlow(events: FlowEvent[], ends: Date[]): StatusFlowSeries[] {
  const rank = (kind: FlowEventKind) => flowStates.indexOf(flowStateOfKind[kind]);
  const counts = flowStates.map(() => ends.map(() => 0));
  ends.forEach((end, w) => {
    const furthest = new Map<string, number>();
    for (const event of events) {
      if (event.at.getTime() >= end.getTime()) continue;
      furthest.set(event.unitId, Math.max(furthest.get(event.unitId) ?? -1, rank(event.kind)));
    }
    for (const r of furthest.values()) counts[r][w] += 1;
  });
  return flowStates.map((status, s) => ({
    status,
    label: flowStateLabels[status],
    counts: counts[s],
    reached: ends.map((_, w) => counts.slice(s).reduce((sum, c) => sum + c[w], 0)),
  }));
}
