// What an uploaded file is, decided by its first bytes (magic numbers) before its name: a .docx
// saved under another name is still read, and a picture renamed .docx is not parsed as one.
// The name only decides for files with no recognisable signature: text, or an old-format
// document some websites serve as HTML under a .doc name.

export type FileKind =
  /** A ZIP package: read as .docx (a ZIP that is not one fails there). */
  | "docx"
  /** An OLE compound file holding an "EncryptedPackage" stream: a .docx with an opening password. */
  | "encrypted"
  /** Old Word/WPS formats: an OLE compound file (.doc, .wps), RTF, or anything named .doc/.wps. */
  | "legacy"
  /** Named .docx but not a ZIP: damaged, or another file renamed. */
  | "not-docx"
  /** Plain text, to be decoded and checked for binary content. */
  | "text"
  /** PDF, images, archives, spreadsheets, unknown extensions. */
  | "unsupported";

const cfbMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const zipMagic = [0x50, 0x4b, 0x03, 0x04];
// Formats someone might pick by mistake; each is refused as unsupported, or as not a .docx if so named.
const otherMagic = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x42, 0x4d], // BMP
  [0x49, 0x49, 0x2a, 0x00], // TIFF
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF
  [0x52, 0x61, 0x72, 0x21], // Rar!
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x1f, 0x8b], // gzip
  [0x4d, 0x5a], // MZ (Windows executable)
  [0x7f, 0x45, 0x4c, 0x46], // ELF
];
const rtfMagic = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf

const legacyExtensions = new Set(["doc", "dot", "wps", "wpt", "rtf"]);
const docxExtensions = new Set(["docx", "docm", "dotx", "dotm"]);
const textExtensions = new Set(["txt", "text", ""]);

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

// "EncryptedPackage" as a UTF-16LE directory entry name in the compound file.
const encryptedPackageName = Buffer.from("EncryptedPackage", "utf16le");

function hasEncryptedPackage(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(encryptedPackageName);
}

/** The extension, lower case and without the dot ("" when there is none). */
export function fileExtension(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot + 1).trim().toLowerCase();
}

export function detectFileKind(name: string, bytes: Uint8Array): FileKind {
  const extension = fileExtension(name);
  if (startsWith(bytes, zipMagic)) return "docx";
  if (startsWith(bytes, cfbMagic)) return hasEncryptedPackage(bytes) ? "encrypted" : "legacy";
  if (startsWith(bytes, rtfMagic)) return "legacy";
  if (otherMagic.some((magic) => startsWith(bytes, magic))) return docxExtensions.has(extension) ? "not-docx" : "unsupported";
  if (legacyExtensions.has(extension)) return "legacy";
  if (docxExtensions.has(extension)) return "not-docx";
  if (textExtensions.has(extension)) return "text";
  return "unsupported";
}
