import { describe, expect, it } from "vitest";
import { cappedTotal, pageWindow } from "./match-options";

describe("cappedTotal", () => {
  it("is exact up to the limit and says when more match", () => {
    expect(cappedTotal(0, 1000)).toEqual({ total: 0, isTotalCapped: false });
    expect(cappedTotal(1000, 1000)).toEqual({ total: 1000, isTotalCapped: false });
    expect(cappedTotal(1001, 1000)).toEqual({ total: 1000, isTotalCapped: true });
  });
});

describe("pageWindow", () => {
  it("keeps a page within the counted matches and the limit", () => {
    expect(pageWindow(0, 20, 5, 1000)).toEqual({ offset: 0, limit: 5 });
    expect(pageWindow(980, 20, 1000, 1000)).toEqual({ offset: 980, limit: 20 });
    expect(pageWindow(990, 20, 1000, 1000)).toEqual({ offset: 990, limit: 10 });
    expect(pageWindow(1000, 20, 1000, 1000)).toBeNull();
    expect(pageWindow(20, 20, 5, 1000)).toBeNull();
  });
});
