import { z } from "zod";

// A notification's link goes back to the browser and returns as a redirect target, so it is
// checked again: only a path on this site may be followed, never another site ("//evil.example",
// "/\evil.example" and "https://…" all leave it) or a script URL.
const probeOrigin = "http://in-app.invalid";

export function isInAppPath(value: string): boolean {
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return false;
  // Browsers drop or reinterpret control characters, spaces and backslashes in a URL.
  if (/[\u0000-\u0020\u007f\\]/.test(value)) return false;
  try {
    return new URL(value, probeOrigin).origin === probeOrigin;
  } catch {
    return false;
  }
}

export const inAppPathSchema = z.string().max(500, "链接过长。").refine(isInAppPath, "链接不是本站的页面。");
