import { describe, expect, it } from "vitest";
import { yearDeadlines } from "@/lib/admin/admin-overview";

const year = { internalDeadline: new Date("2027-03-01T00:00:00Z"), publicationDeadline: new Date("2027-03-31T00:00:00Z") };

describe("a year's deadlines on the admin home", () => {
  it("counts days in China's calendar", () => {
    // 28 February 2027, 20:00 in Beijing: already 1 March in China, so the internal deadline is today.
    const deadlines = yearDeadlines(year, new Date("2027-02-28T16:00:00Z"));
    expect(deadlines.map((d) => [d.label, d.daysLeft])).toEqual([["报送截止", 0], ["公开截止", 30]]);
  });

  it("shows only the publication deadline when no internal one is set, negative once past", () => {
    const deadlines = yearDeadlines({ ...year, internalDeadline: null }, new Date("2027-04-02T02:00:00Z"));
    expect(deadlines).toEqual([{ label: "公开截止", date: year.publicationDeadline, daysLeft: -2 }]);
  });
});
