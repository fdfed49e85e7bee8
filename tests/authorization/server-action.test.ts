import { describe, expect, it } from "vitest";
import { encodeActionArgs, isPageOf, outcomeOfCode, readActionValue } from "./server-action";

describe("calling a server action over HTTP", () => {
  it("encodes form and bound arguments as the browser sent them (captured from Chromium)", async () => {
    const data = new FormData();
    data.set("reportId", "r1");
    data.set("body", "请补充数据。");
    const body = await encodeActionArgs(["c1", null, data]);
    expect(body).toBeInstanceOf(FormData);
    expect([...(body as FormData).entries()]).toEqual([
      ["_1_reportId", "r1"],
      ["_1_body", "请补充数据。"],
      ["0", '["c1",null,"$K1"]'],
    ]);
    // Plain values go as JSON text; a string that starts with "$" is escaped.
    expect(await encodeActionArgs([2024])).toBe("[2024]");
    expect(await encodeActionArgs([{ key: "$x" }])).toBe('[{"key":"$$x"}]');
  });

  it("reads the action's return value from the flight response", () => {
    const flight = ['0:{"a":"$@1","q":"","i":false,"b":"build"}', '1:{"ok":false,"message":"您没有执行此操作的权限。","code":"FORBIDDEN","details":"$undefined"}', ""].join("\n");
    expect(readActionValue(flight)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(readActionValue("{}")).toBeNull();
  });

  it("maps result codes to the matrix's outcomes and leaves the rest unexpected", () => {
    expect(outcomeOfCode("UNAUTHENTICATED")).toBe("login");
    expect(outcomeOfCode("NOT_FOUND")).toBe("notFound");
    expect(outcomeOfCode("FORBIDDEN")).toBe("forbidden");
    expect(outcomeOfCode("INVALID_TRANSITION")).toBe("invalid");
    // A builder that sends a stale version or bad input is a broken test, not a refusal.
    expect(outcomeOfCode("STALE_VIEW")).toBe("unexpected");
    expect(outcomeOfCode("INVALID_INPUT")).toBe("unexpected");
  });

  it("matches a concrete path to the page pattern of the build manifest", () => {
    expect(isPageOf("/review/reports/[reportId]", "/review/reports/abc")).toBe(true);
    expect(isPageOf("/review/reports/[reportId]", "/review/reports/abc/timeline")).toBe(false);
    expect(isPageOf("/workspace", "/workspace")).toBe(true);
  });
});
