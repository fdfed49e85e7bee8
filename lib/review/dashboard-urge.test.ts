import { describe, expect, it } from "vitest";
import { countNotSubmitted, hasNotSubmitted, lastRemindedText, remindedText } from "@/lib/review/dashboard-urge";
import { dashboardStatus, type UnitStatus } from "@/lib/review/dashboard-status";

const deadlines = { internal: new Date("2024-03-01T00:00:00Z"), publication: new Date("2024-03-31T00:00:00Z") };
const row = (status: UnitStatus) => ({ state: dashboardStatus(status, deadlines, new Date("2024-03-10T00:00:00Z")) });

describe("hasNotSubmitted", () => {
  it.each(["NOT_STARTED", "DRAFT", "RETURNED", "AWAITING_SIGNOFF"] as const)("offers 催报 to a unit whose report is %s: the district has not got it", (status) => {
    expect(hasNotSubmitted(status)).toBe(true);
  });

  it.each(["SUBMITTED", "APPROVED", "PUBLISHED", "WITHDRAWN"] as const)("never urges a unit whose report is %s", (status) => {
    expect(hasNotSubmitted(status)).toBe(false);
  });
});

describe("countNotSubmitted", () => {
  it("counts the units 催报全部 reaches", () => {
    expect(countNotSubmitted([row("NOT_STARTED"), row("DRAFT"), row("AWAITING_SIGNOFF"), row("SUBMITTED"), row("PUBLISHED"), row("RETURNED")])).toBe(4);
    expect(countNotSubmitted([])).toBe(0);
  });
});

describe("remindedText", () => {
  it("says how often the unit was reminded, and nothing before the first time", () => {
    expect(remindedText(2)).toBe("已催 2 次");
    expect(remindedText(1)).toBe("已催 1 次");
    expect(remindedText(0)).toBeNull();
  });
});

describe("lastRemindedText", () => {
  it("gives the last reminder's time in China", () => {
    expect(lastRemindedText(new Date("2025-03-02T01:05:00Z"))).toBe("最近一次：2025年3月2日 09:05");
    expect(lastRemindedText(null)).toBeNull();
  });
});
