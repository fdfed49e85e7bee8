import { bodyLimitFor } from "@/lib/http/body-limits";
import { isForeignOrigin } from "@/lib/http/same-origin";
import { isWellFormedActionPayload, readBodyWithin } from "@/lib/http/action-payload";
import { refusal, type Refusal } from "@/lib/http/refuse-request";

const methodsWithBody = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export type GuardedRequest = {
  method: string;
  pathname: string;
  headers: Headers;
  body: ReadableStream<Uint8Array> | null;
};

/**
 * What the proxy checks before a request with a body reaches a server action or route handler,
 * so that Next never answers these with a 500: a foreign Origin (403), a body over the path's
 * limit (413), an action payload that cannot be decoded (400). Header checks first, so the
 * usual request costs a few comparisons; only action payloads and bodies of unknown length
 * (chunked) are read, and never past the limit.
 */
export async function guardRequest(request: GuardedRequest, siteUrls: readonly (string | undefined)[]): Promise<Refusal | null> {
  if (!methodsWithBody.has(request.method)) return null;
  const { headers } = request;
  const origin = { origin: headers.get("origin"), host: headers.get("host"), forwardedHost: headers.get("x-forwarded-host"), siteUrls };
  if (isForeignOrigin(origin)) return refusal("foreign-origin");

  const limit = bodyLimitFor(request.pathname);
  const declared = headers.get("content-length");
  if (declared !== null && Number(declared) > limit.bytes) return refusal("too-large", limit.label);

  const contentType = headers.get("content-type") ?? "";
  const isAction = headers.has("next-action") || contentType.startsWith("multipart/form-data");
  if (declared !== null && !isAction) return null;

  const body = await readBodyWithin(request.body, limit.bytes);
  if (!body) return refusal("too-large", limit.label);
  if (isAction && !(await isWellFormedActionPayload(contentType, body))) return refusal("malformed");
  return null;
}
