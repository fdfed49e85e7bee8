// mammoth's reading of a .docx, kept as a tree of paragraphs and tables instead of HTML:
// mammoth.convertToHtml hands the document to `transformDocument`, which keeps it and returns an
// empty one, so no HTML (and no image data URI) is ever produced. Each paragraph keeps its runs as
// text segments marked bold or not, split into pieces at line, page and column breaks.
import mammoth from "mammoth";
import { AppError } from "@/lib/errors";

export type Segment = { text: string; bold: boolean };

export type DocxParagraph = {
  /** Position among all paragraphs, tables' included, in document order. */
  ordinal: number;
  /** The paragraph's lines: one per piece between breaks (empty ones beside page breaks dropped). */
  pieces: Segment[][];
  styleName?: string;
  /** The list level mammoth found (0-based), when the paragraph is numbered. */
  listLevel?: number;
};

export type Block = { kind: "paragraph"; paragraph: DocxParagraph } | { kind: "table"; rows: Block[][][] };

export type DocxTree = { blocks: Block[]; paragraphCount: number; imageCount: number };

// mammoth's document nodes (lib/documents.js), as far as they are read here.
type Node = {
  type: string;
  children?: Node[];
  value?: string;
  breakType?: "line" | "page" | "column";
  checked?: boolean;
  isBold?: boolean;
  styleName?: string | null;
  numbering?: { level?: string } | null;
};

const boldRunStyles = /^(strong|要点)$/i;

export async function readMammothTree(bytes: Uint8Array): Promise<DocxTree> {
  let document: Node | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        transformDocument: (element: Node) => {
          document = element;
          return { ...element, children: [] };
        },
      },
    );
  } catch {
    throw new AppError("IMPORT_CORRUPT");
  }
  if (!document) throw new AppError("IMPORT_CORRUPT");

  let ordinal = 0;
  let imageCount = 0;

  function paragraph(node: Node, after: Block[]): DocxParagraph {
    const own = ordinal++;
    const pieces: Segment[][] = [[]];
    const boundaries: ("line" | "page" | "column")[] = [];
    const walk = (child: Node, bold: boolean): void => {
      switch (child.type) {
        case "text":
          pieces[pieces.length - 1].push({ text: (child.value ?? "").replace(/[\r\n]+/g, " "), bold });
          return;
        case "tab":
          pieces[pieces.length - 1].push({ text: "\t", bold });
          return;
        case "checkbox":
          pieces[pieces.length - 1].push({ text: child.checked ? "☑" : "☐", bold });
          return;
        case "break":
          boundaries.push(child.breakType ?? "line");
          pieces.push([]);
          return;
        case "image":
          imageCount++;
          return;
        case "paragraph":
          // A text box inside the paragraph: mammoth nests it, Word shows it beside; it goes after.
          after.push(...blocks([child]));
          return;
        case "run":
          for (const grandchild of child.children ?? []) walk(grandchild, !!child.isBold || boldRunStyles.test(child.styleName ?? ""));
          return;
        default:
          for (const grandchild of child.children ?? []) walk(grandchild, bold);
      }
    };
    for (const child of node.children ?? []) walk(child, false);
    const level = Number.parseInt(node.numbering?.level ?? "", 10);
    return {
      ordinal: own,
      pieces: dropPageBreakBlanks(pieces, boundaries),
      styleName: node.styleName ?? undefined,
      listLevel: node.numbering && Number.isInteger(level) ? level : undefined,
    };
  }

  function blocks(nodes: Node[]): Block[] {
    const result: Block[] = [];
    for (const node of nodes) {
      if (node.type === "paragraph") {
        const after: Block[] = [];
        result.push({ kind: "paragraph", paragraph: paragraph(node, after) }, ...after);
      } else if (node.type === "table") {
        const rows = (node.children ?? []).filter((row) => row.type === "tableRow");
        result.push({ kind: "table", rows: rows.map((row) => (row.children ?? []).map((cell) => blocks(cell.children ?? []))) });
      } else if (node.type === "image") {
        imageCount++;
      } else {
        result.push(...blocks(node.children ?? []));
      }
    }
    return result;
  }

  const result = blocks(document.children ?? []);
  return { blocks: result, paragraphCount: ordinal, imageCount };
}

const isBlank = (piece: Segment[]) => piece.every((segment) => segment.text.trim() === "");

/** A page or column break at a paragraph's edge leaves an empty piece that is no line of text. */
function dropPageBreakBlanks(pieces: Segment[][], boundaries: ("line" | "page" | "column")[]): Segment[][] {
  const kept = pieces.filter((piece, i) => {
    const besidePageBreak = (i > 0 && boundaries[i - 1] !== "line") || (i < boundaries.length && boundaries[i] !== "line");
    return !(besidePageBreak && isBlank(piece));
  });
  return kept.length > 0 ? kept : [[]];
}
