// The .docx as a ZIP package: checked before mammoth sees it (a ZIP that is damaged, is not a
// Word document, or would inflate to something huge is refused here), and the parts mammoth
// does not expose read as XML. Everything stays in memory.
import JSZip from "jszip";
import { AppError } from "@/lib/errors";
import { attribute, childElements, parseXml } from "./xml";

/** Larger than any real document.xml (a 300-page report is about 5 MB) and small enough to be safe. */
const maxPartBytes = 64 * 1024 * 1024;

export type DocxPackage = {
  mainDocumentPath: string;
  /** The part's XML, or null when the package has no such part or it does not parse. */
  readXml(path: string | null): Promise<Element | null>;
  numberingPath: string | null;
  stylesPath: string | null;
};

function uncompressedSize(entry: JSZip.JSZipObject): number {
  // JSZip keeps the central directory's sizes on the entry; not in its typings.
  const data = (entry as unknown as { _data?: { uncompressedSize?: number } })._data;
  return data?.uncompressedSize ?? 0;
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base ? base.split("/") : [];
  for (const part of target.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}

async function relationshipTargets(zip: JSZip, relsPath: string, base: string): Promise<Map<string, string>> {
  const targets = new Map<string, string>();
  const entry = zip.file(relsPath);
  if (!entry) return targets;
  try {
    const root = parseXml(await entry.async("string"));
    for (const relationship of childElements(root)) {
      const type = attribute(relationship, "Type")?.split("/").pop();
      const target = attribute(relationship, "Target");
      if (type && target && attribute(relationship, "TargetMode") !== "External" && !targets.has(type)) {
        targets.set(type, resolveTarget(base, target));
      }
    }
  } catch {
    // A broken relationships part: the conventional paths below still apply.
  }
  return targets;
}

export async function openDocxPackage(bytes: Uint8Array): Promise<DocxPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new AppError("IMPORT_CORRUPT");
  }
  for (const entry of Object.values(zip.files)) {
    if (uncompressedSize(entry) > maxPartBytes) throw new AppError("IMPORT_TOO_LARGE", "文件解压后的内容过大，不像是一份报告，无法导入。请确认选对了文件，或直接复制粘贴正文。");
  }
  const packageTargets = await relationshipTargets(zip, "_rels/.rels", "");
  const mainCandidate = packageTargets.get("officeDocument");
  const mainDocumentPath = mainCandidate && zip.file(mainCandidate) ? mainCandidate : "word/document.xml";
  if (!zip.file(mainDocumentPath)) throw new AppError("IMPORT_CORRUPT");

  const slash = mainDocumentPath.lastIndexOf("/");
  const base = slash < 0 ? "" : mainDocumentPath.slice(0, slash);
  const documentTargets = await relationshipTargets(zip, `${base ? `${base}/` : ""}_rels/${mainDocumentPath.slice(slash + 1)}.rels`, base);
  const partPath = (type: string) => {
    const target = documentTargets.get(type);
    if (target && zip.file(target)) return target;
    return zip.file(`word/${type}.xml`) ? `word/${type}.xml` : null;
  };

  return {
    mainDocumentPath,
    numberingPath: partPath("numbering"),
    stylesPath: partPath("styles"),
    async readXml(path) {
      const entry = path ? zip.file(path) : null;
      if (!entry) return null;
      try {
        return parseXml(await entry.async("string"));
      } catch {
        return null;
      }
    },
  };
}
