// The metadata a portal prints around a document (索引号, 发布机构, 成文日期, 字号 …), copied
// as "label：value" lines, as a table pasted onto one line ("索引号：\t1150…\t发布机构：…"), or
// as a label on one line and its value on the next. Labels are often spaced out ("字 号:").
import { readDate } from "@/lib/import/read-date";
import { foldWidth, matchForm } from "@/lib/import/text-forms";

export type LabelKind = "date" | "docNumber" | "views" | "byline" | "source" | "other";

type Label = { label: string; kind: LabelKind; reason: string };

const reasons: Record<LabelKind, string> = {
  date: "日期",
  docNumber: "字号",
  views: "浏览次数",
  byline: "署名",
  source: "来源",
  other: "元数据",
};

function labels(kind: LabelKind, names: string[]): Label[] {
  return names.map((label) => ({ label, kind, reason: reasons[kind] }));
}

// Longer labels first, so 发布日期 is read before 日期 and 发文字号 before 字号.
const allLabels: Label[] = [
  ...labels("date", ["成文日期", "发布日期", "发布时间", "更新时间", "印发日期", "生效日期", "失效日期", "废止日期", "日期", "时间"]),
  ...labels("docNumber", ["发文字号", "文号", "字号"]),
  ...labels("views", ["浏览次数", "阅读次数", "访问次数", "点击次数", "累计次数", "浏览量", "阅读量", "访问量", "点击量", "点击率", "点击数"]),
  ...labels("byline", ["责任编辑", "作者", "编辑", "审核", "校对", "撰稿", "供稿", "摄影"]),
  ...labels("source", ["信息来源", "文章来源", "稿件来源", "来源"]),
  ...labels("other", [
    "索引号", "发布机构", "发文机关", "发文机构", "发文单位", "制发机构", "主题分类", "体裁分类", "组配分类", "题材分类",
    "服务对象", "主题词", "有效性", "文件状态", "效力状态", "效力说明", "公开方式", "公开范围", "公开时限", "统一编号", "标题",
  ]),
].sort((a, b) => b.label.length - a.label.length);

// Labels long enough that a tab or spaces after them (a pasted table cell) is as good as a colon.
const distinctive = new Set(["索引号", "发布机构", "发文机关", "主题分类", "体裁分类", "成文日期", "发布日期", "发文字号", "生效日期", "有效性"]);

export type MetadataLine = {
  reason: string;
  /** yyyy-mm-dd, when the line names a 成文日期/发布日期/日期 with a value. */
  date?: string;
  /** The 字号 when the line has that label: "" when it is present but empty ("字 号:", "无"). */
  docNumber?: string;
  /** The line is a label with nothing after it; its value may be on the next line. */
  awaitsValue?: LabelKind;
};

/** Where the label ends in the original text (labels may be spaced out), or -1. */
function labelEnd(text: string, label: string): number {
  let at = 0;
  for (const ch of label) {
    while (at < text.length && /\s/.test(text[at])) at++;
    if (text[at] !== ch) return -1;
    at++;
  }
  return at;
}

function leadingLabel(text: string): { label: Label; end: number } | null {
  const bare = matchForm(text);
  for (const label of allLabels) {
    if (!bare.startsWith(label.label)) continue;
    const end = labelEnd(text, label.label);
    if (end === -1) continue;
    const after = text.slice(end);
    const next = bare.slice(label.label.length, label.label.length + 1);
    if (next === "" || next === ":" || next === "|") return { label, end };
    if (/^\t/.test(after) || /^\s{2,}/.test(after)) return { label, end };
    if (distinctive.has(label.label) && /^\s/.test(after)) return { label, end };
    return null;
  }
  return null;
}

const excludedDateLabels = /(生效|失效|废止)$/;
const datedLabel = /(成\s*文\s*日\s*期|发\s*布\s*日\s*期|发\s*布\s*时\s*间|更\s*新\s*时\s*间|印\s*发\s*日\s*期|日\s*期|时\s*间)\s*[:|]?\s*(?=\d{4})/g;

/** The first labelled date on the line that is the document's (not a 生效日期), as yyyy-mm-dd. */
export function readLabelledDate(text: string): string | undefined {
  const folded = foldWidth(text);
  for (const match of folded.matchAll(datedLabel)) {
    if (excludedDateLabels.test(folded.slice(0, match.index))) continue;
    const date = readDate(folded.slice(match.index + match[0].length, match.index + match[0].length + 12));
    if (date) return date;
  }
  return undefined;
}

const docNumberLabel = /(发\s*文\s*字\s*号|字\s*号|文\s*号)\s*[:|]\s*([^\s|]*)/;
const fontSizes = /^(大|中|小|默认|标准|放大|缩小|打印|\[|【)/;
const emptyValues = new Set(["", "无", "-", "—", "/", "暂无"]);

/** The 字号 named on the line: the value, "" when present but empty, undefined when absent. */
export function readLabelledDocNumber(text: string): string | undefined {
  const match = docNumberLabel.exec(foldWidth(text));
  if (!match) return undefined;
  const value = match[2];
  if (fontSizes.test(value)) return undefined;
  if (emptyValues.has(value) || leadingLabel(value)) return "";
  return text.slice(match.index + match[0].length - value.length, match.index + match[0].length);
}

/** Reads a metadata line: one that starts with a portal's label. */
export function readMetadataLine(text: string): MetadataLine | null {
  const stripped = text.replace(/^[\s•·●■◆▪*>【\[(（]+/, "");
  const found = leadingLabel(stripped);
  if (!found) return null;
  const line: MetadataLine = { reason: found.label.reason };
  const date = readLabelledDate(stripped);
  if (date) line.date = date;
  const docNumber = readLabelledDocNumber(stripped);
  if (docNumber !== undefined) line.docNumber = docNumber;
  const rest = matchForm(stripped.slice(found.end)).replace(/^[:|]/, "").replace(/[】\])）]$/, "");
  if (rest === "") {
    line.awaitsValue = found.label.kind;
    if (found.label.kind === "docNumber") line.docNumber = "";
  }
  return line;
}
