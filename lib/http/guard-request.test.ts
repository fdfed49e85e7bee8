import { describe, expect, it } from "vitest";
import { guardRequest, type GuardedRequest } from "@/lib/http/guard-request";

const site = "http://127.0.0.1:3140";
const savePath = "/workspace/reports/r1/sections/law-study";

function request(options: { body?: string | Uint8Array; headers?: Record<string, string>; chunked?: boolean; path?: string; method?: string }): GuardedRequest {
  const bytes = typeof options.body === "string" ? new TextEncoder().encode(options.body) : options.body;
  const headers = new Headers({ host: "127.0.0.1:3140", origin: site, ...options.headers });
  if (bytes && !options.chunked) headers.set("content-length", String(bytes.byteLength));
  return {
    method: options.method ?? "POST",
    pathname: options.path ?? savePath,
    headers,
    body: bytes ? new Blob([bytes as BlobPart]).stream() : null,
  };
}

const action = { "next-action": "40abc", "content-type": "text/plain;charset=UTF-8" };

describe("guardRequest", () => {
  it("lets a well-formed action and every GET through", async () => {
    expect(await guardRequest(request({ body: '[{"reportId":"r1"}]', headers: action }), [])).toBeNull();
    expect(await guardRequest(request({ method: "GET", headers: { origin: "https://evil.example" } }), [])).toBeNull();
  });

  it("refuses a foreign Origin with 403 before looking at the body", async () => {
    const refused = await guardRequest(request({ body: "[]", headers: { ...action, origin: "https://evil.example" } }), [site]);
    expect(refused).toMatchObject({ status: 403 });
    expect(refused!.message).toMatch(/本网站/);
  });

  it("refuses a declared length over the path's limit with 413, naming the limit", async () => {
    const big: GuardedRequest = { ...request({ headers: action }), body: null };
    big.headers.set("content-length", String(3 * 1024 * 1024));
    expect(await guardRequest(big, [])).toMatchObject({ status: 413, message: expect.stringContaining("1 MB") });
    const signIn: GuardedRequest = { ...request({ path: "/api/auth/callback/credentials" }), body: null };
    signIn.headers.set("content-length", String(20 * 1024 * 1024));
    expect(await guardRequest(signIn, [])).toMatchObject({ status: 413, message: expect.stringContaining("16 KB") });
  });

  it("counts a chunked body without a length and stops at the limit", async () => {
    const body = new Uint8Array(17 * 1024).fill(97);
    expect(await guardRequest(request({ path: "/api/auth/signin", body, chunked: true, headers: { "content-type": "application/x-www-form-urlencoded" } }), [])).toMatchObject({ status: 413 });
    expect(await guardRequest(request({ path: "/api/auth/signin", body: "login=a", chunked: true }), [])).toBeNull();
  });

  it("refuses a truncated or non-array action payload with 400", async () => {
    for (const body of ['[{"reportId":"r1","key":"law-st', "null", '{"a":1}', "\xff\xfe"]) {
      expect(await guardRequest(request({ body, headers: action }), []), body).toMatchObject({ status: 400 });
    }
  });

  it("checks multipart action payloads by parsing them", async () => {
    const multipart = { "next-action": "40abc", "content-type": "multipart/form-data; boundary=XX" };
    const whole = '--XX\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--XX--\r\n';
    expect(await guardRequest(request({ body: whole, headers: multipart }), [])).toBeNull();
    expect(await guardRequest(request({ body: whole.slice(0, 40), headers: multipart }), [])).toMatchObject({ status: 400 });
  });

  it("refuses text that is not well-formed Unicode (a lone surrogate) in any argument, with 400", async () => {
    // As JSON escapes: no browser sends these, and the database driver cannot store them.
    for (const body of ['[{"reportId":"r\\ud800"}]', '["\\udc00x"]', '[{"a":{"b":["ok","\\ud83d"]}}]', '[{"\\ud800":1}]']) {
      expect(await guardRequest(request({ body, headers: action }), []), body).toMatchObject({ status: 400 });
    }
    // A whole pair is an ordinary character (😀).
    expect(await guardRequest(request({ body: '[{"body":"\\ud83d\\ude00"}]', headers: action }), [])).toBeNull();
    const multipart = { "next-action": "40abc", "content-type": "multipart/form-data; boundary=XX" };
    const field = (value: string) => `--XX\r\nContent-Disposition: form-data; name="0"\r\n\r\n${value}\r\n--XX--\r\n`;
    expect(await guardRequest(request({ body: field('["$K1","r\\ud800"]'), headers: multipart }), [])).toMatchObject({ status: 400 });
    expect(await guardRequest(request({ body: field('["$K1","r1"]'), headers: multipart }), [])).toBeNull();
  });
});
