import { describe, expect, it } from "vitest";
import { isForeignOrigin } from "@/lib/http/same-origin";

const base = { host: "127.0.0.1:3140", forwardedHost: null, siteUrls: [] as string[] };

describe("isForeignOrigin", () => {
  it("accepts the site's own pages and requests without an Origin", () => {
    expect(isForeignOrigin({ ...base, origin: "http://127.0.0.1:3140" })).toBe(false);
    expect(isForeignOrigin({ ...base, origin: null })).toBe(false);
  });

  it("refuses another site, another port, the literal null and garbage", () => {
    expect(isForeignOrigin({ ...base, origin: "https://evil.example" })).toBe(true);
    expect(isForeignOrigin({ ...base, origin: "http://127.0.0.1:3141" })).toBe(true);
    expect(isForeignOrigin({ ...base, origin: "null" })).toBe(true);
    expect(isForeignOrigin({ ...base, origin: "::" })).toBe(true);
  });

  it("accepts the host a reverse proxy forwards and the configured site addresses", () => {
    const behindNginx = { origin: "https://fzbg.example.gov.cn", host: "127.0.0.1:3000" };
    expect(isForeignOrigin({ ...behindNginx, forwardedHost: "fzbg.example.gov.cn", siteUrls: [] })).toBe(false);
    expect(isForeignOrigin({ ...behindNginx, forwardedHost: null, siteUrls: [undefined, "https://fzbg.example.gov.cn/"] })).toBe(false);
    expect(isForeignOrigin({ ...behindNginx, forwardedHost: null, siteUrls: ["https://other.example.gov.cn"] })).toBe(true);
  });

  it("ignores case and the scheme's default port", () => {
    expect(isForeignOrigin({ origin: "https://FZBG.example.gov.cn", host: "fzbg.example.gov.cn:443", forwardedHost: null, siteUrls: [] })).toBe(false);
  });
});
