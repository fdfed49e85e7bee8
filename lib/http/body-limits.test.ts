import { describe, expect, it } from "vitest";
import { bodyLimitFor, bodyLimits, largestBodyLimit } from "@/lib/http/body-limits";

describe("bodyLimitFor", () => {
  it("gives sign-in a small limit, the unit import 2 MB and every other action 1 MB", () => {
    expect(bodyLimitFor("/api/auth/callback/credentials")).toMatchObject({ bytes: 16 * 1024, label: "16 KB" });
    expect(bodyLimitFor("/admin/units")).toMatchObject({ bytes: 2 * 1024 * 1024, label: "2 MB" });
    expect(bodyLimitFor("/admin/units/import")).toMatchObject({ bytes: 2 * 1024 * 1024 });
    expect(bodyLimitFor("/workspace/reports/r1/sections/law-study")).toMatchObject({ bytes: 1024 * 1024, label: "1 MB" });
    expect(bodyLimitFor("/admin/users")).toMatchObject({ bytes: 1024 * 1024 });
  });

  it("lets a report import carry a 10 MB file with its form around it", () => {
    expect(bodyLimitFor("/workspace/import/r1").bytes).toBe(11 * 1024 * 1024);
    expect(bodyLimitFor("/admin/import").bytes).toBe(11 * 1024 * 1024);
    expect(bodyLimitFor("/workspace/reports/r1").bytes).toBe(1024 * 1024);
  });

  it("matches whole path segments only", () => {
    expect(bodyLimitFor("/api/authority").bytes).toBe(1024 * 1024);
    expect(bodyLimitFor("/admin/units-archive").bytes).toBe(1024 * 1024);
  });

  it("labels each limit with its own size, the largest being Next's server-action limit", () => {
    for (const limit of bodyLimits) {
      const [amount, unit] = limit.label.split(" ");
      expect(Number(amount) * (unit === "MB" ? 1024 * 1024 : 1024)).toBe(limit.bytes);
    }
    expect(largestBodyLimit).toBe(11 * 1024 * 1024);
  });
});
