import { describe, expect, it } from "vitest";
import { kindSegment, legacyListPath, overviewHref, parseKindSegment, parseYearSegment, reportHref, yearListHref } from "@/lib/public/browse-params";

describe("browse params", () => {
  it("maps kinds to their URL segments and back", () => {
    for (const kind of ["TOWN", "DEPARTMENT"] as const) expect(parseKindSegment(kindSegment(kind))).toBe(kind);
  });

  it.each(["town", "Towns", "TOWN", "department", "", "towns/", "zhenxi"])("refuses the kind segment %j", (segment) => {
    expect(parseKindSegment(segment)).toBeNull();
  });

  it("reads a four-digit year", () => {
    expect(parseYearSegment("2022")).toBe(2022);
    expect(parseYearSegment("1999")).toBe(1999);
  });

  it.each(["22", "02022", "2022a", " 2022", "3022", "0999", "latest", ""])("refuses the year segment %j", (segment) => {
    expect(parseYearSegment(segment)).toBeNull();
  });

  it("builds list, overview and report URLs that never use query strings", () => {
    expect(yearListHref("TOWN", 2022)).toBe("/years/2022/towns");
    expect(yearListHref("DEPARTMENT", 2023)).toBe("/years/2023/departments");
    expect(overviewHref("TOWN")).toBe("/");
    expect(overviewHref("DEPARTMENT")).toBe("/overview/departments");
    expect(reportHref(2022, "zhenxi")).toBe("/reports/2022/zhenxi");
  });

  it.each([
    ["kind=department&year=2022", "/years/2022/departments"],
    ["year=2023", "/years/2023/towns"],
    ["kind=town&year=2023", "/years/2023/towns"],
    ["kind=department", "/overview/departments"],
    ["kind=town", "/"],
    ["year=20x2&kind=department", "/overview/departments"],
    ["kind=%27%20or%201%3D1", "/"],
  ])("sends the old list link /?%s to %s", (query, path) => {
    expect(legacyListPath(new URLSearchParams(query))).toBe(path);
  });

  it("leaves other query strings alone", () => {
    expect(legacyListPath(new URLSearchParams(""))).toBeNull();
    expect(legacyListPath(new URLSearchParams("utm_source=weixin"))).toBeNull();
  });
});
