// Calling a server action over HTTP exactly as the browser does, and reading what came back.
//
// The browser POSTs to the page it is on, with the action's id in `Next-Action` and the
// arguments encoded by React's encodeReply: plain JSON text when they are plain values, multipart
// when a FormData is among them (its fields prefixed `_1_…`, the argument list in field "0").
// Rather than re-implement that encoding, the walk uses the very encoder Next ships for its
// client (next/dist/compiled/react-server-dom-turbopack/client.node), so it cannot drift from what
// the server's decoder expects.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import type { Outcome } from "./matrix";

const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.node") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };
export type BuiltAction = { id: string; file: string; name: string; pages: string[] };

/** The build's server actions (.next/server/server-reference-manifest.json): id, module, export, pages using it. */
export function readBuiltActions(root = process.cwd()): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    file: entry.filename ?? "",
    name: entry.exportedName ?? "",
    // "app/(workspace)/review/reports/[reportId]/page" → "/review/reports/[reportId]"
    pages: Object.keys(entry.workers).map(
      (worker) =>
        worker
          .replace(/^app/, "")
          .replace(/\/page$/, "")
          .split("/")
          .filter((s) => !/^\(.*\)$/.test(s))
          .join("/") || "/",
    ),
  }));
}

/** Whether a concrete path ("/review/reports/abc") is an instance of a page pattern ("/review/reports/[reportId]"). */
export function isPageOf(pattern: string, concrete: string): boolean {
  const source = pattern.split("/").map((s) => (/^\[.+\]$/.test(s) ? "[^/]+" : s.replace(/[.*+?^${}()|\\]/g, "\\$&"))).join("/");
  return new RegExp(`^${source}$`).test(concrete);
}

/** A form's fields as the browser sends them. */
export function form(fields: Record<string, string | number | Blob>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, typeof value === "object" ? value : String(value));
  return data;
}

export function encodeActionArgs(args: unknown[]): Promise<string | FormData> {
  return encodeReply(args);
}

export async function postAction(api: APIRequestContext, page: string, actionId: string, args: unknown[]): Promise<APIResponse> {
  const body = await encodeActionArgs(args);
  const headers: Record<string, string> = { "Next-Action": actionId, Accept: "text/x-component" };
  if (typeof body === "string") {
    headers["Content-Type"] = "text/plain;charset=UTF-8";
    return api.fetch(page, { method: "POST", headers, data: body, maxRedirects: 0 });
  }
  return api.fetch(page, { method: "POST", headers, multipart: body, maxRedirects: 0 });
}

export type ActionValue = { ok: boolean; code?: string; data?: unknown; message?: string };

/**
 * The action's return value in an RSC flight response: row 0 names it (`"a":"$@N"`), row N holds
 * it as JSON. Enough for ActionResult, which is plain data.
 */
export function readActionValue(flight: string): ActionValue | null {
  const rows = new Map<string, string>();
  for (const line of flight.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match && !rows.has(match[1])) rows.set(match[1], match[2]);
  }
  const json = (text: string | undefined): unknown => {
    try {
      return text ? JSON.parse(text) : undefined;
    } catch {
      return undefined;
    }
  };
  const root = json(rows.get("0")) as { a?: unknown } | undefined;
  if (!root || typeof root.a !== "string" || !root.a.startsWith("$@")) return null;
  const value = json(rows.get(root.a.slice(2)));
  return typeof value === "object" && value !== null && typeof (value as ActionValue).ok === "boolean" ? (value as ActionValue) : null;
}

export type Observed = { outcome: Outcome | "unexpected"; detail: string };

/** Expected refusals of a state (the role may, the resource's status does not let it now). */
const stateCodes = new Set(["INVALID_TRANSITION", "YEAR_CLOSED", "INCOMPLETE", "OPEN_COMMENTS"]);

export function outcomeOfCode(code: string | undefined): Outcome | "unexpected" {
  if (code === "UNAUTHENTICATED") return "login";
  if (code === "NOT_FOUND") return "notFound";
  if (code === "FORBIDDEN") return "forbidden";
  if (code && stateCodes.has(code)) return "invalid";
  return "unexpected";
}

function isLoginPath(location: string | undefined): boolean {
  return !!location && /^(https?:\/\/[^/]+)?\/login(\?|;|$)/.test(location);
}

export async function observeAction(
  response: APIResponse,
  unwrap?: (value: ActionValue) => ActionValue,
  silent?: () => Promise<ActionValue>,
): Promise<Observed> {
  const headers = response.headers();
  const status = response.status();
  if (status >= 300 && status < 400) {
    return { outcome: isLoginPath(headers.location) ? "login" : "unexpected", detail: `HTTP ${status} → ${headers.location}` };
  }
  const redirect = headers["x-action-redirect"];
  if (redirect) return { outcome: isLoginPath(redirect) ? "login" : "ok", detail: `x-action-redirect: ${redirect}` };
  const text = await response.text();
  if (status !== 200) return { outcome: "unexpected", detail: `HTTP ${status}: ${text.slice(0, 200)}` };
  if (silent) {
    const value = await silent();
    return { outcome: value.ok ? "ok" : outcomeOfCode(value.code), detail: `form action without a result; the database says ${JSON.stringify(value)}` };
  }
  const raw = readActionValue(text);
  if (!raw) return { outcome: "unexpected", detail: `no action result in: ${text.slice(0, 200)}` };
  const value = unwrap ? unwrap(raw) : raw;
  const detail = JSON.stringify({ ok: value.ok, code: value.code, message: value.message });
  return { outcome: value.ok ? "ok" : outcomeOfCode(value.code), detail };
}

export async function observeHttp(response: APIResponse): Promise<Observed> {
  const status = response.status();
  const location = response.headers().location;
  const detail = `HTTP ${status}${location ? ` → ${location}` : ""}`;
  if (status === 401 || (status >= 300 && status < 400 && isLoginPath(location))) return { outcome: "login", detail };
  if ((status >= 200 && status < 300) || status === 304) return { outcome: "ok", detail };
  if (status === 403) return { outcome: "forbidden", detail };
  if (status === 404) return { outcome: "notFound", detail };
  if (status === 409 || status === 422) return { outcome: "invalid", detail };
  return { outcome: "unexpected", detail: `${detail}: ${(await response.text()).slice(0, 200)}` };
}
