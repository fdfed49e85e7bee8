import { describe, expect, it } from "vitest";
import { countStatusFlow, statusFlowWeeks, type FlowEvent } from "@/lib/charts/status-flow";
import { parseCalendarDate } from "@/lib/dates";

const deadline = parseCalendarDate("2025-03-01")!;

describe("statusFlowWeeks", () => {
  it("ends each column at midnight China time, a week apart, the last at the end of the deadline day", () => {
    const { labels, ends } = statusFlowWeeks(deadline, 2);
    expect(labels).toEqual(["截止前2周", "截止前1周", "截止日"]);
    expect(ends.map((d) => d.toISOString())).toEqual(["2025-02-15T16:00:00.000Z", "2025-02-22T16:00:00.000Z", "2025-03-01T16:00:00.000Z"]);
  });

  it("stops at today while the deadline is ahead: the week ends that have passed, then today", () => {
    // Ten and a half days before the end of the deadline day.
    const now = new Date("2025-02-19T04:00:00Z");
    const { labels, ends } = statusFlowWeeks(deadline, 2, now);
    expect(labels).toEqual(["截止前3周", "截止前2周", "今天"]);
    expect(ends.map((d) => d.toISOString())).toEqual(["2025-02-08T16:00:00.000Z", "2025-02-15T16:00:00.000Z", "2025-02-19T04:00:00.000Z"]);
    // Once the deadline day has ended, the chart is the weeks before it.
    expect(statusFlowWeeks(deadline, 2, new Date("2025-03-01T16:00:00Z")).labels).toEqual(["截止前2周", "截止前1周", "截止日"]);
  });
});

describe("countStatusFlow", () => {
  const { ends } = statusFlowWeeks(deadline, 2);
  const at = (iso: string) => new Date(iso);
  const events: FlowEvent[] = [
    { unitId: "a", kind: "REPORT_SUBMITTED", at: at("2025-02-10T02:00:00Z") },
    { unitId: "a", kind: "REPORT_APPROVED", at: at("2025-02-20T02:00:00Z") },
    { unitId: "a", kind: "REPORT_PUBLISHED", at: at("2025-02-28T02:00:00Z") },
    // Signed off by the head = submitted; a second submission after a return does not count twice.
    { unitId: "b", kind: "REPORT_SIGNED_OFF", at: at("2025-02-20T02:00:00Z") },
    { unitId: "b", kind: "REPORT_SUBMITTED", at: at("2025-02-25T02:00:00Z") },
    // 23:59 China time on the deadline day is still in time; 00:00 the next day is not.
    { unitId: "c", kind: "REPORT_SUBMITTED", at: at("2025-03-01T15:59:00Z") },
    { unitId: "d", kind: "REPORT_SUBMITTED", at: at("2025-03-01T16:00:00Z") },
  ];

  it("counts each unit once, in its furthest state by each week's end", () => {
    const series = countStatusFlow(events, ends);
    expect(series.map((s) => [s.status, s.counts])).toEqual([
      ["SUBMITTED", [1, 1, 2]],
      ["APPROVED", [0, 1, 0]],
      ["PUBLISHED", [0, 0, 1]],
    ]);
    expect(series.map((s) => s.reached)).toEqual([[1, 2, 3], [0, 1, 1], [0, 0, 1]]);
    expect(series.map((s) => s.label)).toEqual(["已提交", "已审核通过", "已发布"]);
  });
});
