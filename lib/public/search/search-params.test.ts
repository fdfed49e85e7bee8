import { describe, expect, it } from "vitest";
import { parseSearchParams, searchHref } from "./search-params";

describe("parseSearchParams", () => {
  it("reads q, year, kind and page", () => {
    const params = parseSearchParams({ q: " 执法证 ", year: "2022", kind: "town", page: "2" });
    expect(params).toMatchObject({ year: 2022, kind: "TOWN", page: 2, errors: [] });
    expect(params.query.terms).toEqual(["执法证"]);
    expect(parseSearchParams({ kind: "department" }).kind).toBe("DEPARTMENT");
  });

  it("treats missing and empty parameters as not given", () => {
    expect(parseSearchParams({})).toMatchObject({ year: undefined, kind: undefined, page: 1, errors: [] });
    expect(parseSearchParams({ q: "", year: "", kind: " ", page: "" })).toMatchObject({ year: undefined, kind: undefined, page: 1, errors: [] });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseSearchParams({ q: ["执法证", "复议"], year: ["2022", "x"] })).toMatchObject({ year: 2022, errors: [] });
  });

  it("leaves out invalid values and says what is wrong with each, in Chinese", () => {
    const params = parseSearchParams({ year: "22", kind: "TOWN", page: "0" });
    expect(params).toMatchObject({ year: undefined, kind: undefined, page: 1 });
    expect(params.errors).toHaveLength(3);
    expect(params.errors.join("")).toMatch(/年度.*单位类别.*页码/);
    for (const page of ["-1", "1.5", "abc", "10000", "1e3"]) expect(parseSearchParams({ page }).errors).toHaveLength(1);
    for (const year of ["2022a", "二〇二二", "' OR 1=1"]) expect(parseSearchParams({ year }).errors).toHaveLength(1);
  });
});

describe("searchHref", () => {
  it("keeps only the parameters that are set and encodes the query", () => {
    expect(searchHref({})).toBe("/search");
    expect(searchHref({ q: "执法证", year: 2022, kind: "TOWN", page: 1 })).toBe(`/search?q=${encodeURIComponent("执法证")}&year=2022&kind=town`);
    expect(searchHref({ q: "100% a&b", kind: "DEPARTMENT", page: 3 })).toBe("/search?q=100%25+a%26b&kind=department&page=3");
  });
});
