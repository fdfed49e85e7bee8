import { describe, expect, it } from "vitest";
import { chinaDayRange, decodeCursor, encodeCursor, hasFilters, parseAuditQuery, toSearchParams } from "@/lib/audit/audit-query";

const userId = "cm4user0000000000000001";
const unitId = "cm4unit0000000000000001";

describe("parseAuditQuery", () => {
  it("reads every filter from well-formed parameters", () => {
    expect(parseAuditQuery({ user: userId, unit: unitId, kind: "REPORT_RETURNED", from: "2024-03-01", to: "2024-03-31" })).toEqual({
      filters: { userId, unitId, kind: "REPORT_RETURNED", from: "2024-03-01", to: "2024-03-31" },
      before: null,
      notes: [],
    });
  });

  it("treats missing and empty parameters as no filter, without a note", () => {
    expect(parseAuditQuery({})).toEqual({ filters: {}, before: null, notes: [] });
    expect(parseAuditQuery({ user: "", unit: " ", kind: "", from: "", to: "" })).toEqual({ filters: {}, before: null, notes: [] });
  });

  it("drops each bad value with a note and keeps the good ones", () => {
    const query = parseAuditQuery({ user: "'; drop table", unit: unitId, kind: "NOT_A_KIND", from: "2024-02-30", to: "2024-03-31" });
    expect(query.filters).toEqual({ unitId, to: "2024-03-31" });
    expect(query.notes).toEqual(["“用户”的值无效，已忽略该条件。", "“操作类型”的值无效，已忽略该条件。", "“开始日期”的值无效，已忽略该条件。"]);
  });

  it("ignores a date range that ends before it starts", () => {
    const query = parseAuditQuery({ from: "2024-04-01", to: "2024-03-01", kind: "AUTH_LOGIN" });
    expect(query.filters).toEqual({ kind: "AUTH_LOGIN" });
    expect(query.notes).toEqual(["开始日期晚于结束日期，已忽略日期范围。"]);
  });

  it("accepts a one-day range", () => {
    expect(parseAuditQuery({ from: "2024-03-01", to: "2024-03-01" }).filters).toEqual({ from: "2024-03-01", to: "2024-03-01" });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseAuditQuery({ kind: ["AUTH_LOGIN", "AUTH_LOGOUT"] }).filters).toEqual({ kind: "AUTH_LOGIN" });
  });

  it("reads the page cursor, and starts from the newest with a note when it is garbled", () => {
    const cursor = { createdAt: new Date("2024-03-01T02:03:04.005Z"), id: "cm4event000000000000001" };
    expect(parseAuditQuery({ before: encodeCursor(cursor) }).before).toEqual(cursor);
    const bad = parseAuditQuery({ before: "yesterday" });
    expect(bad.before).toBeNull();
    expect(bad.notes).toEqual(["翻页位置无效，已从最新的记录开始显示。"]);
  });
});

describe("cursor", () => {
  it("round-trips through the URL", () => {
    const cursor = { createdAt: new Date(1_709_258_584_005), id: "abc123" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("1709258584005-abc/123")).toBeNull();
    expect(decodeCursor("-abc")).toBeNull();
  });
});

describe("chinaDayRange", () => {
  it("covers whole days in China's time, both ends inclusive", () => {
    expect(chinaDayRange({ from: "2024-03-01", to: "2024-03-02" })).toEqual({
      gte: new Date("2024-02-29T16:00:00.000Z"),
      lt: new Date("2024-03-02T16:00:00.000Z"),
    });
  });

  it("leaves an open end open", () => {
    expect(chinaDayRange({ from: "2024-03-01" })).toEqual({ gte: new Date("2024-02-29T16:00:00.000Z") });
    expect(chinaDayRange({ to: "2024-12-31" })).toEqual({ lt: new Date("2024-12-31T16:00:00.000Z") });
    expect(chinaDayRange({})).toEqual({});
  });
});

describe("toSearchParams", () => {
  it("writes the names the form reads, so a link keeps the filters", () => {
    const filters = { userId, kind: "AUTH_LOGIN" as const, from: "2024-03-01" };
    const params = toSearchParams(filters, { createdAt: new Date(5), id: "x1" });
    expect(params.toString()).toBe(`user=${userId}&kind=AUTH_LOGIN&from=2024-03-01&before=5-x1`);
    expect(parseAuditQuery(Object.fromEntries(params)).filters).toEqual(filters);
  });

  it("says whether any filter is set", () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ to: "2024-01-01" })).toBe(true);
  });
});
