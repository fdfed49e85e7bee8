import { describe, expect, it } from "vitest";
import { dashboardExportHref, dashboardHref, parseDashboardQuery, sortHref, type DashboardQuery } from "@/lib/review/dashboard-query";

const defaults: DashboardQuery = { year: undefined, kind: "all", status: undefined, q: "", sort: "unit", dir: "asc" };

describe("parseDashboardQuery", () => {
  it("gives the defaults for no params", () => {
    expect(parseDashboardQuery({})).toEqual(defaults);
  });

  it("reads every param", () => {
    expect(parseDashboardQuery({ year: "2023", kind: "town", status: "overdue", q: " 珍溪 ", sort: "days", dir: "desc" })).toEqual({
      year: 2023,
      kind: "town",
      status: "OVERDUE",
      q: "珍溪",
      sort: "days",
      dir: "desc",
    });
  });

  it("reads URLSearchParams as the route handler gets them", () => {
    expect(parseDashboardQuery(new URLSearchParams("year=2022&status=not-started&kind=department"))).toMatchObject({
      year: 2022,
      status: "NOT_STARTED",
      kind: "department",
    });
  });

  it.each([
    [{ year: "abc" }],
    [{ year: "20.5" }],
    [{ year: "-1" }],
    [{ kind: "village" }],
    [{ status: "LOST" }],
    [{ sort: "name; drop table" }],
    [{ dir: "sideways" }],
    [{ year: "", kind: "", status: "", sort: "", dir: "" }],
  ])("falls back to the defaults for bad params %j, never throwing", (params) => {
    expect(parseDashboardQuery(params)).toEqual(defaults);
  });

  it("keeps the good params when another one is bad", () => {
    expect(parseDashboardQuery({ year: "2023", kind: "nope", status: "submitted" })).toEqual({ ...defaults, year: 2023, status: "SUBMITTED" });
  });

  it("takes the first of a repeated param", () => {
    expect(parseDashboardQuery({ kind: ["department", "town"] }).kind).toBe("department");
  });

  it("cuts an overlong name filter to 50 characters", () => {
    expect(parseDashboardQuery({ q: "镇".repeat(80) }).q).toHaveLength(50);
  });

  it("gives each sort column its own default direction", () => {
    expect(parseDashboardQuery({ sort: "comments" }).dir).toBe("desc");
    expect(parseDashboardQuery({ sort: "days" }).dir).toBe("asc");
    expect(parseDashboardQuery({ sort: "comments", dir: "asc" }).dir).toBe("asc");
  });
});

describe("dashboardHref", () => {
  it("leaves defaults out of the URL", () => {
    expect(dashboardHref(defaults)).toBe("/review");
    expect(dashboardHref({ ...defaults, year: 2023 })).toBe("/review?year=2023");
  });

  it("round-trips through parseDashboardQuery", () => {
    const query: DashboardQuery = { year: 2023, kind: "department", status: "NOT_STARTED", q: "司法 局", sort: "comments", dir: "asc" };
    const href = dashboardHref(query);
    expect(href).toBe("/review?year=2023&kind=department&status=not-started&q=%E5%8F%B8%E6%B3%95+%E5%B1%80&sort=comments&dir=asc");
    expect(parseDashboardQuery(new URL(href, "http://x").searchParams)).toEqual(query);
  });

  it("applies a patch, and an undefined status removes the filter", () => {
    const query: DashboardQuery = { ...defaults, year: 2023, status: "OVERDUE" };
    expect(dashboardHref(query, { status: undefined })).toBe("/review?year=2023");
    expect(dashboardHref(query, { year: 2022 })).toBe("/review?year=2022&status=overdue");
  });

  it("builds the export link with the same filters and the format", () => {
    expect(dashboardExportHref({ ...defaults, year: 2023, kind: "town", sort: "days" }, "csv")).toBe("/review/export?year=2023&kind=town&sort=days&format=csv");
  });
});

describe("sortHref", () => {
  it("flips the direction of the column already sorted", () => {
    expect(sortHref({ ...defaults, year: 2023 }, "unit")).toBe("/review?year=2023&dir=desc");
    expect(sortHref({ ...defaults, year: 2023, sort: "days", dir: "desc" }, "days")).toBe("/review?year=2023&sort=days");
  });

  it("starts another column at its default direction", () => {
    expect(sortHref({ ...defaults, year: 2023, sort: "days", dir: "desc" }, "comments")).toBe("/review?year=2023&sort=comments");
  });
});
