// A server action's arguments arrive as React's reply encoding: a JSON array in a text body, or
// multipart form data. When that is cut short or is not an array, React's decoder throws inside
// Next before the action runs, and Next answers 500 (next/dist/server/app-render/
// action-handler.js, the catch that notes "consider checking if the error is an ApiError").
// Checking the syntax here turns those into a 400 the clerk can understand. A syntactically valid
// payload with broken references (e.g. ["$Q"]) still reaches React's decoder: only React knows
// its format.

// Text that is not well-formed Unicode (a lone surrogate, which JSON can carry as an escape such
// as "\ud800" though no browser sends one) passes zod's string checks but fails in the database
// driver: Prisma answers 500. Refused here with the other malformed payloads.
function hasIllFormedText(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return !value.isWellFormed();
  // Deeper than any argument the app takes; React's decoder refuses it anyway.
  if (depth > 64 || value === null || typeof value !== "object") return false;
  return Object.entries(value).some(([key, inner]) => !key.isWellFormed() || hasIllFormedText(inner, depth + 1));
}

function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function isWellFormedActionPayload(contentType: string, body: Uint8Array): Promise<boolean> {
  if (contentType.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(body as BodyInit, { headers: { "content-type": contentType } }).formData();
    } catch {
      return false;
    }
    // React puts the non-form arguments in fields as JSON text; the form's own fields are text.
    for (const value of form.values()) {
      if (typeof value === "string" && (!value.isWellFormed() || hasIllFormedText(parseJsonText(value)))) return false;
    }
    return true;
  }
  try {
    const args = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body)) as unknown;
    return Array.isArray(args) && !hasIllFormedText(args);
  } catch {
    return false;
  }
}

/** Reads a body of unknown length (chunked) up to `limit` bytes; null when it is longer. */
export async function readBodyWithin(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array | null> {
  if (!stream) return new Uint8Array();
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
