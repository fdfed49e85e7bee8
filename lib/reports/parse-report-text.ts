// Splits a report copied from a web page or a Word file into title, metadata and sections.
// Copies come with page furniture (navigation tabs, share bar) and with either width of
// punctuation and any kind of leading space; all of that is recognised here.
export type ParsedSection = { level: 1 | 2; title: string; paragraphs: string[] };

export type ParsedReport = {
  title: string;
  /** yyyy-mm-dd, or null when the copy has no date line. */
  date: string | null;
  docNumber: string;
  /** Text before the first heading that is not furniture (rare; kept so nothing is lost). */
  preamble: string[];
  sections: ParsedSection[];
};

const numeral = "[一二三四五六七八九十]+";
const level1 = new RegExp(`^${numeral}、\\s*(.+)$`);
const level2 = new RegExp(`^[(（]${numeral}[)）]\\s*(.+)$`);
// Unicode spaces browsers and Word put in copies: NBSP, EN/EM spaces, ideographic space…
const anySpace = /[\s\u00a0\u2000-\u200b\u3000\ufeff]+/g;

function compact(line: string): string {
  return line.replace(anySpace, "");
}

const furniture = [/^部门$/, /^街镇$/, /^分享(文章)?到[:：]?$/, /^(打印|关闭)(本页|窗口)?$/, /^【?(字体|字号)[:：]?[大中小\s]*】?$/];
const metadata = /^(日期|发布日期|成文日期|字号|文号|索引号|发布机构|来源)[:：](.*)$/;

/** A (一) line is a heading only when it reads like one: short and not a sentence. */
function headingTitle(line: string): { level: 1 | 2; title: string } | null {
  if (line.length > 60 || /[。；;]$/.test(line) || /[，,。]/.test(line)) return null;
  const one = level1.exec(line);
  if (one) return { level: 1, title: one[1].trim() };
  const two = level2.exec(line);
  if (two) return { level: 2, title: two[1].trim() };
  return null;
}

export function parseReportText(text: string): ParsedReport {
  const result: ParsedReport = { title: "", date: null, docNumber: "", preamble: [], sections: [] };
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.replace(/^[\s\u00a0\u2000-\u200b\u3000\ufeff]+|[\s\u00a0\u2000-\u200b\u3000\ufeff]+$/g, ""));

  for (const line of lines) {
    if (!line) continue;
    const bare = compact(line);
    if (furniture.some((pattern) => pattern.test(bare))) continue;

    const meta = metadata.exec(bare);
    if (meta && result.sections.length === 0) {
      const [, field, value] = meta;
      if (field.endsWith("日期")) {
        const date = /(\d{4})[-年./](\d{1,2})[-月./](\d{1,2})/.exec(value);
        if (date) result.date = `${date[1]}-${date[2].padStart(2, "0")}-${date[3].padStart(2, "0")}`;
      } else if (field === "字号" || field === "文号") {
        result.docNumber = value;
      }
      continue;
    }

    const heading = headingTitle(line);
    if (heading) {
      result.sections.push({ ...heading, paragraphs: [] });
      continue;
    }
    if (!result.title && result.sections.length === 0 && /报告$/.test(bare)) {
      result.title = line;
      continue;
    }
    const current = result.sections.at(-1);
    if (current) current.paragraphs.push(line);
    else result.preamble.push(line);
  }
  return result;
}
