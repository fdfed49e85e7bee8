// Heading numbers follow from the order of sections, so adding or removing a sub-section
// renumbers the rest: 一、二、… for level 1 and （一）（二）… for level 2.
const digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

export function chineseNumeral(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) throw new RangeError(`no Chinese numeral for ${n}`);
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : digits[tens]}十${ones ? digits[ones] : ""}`;
}

export type Numbered<T> = T & { number: string };

export function numberSections<T extends { level: number }>(sections: T[]): Numbered<T>[] {
  let level1 = 0;
  let level2 = 0;
  return sections.map((section) => {
    if (section.level === 1) {
      level1 += 1;
      level2 = 0;
      return { ...section, number: `${chineseNumeral(level1)}、` };
    }
    level2 += 1;
    return { ...section, number: `（${chineseNumeral(level2)}）` };
  });
}

/** Body text is stored as paragraphs separated by newlines; blank lines carry no meaning. */
export function toParagraphs(body: string): string[] {
  return body
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Characters a reader would count: no spaces or line breaks. */
export function countCharacters(body: string): number {
  return body.replace(/\s/g, "").length;
}
