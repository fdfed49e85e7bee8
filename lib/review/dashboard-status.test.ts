import { describe, expect, it } from "vitest";
import { dashboardStatus, daysLeftText, deadlineFor, statusText, type UnitStatus, type YearDeadlines } from "@/lib/review/dashboard-status";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const deadlines: YearDeadlines = { internal: day("2024-03-01"), publication: day("2024-03-31") };
const noInternal: YearDeadlines = { internal: null, publication: day("2024-03-31") };

const notYetSubmitted: UnitStatus[] = ["NOT_STARTED", "DRAFT", "RETURNED"];
const withTheDistrict: UnitStatus[] = ["SUBMITTED", "APPROVED"];
const done: UnitStatus[] = ["PUBLISHED", "WITHDRAWN"];

describe("deadlineFor", () => {
  it.each(notYetSubmitted)("measures %s against the internal deadline", (status) => {
    expect(deadlineFor(status, deadlines)).toEqual(day("2024-03-01"));
  });

  it.each(notYetSubmitted)("measures %s against the publication deadline when there is no internal one", (status) => {
    expect(deadlineFor(status, noInternal)).toEqual(day("2024-03-31"));
  });

  it.each(withTheDistrict)("measures %s against the publication deadline", (status) => {
    expect(deadlineFor(status, deadlines)).toEqual(day("2024-03-31"));
  });

  it.each(done)("gives %s no deadline", (status) => {
    expect(deadlineFor(status, deadlines)).toBeNull();
  });
});

describe("dashboardStatus", () => {
  it("is not overdue on the deadline day itself", () => {
    expect(dashboardStatus("DRAFT", deadlines, day("2024-03-01"))).toEqual({
      status: "DRAFT",
      bucket: "DRAFT",
      isOverdue: false,
      deadline: day("2024-03-01"),
      daysLeft: 0,
    });
  });

  it("is overdue the day after, by one day", () => {
    expect(dashboardStatus("DRAFT", deadlines, day("2024-03-02"))).toMatchObject({ bucket: "OVERDUE", isOverdue: true, status: "DRAFT", daysLeft: -1 });
  });

  it("counts the days left before the deadline", () => {
    expect(dashboardStatus("NOT_STARTED", deadlines, day("2024-02-18"))).toMatchObject({ bucket: "NOT_STARTED", daysLeft: 12 });
  });

  it.each(notYetSubmitted)("puts %s in OVERDUE between the internal and the publication deadline", (status) => {
    expect(dashboardStatus(status, deadlines, day("2024-03-10"))).toMatchObject({ status, bucket: "OVERDUE", daysLeft: -9 });
  });

  it.each(withTheDistrict)("keeps %s in its own bucket after the internal deadline, until the publication deadline", (status) => {
    expect(dashboardStatus(status, deadlines, day("2024-03-10"))).toMatchObject({ status, bucket: status, daysLeft: 21 });
    expect(dashboardStatus(status, deadlines, day("2024-03-31"))).toMatchObject({ bucket: status, daysLeft: 0 });
    expect(dashboardStatus(status, deadlines, day("2024-04-03"))).toMatchObject({ status, bucket: "OVERDUE", daysLeft: -3 });
  });

  it.each(notYetSubmitted)("with no internal deadline, keeps %s out of OVERDUE until the publication deadline has passed", (status) => {
    expect(dashboardStatus(status, noInternal, day("2024-03-31"))).toMatchObject({ bucket: status, daysLeft: 0 });
    expect(dashboardStatus(status, noInternal, day("2024-04-01"))).toMatchObject({ bucket: "OVERDUE", daysLeft: -1 });
  });

  it.each(done)("never makes %s overdue and gives it no days", (status) => {
    expect(dashboardStatus(status, deadlines, day("2030-01-01"))).toEqual({ status, bucket: status, isOverdue: false, deadline: null, daysLeft: null });
  });

  it("counts whole calendar days across a month end and a leap day", () => {
    expect(dashboardStatus("SUBMITTED", deadlines, day("2024-02-28")).daysLeft).toBe(32);
  });
});

describe("statusText", () => {
  it("says both the overdue flag and the status", () => {
    expect(statusText({ status: "DRAFT", isOverdue: true })).toBe("逾期 · 起草中");
    expect(statusText({ status: "NOT_STARTED", isOverdue: true })).toBe("逾期 · 未开始");
  });

  it("says the status alone when not overdue", () => {
    expect(statusText({ status: "APPROVED", isOverdue: false })).toBe("已通过");
    expect(statusText({ status: "NOT_STARTED", isOverdue: false })).toBe("未开始");
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
