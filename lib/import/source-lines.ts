// Pasted text and .txt files become the same SourceLine[] a .docx does, one per paragraph.
import type { SourceLine } from "@/lib/import/types";

export function textToSourceLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((line) => ({ text: line }));
}
