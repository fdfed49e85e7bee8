import { describe, expect, it } from "vitest";
import { planReminders, sentKey } from "@/lib/reminders/plan-reminders";

const submitDeadline = new Date("2027-03-01T00:00:00Z");
const publicationDeadline = new Date("2027-03-31T00:00:00Z");
const at = (day: string) => new Date(`${day}T09:00:00+08:00`);
const units = [
  { unitId: "none", status: null },
  { unitId: "draft", status: "DRAFT" },
  { unitId: "returned", status: "RETURNED" },
  { unitId: "signoff", status: "AWAITING_SIGNOFF" },
  { unitId: "submitted", status: "SUBMITTED" },
  { unitId: "approved", status: "APPROVED" },
  { unitId: "published", status: "PUBLISHED" },
];

describe("planning reminders", () => {
  it("reminds every unit that still owes its report, not those with the district", () => {
    const plan = planReminders({ now: at("2027-02-22"), submitDeadline, publicationDeadline, units, sent: new Set() });
    expect(plan.submit).toEqual({ step: { key: "d7", daysLeft: 7 }, unitIds: ["none", "draft", "returned", "signoff"] });
    expect(plan.lateDigest).toBeNull();
    expect(plan.publish).toBeNull();
  });

  it("skips what was already sent for this step, and digests the late units after the deadline", () => {
    const sent = new Set([sentKey("SUBMIT", "draft", "overdue")]);
    const plan = planReminders({ now: at("2027-03-03"), submitDeadline, publicationDeadline, units, sent });
    expect(plan.submit?.unitIds).toEqual(["none", "returned", "signoff"]);
    expect(plan.lateDigest).toEqual({ step: { key: "overdue", daysLeft: -2 }, unitIds: ["none", "draft", "returned", "signoff"] });
    const again = planReminders({ now: at("2027-03-03"), submitDeadline, publicationDeadline, units, sent: new Set([...sent, sentKey("LATE_DIGEST", "", "overdue")]) });
    expect(again.lateDigest).toBeNull();
  });

  it("reminds reviewers of approved reports before the publication deadline", () => {
    const plan = planReminders({ now: at("2027-03-17"), submitDeadline, publicationDeadline, units, sent: new Set() });
    expect(plan.publish).toEqual({ step: { key: "d14", daysLeft: 14 }, unitIds: ["approved"] });
  });

  it("sends nothing when everything is done", () => {
    const done = units.map((u) => ({ ...u, status: "PUBLISHED" }));
    const plan = planReminders({ now: at("2027-03-05"), submitDeadline, publicationDeadline, units: done, sent: new Set() });
    expect(plan).toEqual({ submit: null, lateDigest: null, publish: null });
  });
});
