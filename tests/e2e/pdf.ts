// Reading PDFs in specs with poppler's pdfinfo and pdftotext, and converting Word files with
// LibreOffice (scripts/test.sh installs both when they are missing).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type PdfWord = { text: string; xMin: number; xMax: number; yMin: number };
export type PdfPage = { width: number; height: number; words: PdfWord[] };

/** Page count and the first page's size in points, from pdfinfo. */
export function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), width: Number(size[1]), height: Number(size[2]) };
}

/** All the text, with line breaks and spaces removed so phrases wrapped across lines still match. */
export function pdfText(file: string): string {
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
}

/** Each page's words with their boxes, from pdftotext -bbox. */
export function pdfPages(file: string): PdfPage[] {
  const html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
  return html.split("<page ").slice(1).map((chunk) => ({
    width: Number(/width="([\d.]+)"/.exec(chunk)![1]),
    height: Number(/height="([\d.]+)"/.exec(chunk)![1]),
    words: [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
      text: m[4],
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
    })),
  }));
}

/**
 * The page's lowest line, where the page number is ("— n —" with the spaces as extracted), and
 * where it sits across the page: 0 is the left edge, 1 the right.
 */
export function pageNumberOf(page: PdfPage): { text: string; left: number; right: number } | null {
  if (page.words.length === 0) return null;
  const lowest = Math.max(...page.words.map((w) => w.yMin));
  const bottom = page.words.filter((w) => w.yMin > lowest - 2);
  return {
    text: bottom.map((w) => w.text).join(" "),
    left: Math.min(...bottom.map((w) => w.xMin)) / page.width,
    right: Math.max(...bottom.map((w) => w.xMax)) / page.width,
  };
}

/** Converts a .docx to PDF with LibreOffice in a profile of its own (parallel runs share none). */
export function convertToPdf(docx: string): string {
  const outDir = path.dirname(docx);
  const profile = mkdtempSync(path.join(tmpdir(), "lo-profile-"));
  try {
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, docx], {
      stdio: "pipe",
      timeout: 120_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = path.join(outDir, `${path.basename(docx, ".docx")}.pdf`);
  if (!readdirSync(outDir).includes(path.basename(pdf))) throw new Error(`LibreOffice wrote no PDF for ${docx}`);
  return pdf;
}
