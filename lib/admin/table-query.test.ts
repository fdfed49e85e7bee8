import { describe, expect, it } from "vitest";
import { parseSort, sortHref, tableHref } from "@/lib/admin/table-query";

const keys = ["order", "name"] as const;

describe("admin table query", () => {
  it("falls back to the default sort for anything unknown", () => {
    expect(parseSort({ sort: "password", dir: "sideways" }, keys, "order")).toEqual({ sort: "order", dir: "asc" });
    expect(parseSort({ sort: ["name", "order"], dir: "desc" }, keys, "order")).toEqual({ sort: "name", dir: "desc" });
  });

  it("keeps filters and leaves defaults out of links", () => {
    const query = { sort: "order" as const, dir: "asc" as const, filters: { kind: "town", q: "" } };
    expect(tableHref("/admin/units", query, "order")).toBe("/admin/units?kind=town");
    expect(sortHref("/admin/units", query, "order", "name")).toBe("/admin/units?kind=town&sort=name");
    expect(sortHref("/admin/units", query, "order", "order")).toBe("/admin/units?kind=town&dir=desc");
  });
});
