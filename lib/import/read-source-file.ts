// An uploaded report file, or pasted text, as source paragraphs (issue 12 §2). The file is judged
// by its content first and its name second, read in memory only, and refused with an AppError
// whose message says what is wrong and what to do (lib/errors.ts, IMPORT_*).
import { AppError } from "@/lib/errors";
import { detectFileKind } from "@/lib/import/detect-file-kind";
import { readDocxParagraphs } from "@/lib/import/docx/read-docx-paragraphs";
import { checkImportSize } from "@/lib/import/import-size";
import { decodeTextFile, textLines } from "@/lib/import/text-source";
import type { SourceLine } from "@/lib/import/types";

export { checkImportSize, maxImportBytes } from "@/lib/import/import-size";

const hasText = (lines: SourceLine[]) => lines.some((line) => line.text.trim() !== "");

/** Pasted text, one SourceLine per line (blank lines kept, trailing ones dropped). */
export function readPastedText(text: string): SourceLine[] {
  return textLines(text);
}

/** A .docx or .txt file as source lines; throws AppError (IMPORT_*) for anything it cannot read. */
export async function readSourceFile({ name, bytes }: { name: string; bytes: Uint8Array }): Promise<SourceLine[]> {
  checkImportSize(bytes.byteLength);
  switch (detectFileKind(name, bytes)) {
    case "docx": {
      const { lines, imageCount } = await readDocxParagraphs(bytes);
      if (!hasText(lines)) throw new AppError(imageCount > 0 ? "IMPORT_IMAGES_ONLY" : "IMPORT_NO_TEXT");
      return lines;
    }
    case "text": {
      const lines = textLines(decodeTextFile(bytes));
      if (!hasText(lines)) throw new AppError("IMPORT_NO_TEXT");
      return lines;
    }
    case "encrypted":
      throw new AppError("IMPORT_ENCRYPTED");
    case "legacy":
      throw new AppError("IMPORT_LEGACY_WORD");
    case "not-docx":
      throw new AppError("IMPORT_CORRUPT");
    case "unsupported":
      throw new AppError("IMPORT_UNSUPPORTED_TYPE");
  }
}
