// A server action's arguments arrive as React's reply encoding: a JSON array in a text body, or
// multipart form data. When that is cut short or is not an array, React's decoder throws inside
// Next before the action runs, and Next answers 500 (next/dist/server/app-render/
// action-handler.js, the catch that notes "consider checking if the error is an ApiError").
// Checking the syntax here turns those into a 400 the clerk can understand. A syntactically valid
// payload with broken references (e.g. ["$Q"]) still reaches React's decoder: only React knows
// its format.

export async function isWellFormedActionPayload(contentType: string, body: Uint8Array): Promise<boolean> {
  if (contentType.startsWith("multipart/form-data")) {
    try {
      await new Response(body as BodyInit, { headers: { "content-type": contentType } }).formData();
      return true;
    } catch {
      return false;
    }
  }
  try {
    return Array.isArray(JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body)));
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
