import { describe, expect, it } from "vitest";
import { siteOrigin } from "./site-origin";

describe("siteOrigin", () => {
  it("prefers the configured public address", () => {
    expect(siteOrigin(new Headers({ host: "evil.example" }), "https://fazhi.example.gov.cn/some/path")).toBe("https://fazhi.example.gov.cn");
  });

  it("otherwise uses the host the request came to, behind a proxy too", () => {
    expect(siteOrigin(new Headers({ host: "127.0.0.1:3000" }), "")).toBe("http://127.0.0.1:3000");
    expect(siteOrigin(new Headers({ host: "app:3000", "x-forwarded-host": "fz.example.cn", "x-forwarded-proto": "https" }), "")).toBe("https://fz.example.cn");
  });

  it("ignores a host that is not a plain host name", () => {
    expect(siteOrigin(new Headers({ host: "a.cn/<script>" }), "")).toBe("http://localhost");
    expect(siteOrigin(new Headers(), "")).toBe("http://localhost");
  });
});
