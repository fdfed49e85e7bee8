import { describe, expect, it } from "vitest";
import { isBlockedByClosedYear } from "@/lib/reports/year-writable";

describe("isBlockedByClosedYear", () => {
  it("stops drafting, submitting and answering on a closed year", () => {
    for (const action of ["report:edit", "report:submit", "comment:answer"] as const) {
      expect(isBlockedByClosedYear(action, { yearIsOpen: false, indexNumber: null })).toBe(true);
      expect(isBlockedByClosedYear(action, { yearIsOpen: true, indexNumber: null })).toBe(false);
    }
  });

  it("lets a published report's correction through and never stops review", () => {
    expect(isBlockedByClosedYear("report:edit", { yearIsOpen: false, indexNumber: "X/2032-00001" })).toBe(false);
    expect(isBlockedByClosedYear("report:approve", { yearIsOpen: false, indexNumber: null })).toBe(false);
    expect(isBlockedByClosedYear("report:read", { yearIsOpen: false, indexNumber: null })).toBe(false);
  });
});
