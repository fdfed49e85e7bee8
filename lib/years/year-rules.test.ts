import { describe, expect, it } from "vitest";
import { deadlineErrors, defaultPublicationDeadline, suggestNextYear } from "@/lib/years/year-rules";
import { openYearSchema, updateYearSchema } from "@/lib/years/schemas";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe("year rules", () => {
  it("defaults the publication deadline to 31 March of the next year", () => {
    expect(defaultPublicationDeadline(2031).toISOString()).toBe("2032-03-31T00:00:00.000Z");
  });

  it("suggests the year after the latest, or last year when there is none", () => {
    expect(suggestNextYear([2022, 2024, 2023], day("2026-12-04"))).toBe(2025);
    expect(suggestNextYear([], day("2026-12-04"))).toBe(2025);
  });

  it("accepts deadlines after the year's end in order", () => {
    expect(deadlineErrors({ year: 2031, internalDeadline: day("2032-03-01"), publicationDeadline: day("2032-03-31") })).toEqual({});
    expect(deadlineErrors({ year: 2031, internalDeadline: null, publicationDeadline: day("2032-01-01") })).toEqual({});
    expect(deadlineErrors({ year: 2031, internalDeadline: day("2032-03-31"), publicationDeadline: day("2032-03-31") })).toEqual({});
  });

  it("refuses deadlines within the reported year and a publication deadline before the internal one", () => {
    expect(deadlineErrors({ year: 2031, internalDeadline: day("2031-12-31"), publicationDeadline: day("2032-03-31") }).internalDeadline?.[0]).toMatch(/须晚于 2031年12月31日/);
    expect(deadlineErrors({ year: 2031, internalDeadline: null, publicationDeadline: day("2031-06-30") }).publicationDeadline?.[0]).toMatch(/公开截止日期须晚于/);
    expect(deadlineErrors({ year: 2031, internalDeadline: day("2032-04-01"), publicationDeadline: day("2032-03-31") }).publicationDeadline).toEqual([
      "公开截止日期不能早于内部报送截止日期。",
    ]);
  });

  it("parses form input with Chinese messages", () => {
    const parsed = openYearSchema.safeParse({ year: "2031", internalDeadline: "", publicationDeadline: "2032-02-30", templateSource: "previous" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toBe("公开截止日期不是有效的日期。");
    expect(openYearSchema.parse({ year: "2031", internalDeadline: "", publicationDeadline: "", templateSource: "default" })).toEqual({
      year: 2031, internalDeadline: null, publicationDeadline: null, templateSource: "default",
    });
    expect(updateYearSchema.safeParse({ year: "2031", publicationDeadline: "" }).error?.issues[0].message).toBe("请填写公开截止日期。");
    expect(openYearSchema.safeParse({ year: "1999", templateSource: "default" }).error?.issues[0].message).toMatch(/2000 到 2100/);
  });
});
