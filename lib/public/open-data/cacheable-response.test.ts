import { describe, expect, it } from "vitest";
import { cacheableResponse, etagOf, isNotModified, publicCacheControl } from "./cacheable-response";

describe("cacheableResponse", () => {
  const body = JSON.stringify({ reports: [{ title: "报告" }] });

  it("sends the body with cache headers and an ETag that changes with the body", async () => {
    const response = cacheableResponse(new Request("http://x/api"), body, "application/json; charset=utf-8", { "Access-Control-Allow-Origin": "*" });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(body);
    expect(response.headers.get("cache-control")).toBe(publicCacheControl);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("etag")).toBe(etagOf(body));
    expect(etagOf(body)).not.toBe(etagOf(`${body} `));
  });

  it("answers 304 without a body when the client already has this version", async () => {
    const etag = etagOf(body);
    const response = cacheableResponse(new Request("http://x/api", { headers: { "If-None-Match": `"other", W/${etag}` } }), body, "application/json");
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
    expect(response.headers.get("etag")).toBe(etag);
  });

  it("compares ETags weakly and ignores ones that do not match", () => {
    const etag = etagOf(body);
    expect(isNotModified(etag, etag)).toBe(true);
    expect(isNotModified(`W/${etag}`, etag)).toBe(true);
    expect(isNotModified("*", etag)).toBe(true);
    expect(isNotModified(null, etag)).toBe(false);
    expect(isNotModified('"abc"', etag)).toBe(false);
  });
});
