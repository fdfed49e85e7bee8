// The upload limit, in a module of its own so the form can check a file's size in the browser
// before sending it, with the same number and message the server uses.
import { AppError } from "@/lib/errors";

/** 10 MB: a year's report is a few hundred KB of text; anything near this is mostly pictures. */
export const maxImportBytes = 10 * 1024 * 1024;

/** Throws IMPORT_EMPTY or IMPORT_TOO_LARGE; call it with the file's size before reading the file. */
export function checkImportSize(size: number): void {
  if (size <= 0) throw new AppError("IMPORT_EMPTY");
  if (size > maxImportBytes) throw new AppError("IMPORT_TOO_LARGE");
}
