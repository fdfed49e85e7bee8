import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import { checkImportSize, readPastedText, readSourceFile } from "@/lib/import/read-source-file";
import type { SourceLine } from "@/lib/import/types";

/** What the user gave: an uploaded file, or text pasted into the form. */
export type ImportSource = { kind: "file"; name: string; bytes: Uint8Array } | { kind: "text"; text: string };

export type ReadSource = { name: string; checksum: string; lines: SourceLine[] };

export const pastedSourceName = "粘贴的文字";

/** SHA-256 of the source, which binds a confirm to the preview the user saw. */
export function sourceChecksum(source: ImportSource): string {
  const hash = createHash("sha256");
  hash.update(source.kind === "file" ? source.bytes : Buffer.from(source.text, "utf8"));
  return hash.digest("hex");
}

export async function readImportSource(source: ImportSource): Promise<ReadSource> {
  if (source.kind === "text") {
    if (!source.text.trim()) throw new AppError("INVALID_INPUT", "请粘贴报告的文字，或选择要上传的文件。");
    checkImportSize(Buffer.byteLength(source.text, "utf8"));
    return { name: pastedSourceName, checksum: sourceChecksum(source), lines: readPastedText(source.text) };
  }
  checkImportSize(source.bytes.byteLength);
  const lines = await readSourceFile({ name: source.name, bytes: source.bytes });
  return { name: source.name, checksum: sourceChecksum(source), lines };
}
