import { describe, expect, it } from "vitest";
import { chinaToday, daysUntil, formatChineseDate, formatChineseDateTime, parseCalendarDate, toCalendarDateString } from "@/lib/dates";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("dates", () => {
  describe("formatChineseDate", () => {
    it("writes 2023年1月9日 without leading zeros", () => {
      expect(formatChineseDate(utc(2023, 1, 9))).toBe("2023年1月9日");
      expect(formatChineseDate(utc(2023, 12, 31))).toBe("2023年12月31日");
    });

    it("never shifts a calendar date stored as UTC midnight, whatever the host time zone", () => {
      expect(formatChineseDate(new Date("2023-03-31T00:00:00.000Z"))).toBe("2023年3月31日");
    });
  });

  it("formats a moment in China's time zone", () => {
    expect(formatChineseDateTime(new Date("2023-01-09T00:30:00Z"))).toBe("2023年1月9日 08:30");
    expect(formatChineseDateTime(new Date("2023-01-08T16:05:00Z"))).toBe("2023年1月9日 00:05");
  });

  describe("parseCalendarDate", () => {
    it("parses yyyy-mm-dd to UTC midnight", () => {
      expect(parseCalendarDate("2023-01-09")?.toISOString()).toBe("2023-01-09T00:00:00.000Z");
      expect(parseCalendarDate(" 2024-02-29 ")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    });

    it.each(["2023-02-29", "2023-13-01", "2023-00-10", "2023-04-31", "2023-1-9", "2023/01/09", "", "20230109", "2023-01-09T00:00"])(
      "refuses %j",
      (value) => {
        expect(parseCalendarDate(value)).toBeNull();
      },
    );

    it("round-trips with toCalendarDateString", () => {
      expect(toCalendarDateString(parseCalendarDate("2023-03-31")!)).toBe("2023-03-31");
    });
  });

  describe("chinaToday", () => {
    it("turns the day at midnight in Beijing (16:00 UTC), not at UTC midnight", () => {
      expect(chinaToday(new Date("2023-01-08T15:59:59Z")).toISOString()).toBe("2023-01-08T00:00:00.000Z");
      expect(chinaToday(new Date("2023-01-08T16:00:00Z")).toISOString()).toBe("2023-01-09T00:00:00.000Z");
    });
  });

  describe("daysUntil", () => {
    const deadline = utc(2024, 3, 31);

    it("counts whole days from China's today to the deadline", () => {
      expect(daysUntil(deadline, new Date("2024-03-01T02:00:00Z"))).toBe(30);
      expect(daysUntil(deadline, new Date("2024-03-31T15:59:00Z"))).toBe(0);
    });

    it("is negative once the deadline has passed in China, even while it is still that day in UTC", () => {
      expect(daysUntil(deadline, new Date("2024-03-31T16:00:00Z"))).toBe(-1);
    });
  });
});
