import { describe, expect, it } from "vitest";
import { isAllowedPublishDate } from "@/lib/reports/publish-date";
import { parseCalendarDate } from "@/lib/dates";

const d = (s: string) => parseCalendarDate(s)!;
const today = d("2024-03-15");

describe("isAllowedPublishDate", () => {
  it("allows today and any day after the reported year ended", () => {
    expect(isAllowedPublishDate({ date: today, reportYear: 2023, today, previous: null })).toBe(true);
    expect(isAllowedPublishDate({ date: d("2024-01-01"), reportYear: 2023, today, previous: null })).toBe(true);
  });

  it("refuses a date in the future", () => {
    expect(isAllowedPublishDate({ date: d("2024-03-16"), reportYear: 2023, today, previous: null })).toBe(false);
  });

  it("refuses a date inside the reported year", () => {
    expect(isAllowedPublishDate({ date: d("2023-12-31"), reportYear: 2023, today, previous: null })).toBe(false);
  });

  it("lets a correction fall on the day of the publication it corrects, not before", () => {
    const previous = d("2024-02-01");
    expect(isAllowedPublishDate({ date: previous, reportYear: 2023, today, previous })).toBe(true);
    expect(isAllowedPublishDate({ date: d("2024-01-31"), reportYear: 2023, today, previous })).toBe(false);
  });
});
