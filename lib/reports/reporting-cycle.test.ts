import { describe, expect, it } from "vitest";
import { chooseReportingYear, currentReportingYear, cycleDeadlines, publicationDeadlineOf } from "@/lib/reports/reporting-cycle";
import { parseCalendarDate, toCalendarDateString } from "@/lib/dates";

const day = (value: string) => parseCalendarDate(value)!;

describe("currentReportingYear", () => {
  it("is the year whose publication deadline comes next", () => {
    expect(currentReportingYear(day("2026-12-04"))).toBe(2026);
    expect(currentReportingYear(day("2027-02-10"))).toBe(2026);
    expect(currentReportingYear(day("2027-04-02"))).toBe(2027);
  });

  it("keeps the year before on 3月31日 and moves on on 4月1日", () => {
    expect(currentReportingYear(day("2027-03-31"))).toBe(2026);
    expect(currentReportingYear(day("2027-04-01"))).toBe(2027);
    expect(currentReportingYear(day("2027-01-01"))).toBe(2026);
    expect(currentReportingYear(day("2026-12-31"))).toBe(2026);
  });
});

describe("cycleDeadlines", () => {
  const strings = (d: { internal: Date; publication: Date }) => [toCalendarDateString(d.internal), toCalendarDateString(d.publication)];

  it("uses 3月1日 and 3月31日 of the next year when 3月1日 is two weeks away or more", () => {
    expect(strings(cycleDeadlines(2026, day("2026-12-04")))).toEqual(["2027-03-01", "2027-03-31"]);
    expect(strings(cycleDeadlines(2026, day("2027-02-15")))).toEqual(["2027-03-01", "2027-03-31"]);
  });

  it("moves the internal deadline two weeks ahead when 3月1日 is closer or past", () => {
    expect(strings(cycleDeadlines(2026, day("2027-02-16")))).toEqual(["2027-03-02", "2027-03-31"]);
    expect(strings(cycleDeadlines(2026, day("2027-03-10")))).toEqual(["2027-03-24", "2027-03-31"]);
  });

  it("never puts the internal deadline after the publication deadline", () => {
    expect(strings(cycleDeadlines(2026, day("2027-03-25")))).toEqual(["2027-03-31", "2027-03-31"]);
  });

  it("names 3月31日 of the following year as the publication deadline", () => {
    expect(toCalendarDateString(publicationDeadlineOf(2023))).toBe("2024-03-31");
  });
});

describe("chooseReportingYear", () => {
  const years = [{ year: 2027 }, { year: 2026 }, { year: 2025 }];

  it("takes the year asked for when it exists", () => {
    expect(chooseReportingYear(years, day("2026-12-04"), 2025)?.year).toBe(2025);
  });

  it("otherwise opens on the current cycle, even when a later year exists", () => {
    expect(chooseReportingYear(years, day("2026-12-04"))?.year).toBe(2026);
    expect(chooseReportingYear(years, day("2026-12-04"), 1999)?.year).toBe(2026);
  });

  it("falls back to the latest year when the current cycle has none", () => {
    expect(chooseReportingYear([{ year: 2023 }, { year: 2022 }], day("2026-12-04"))?.year).toBe(2023);
    expect(chooseReportingYear([], day("2026-12-04"))).toBeUndefined();
  });

  it("passes over years opened ahead of the current cycle, unless there is nothing else", () => {
    expect(chooseReportingYear([{ year: 2042 }, { year: 2041 }, { year: 2023 }], day("2026-12-04"))?.year).toBe(2023);
    expect(chooseReportingYear([{ year: 2042 }, { year: 2041 }], day("2026-12-04"))?.year).toBe(2041);
  });
});
