import { describe, expect, it } from "vitest";
import { dashboardStatus, daysLeftText, deadlineFor, deadlineText, isInBucket, type UnitStatus, type YearDeadlines } from "@/lib/review/dashboard-status";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const deadlines: YearDeadlines = { internal: day("2024-03-01"), publication: day("2024-03-31") };
const noInternal: YearDeadlines = { internal: null, publication: day("2024-03-31") };

const notYetSubmitted: UnitStatus[] = ["NOT_STARTED", "DRAFT", "AWAITING_SIGNOFF", "RETURNED"];
const withTheDistrict: UnitStatus[] = ["SUBMITTED", "APPROVED"];
const done: UnitStatus[] = ["PUBLISHED", "WITHDRAWN"];

describe("deadlineFor", () => {
  it.each(notYetSubmitted)("measures %s against the internal deadline", (status) => {
    expect(deadlineFor(status, deadlines)).toEqual({ date: day("2024-03-01"), kind: "INTERNAL" });
  });

  it.each(notYetSubmitted)("measures %s against the publication deadline when there is no internal one", (status) => {
    expect(deadlineFor(status, noInternal)).toEqual({ date: day("2024-03-31"), kind: "PUBLICATION" });
  });

  it.each(withTheDistrict)("measures %s against the publication deadline", (status) => {
    expect(deadlineFor(status, deadlines)).toEqual({ date: day("2024-03-31"), kind: "PUBLICATION" });
  });

  it.each(done)("gives %s no deadline", (status) => {
    expect(deadlineFor(status, deadlines)).toBeNull();
  });
});

describe("dashboardStatus", () => {
  it("is not overdue on the deadline day itself", () => {
    expect(dashboardStatus("DRAFT", deadlines, day("2024-03-01"))).toEqual({
      status: "DRAFT",
      isOverdue: false,
      deadline: day("2024-03-01"),
      deadlineKind: "INTERNAL",
      daysLeft: 0,
    });
  });

  it("is overdue the day after, by one day", () => {
    expect(dashboardStatus("DRAFT", deadlines, day("2024-03-02"))).toMatchObject({ isOverdue: true, status: "DRAFT", daysLeft: -1 });
  });

  it("counts the days left before the deadline", () => {
    expect(dashboardStatus("NOT_STARTED", deadlines, day("2024-02-18"))).toMatchObject({ status: "NOT_STARTED", isOverdue: false, daysLeft: 12 });
  });

  it.each(notYetSubmitted)("flags %s overdue between the internal and the publication deadline, keeping its status", (status) => {
    expect(dashboardStatus(status, deadlines, day("2024-03-10"))).toMatchObject({ status, isOverdue: true, deadlineKind: "INTERNAL", daysLeft: -9 });
  });

  it.each(withTheDistrict)("keeps %s on time after the internal deadline, until the publication deadline", (status) => {
    expect(dashboardStatus(status, deadlines, day("2024-03-10"))).toMatchObject({ status, isOverdue: false, deadlineKind: "PUBLICATION", daysLeft: 21 });
    expect(dashboardStatus(status, deadlines, day("2024-03-31"))).toMatchObject({ isOverdue: false, daysLeft: 0 });
    expect(dashboardStatus(status, deadlines, day("2024-04-03"))).toMatchObject({ status, isOverdue: true, daysLeft: -3 });
  });

  it.each(notYetSubmitted)("with no internal deadline, keeps %s on time until the publication deadline has passed", (status) => {
    expect(dashboardStatus(status, noInternal, day("2024-03-31"))).toMatchObject({ isOverdue: false, deadlineKind: "PUBLICATION", daysLeft: 0 });
    expect(dashboardStatus(status, noInternal, day("2024-04-01"))).toMatchObject({ isOverdue: true, daysLeft: -1 });
  });

  it.each(done)("never makes %s overdue and gives it no days", (status) => {
    expect(dashboardStatus(status, deadlines, day("2030-01-01"))).toEqual({ status, isOverdue: false, deadline: null, deadlineKind: null, daysLeft: null });
  });

  it("counts whole calendar days across a month end and a leap day", () => {
    expect(dashboardStatus("SUBMITTED", deadlines, day("2024-02-28")).daysLeft).toBe(32);
  });
});

describe("isInBucket", () => {
  it("counts an overdue unit in its status and in OVERDUE", () => {
    const lateSubmission = dashboardStatus("SUBMITTED", deadlines, day("2024-04-03"));
    expect(isInBucket(lateSubmission, "SUBMITTED")).toBe(true);
    expect(isInBucket(lateSubmission, "OVERDUE")).toBe(true);
    expect(isInBucket(lateSubmission, "APPROVED")).toBe(false);
  });

  it("keeps a unit on time out of OVERDUE", () => {
    const onTime = dashboardStatus("DRAFT", deadlines, day("2024-02-01"));
    expect([isInBucket(onTime, "DRAFT"), isInBucket(onTime, "OVERDUE")]).toEqual([true, false]);
  });
});

describe("deadlineText", () => {
  it("names the deadline the days count to", () => {
    expect(deadlineText(dashboardStatus("DRAFT", deadlines, day("2024-02-18")))).toBe("内部截止 · 剩 12 天");
    expect(deadlineText(dashboardStatus("APPROVED", deadlines, day("2024-04-03")))).toBe("公开截止 · 逾期 3 天");
    expect(deadlineText(dashboardStatus("RETURNED", noInternal, day("2024-03-31")))).toBe("公开截止 · 今天截止");
    expect(deadlineText(dashboardStatus("PUBLISHED", deadlines, day("2024-02-18")))).toBe("—");
  });
});

describe("daysLeftText", () => {
  it.each([
    [12, "剩 12 天"],
    [1, "剩 1 天"],
    [0, "今天截止"],
    [-3, "逾期 3 天"],
    [null, "—"],
  ])("writes %j as %j", (days, text) => {
    expect(daysLeftText(days)).toBe(text);
  });
});
