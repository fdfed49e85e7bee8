// Dates as portals and signatures write them: 2023-01-09, 2023/1/9, 2023.01.09, 2023年1月9日,
// and in a signature sometimes 二〇二三年一月九日.
import { foldWidth } from "@/lib/import/text-forms";

const numericDate = /(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)/;
const chineseDate = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;

const digit: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function chineseNumber(text: string): number {
  if (!text.includes("十")) return Number([...text].map((ch) => digit[ch]).join(""));
  const [tens, ones] = text.split("十");
  return (tens ? digit[tens] : 1) * 10 + (ones ? digit[ones] : 0);
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** The first real date in the text as yyyy-mm-dd, or null. */
export function readDate(text: string): string | null {
  const folded = foldWidth(text);
  const numeric = numericDate.exec(folded);
  if (numeric) return isoDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const chinese = chineseDate.exec(folded);
  if (chinese) return isoDate(chineseNumber(chinese[1]), chineseNumber(chinese[2]), chineseNumber(chinese[3]));
  return null;
}

/** A line that is nothing but a written-out date: a signature's date line. */
export function isChineseDateLine(text: string): boolean {
  const bare = foldWidth(text).replace(/\s+/g, "");
  return /^(\d{4}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/.test(bare);
}
