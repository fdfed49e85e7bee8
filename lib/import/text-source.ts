// Plain text, pasted or from a .txt file, as source lines: one line, one paragraph.
import { AppError } from "@/lib/errors";
import { decodeCsvBytes } from "@/lib/text/decode-text";
import type { SourceLine } from "@/lib/import/types";

// C0 controls other than tab, line feed, vertical tab, form feed and carriage return, and DEL.
// 0x1A (Ctrl-Z) is allowed: old DOS editors end files with it.
function isStrayControl(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1a) || byte === 0x7f;
}

const sampleBytes = 64 * 1024;

/**
 * The text of a .txt file: UTF-16 when it has that byte-order mark (Notepad's "Unicode"), else
 * UTF-8 with or without one, else GB18030. A NUL byte, more than 2% stray control bytes or more
 * than 2% undecodable characters means the file is not text (a binary renamed .txt).
 */
export function decodeTextFile(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return new TextDecoder(bytes[0] === 0xff ? "utf-16le" : "utf-16be").decode(bytes.subarray(2));
  }
  const sample = bytes.subarray(0, sampleBytes);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) throw new AppError("IMPORT_NOT_TEXT");
    if (isStrayControl(byte)) controls++;
  }
  if (controls > sample.length * 0.02) throw new AppError("IMPORT_NOT_TEXT");
  const { text } = decodeCsvBytes(bytes);
  const undecodable = text.match(/\uFFFD/g)?.length ?? 0;
  if (undecodable > text.length * 0.02) throw new AppError("IMPORT_NOT_TEXT");
  return text;
}

/**
 * One SourceLine per line. CR LF, CR, LF, Unicode line and paragraph separators, and the vertical
 * tab and form feed (Word's manual line break and page break in copied text) all end a line.
 * A leading byte-order mark and other control characters (tabs aside) are dropped; blank lines
 * are kept, except those at the very end.
 */
export function textLines(text: string): SourceLine[] {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|[\r\n\v\f\u2028\u2029]/)
    .map((line) => line.replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, ""));
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  return lines.map((line) => ({ text: line }));
}
