import { describe, expect, it } from "vitest";
import { describeDaysLeft, reminderStep } from "@/lib/reminders/reminder-step";

const deadline = new Date("2027-03-01T00:00:00Z");
const chinaNoon = (day: string) => new Date(`${day}T12:00:00+08:00`);

describe("reminder steps", () => {
  it.each([
    ["2027-02-14", null],
    ["2027-02-15", "d14"],
    ["2027-02-21", "d14"],
    ["2027-02-22", "d7"],
    ["2027-02-27", "d7"],
    ["2027-02-28", "d1"],
    ["2027-03-01", "d1"],
    ["2027-03-02", "overdue"],
    ["2027-03-08", "overdue"],
    ["2027-03-09", "w1"],
    ["2027-03-16", "w2"],
  ])("on %s (China) the step is %s", (day, key) => {
    expect(reminderStep(deadline, chinaNoon(day))?.key ?? null).toBe(key);
  });

  it("counts days in China: 16:30 UTC on the 14th is already 00:30 on the 15th in China", () => {
    expect(reminderStep(deadline, new Date("2027-02-14T16:30:00Z"))).toEqual({ key: "d14", daysLeft: 14 });
    expect(reminderStep(deadline, new Date("2027-02-14T15:59:00Z"))).toBeNull();
  });

  it("says the days left in Chinese", () => {
    expect([3, 0, -2].map(describeDaysLeft)).toEqual(["还有 3 天", "今天截止", "已逾期 2 天"]);
  });
});
