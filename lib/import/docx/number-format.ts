// A list counter's value written the way Word writes it for a w:numFmt (ECMA-376 §17.18.59),
// for the formats Chinese government documents use and the common Western ones. Any other
// format falls back to Arabic numerals, as Word does for formats it cannot render.

const digits = "〇一二三四五六七八九";
const legalDigits = "零壹贰叁肆伍陆柒捌玖";
const heavenlyStems = "甲乙丙丁戊己庚辛壬癸";
const earthlyBranches = "子丑寅卯辰巳午未申酉戌亥";

/** 十, 十一, 二十一 … 九十九; from 100 on, digit by digit (一〇一), as Word's chineseCounting does. */
function chineseCounting(n: number): string {
  if (n < 10) return digits[n];
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? "" : digits[tens]}十${ones === 0 ? "" : digits[ones]}`;
  }
  return [...String(n)].map((d) => digits[Number(d)]).join("");
}

/** Grouped by 千百十 with 零 for gaps: 一百零一, 一千二百; legal digits write 壹拾 even for 10–19. */
function chineseThousand(n: number, numerals: string, units: string, legal: boolean): string {
  if (n === 0) return numerals[0];
  if (n >= 10000) return String(n);
  const places = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let result = "";
  let pendingZero = false;
  places.forEach((digit, i) => {
    const unit = i < 3 ? units[i] : "";
    if (digit === 0) {
      pendingZero = result !== "";
      return;
    }
    if (pendingZero) result += numerals[0];
    pendingZero = false;
    result += digit === 1 && i === 2 && result === "" && !legal ? unit : numerals[digit] + unit;
  });
  return result;
}

function letters(n: number): string {
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let rest = n;
  let result = "";
  for (const [value, glyph] of table) {
    for (; rest >= value; rest -= value) result += glyph;
  }
  return result;
}

/** Characters from a Unicode run of enclosed numbers (①…⑳, ⑴…⒇, ⒈…⒛, ㈠…㈩), Arabic past it. */
function enclosed(n: number, first: number, count: number): string {
  return n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n);
}

function cycle(n: number, set: string): string {
  return n >= 1 && n <= set.length ? set[n - 1] : String(n);
}

export function formatNumber(n: number, numFmt: string): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n === 0 && !["chineseCounting", "chineseCountingThousand", "ideographDigital", "decimalZero"].includes(numFmt)) return String(n);
  switch (numFmt) {
    case "none":
      return "";
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join("");
    case "upperLetter":
      return letters(n);
    case "lowerLetter":
      return letters(n).toLowerCase();
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "chineseCounting":
    case "taiwaneseCounting":
      return chineseCounting(n);
    case "chineseCountingThousand":
    case "taiwaneseCountingThousand":
      return chineseThousand(n, digits.replace("〇", "零"), "千百十", false);
    case "chineseLegalSimplified":
      return chineseThousand(n, legalDigits, "仟佰拾", true);
    case "ideographDigital":
    case "taiwaneseDigital":
      return [...String(n)].map((d) => digits[Number(d)]).join("");
    case "ideographTraditional":
      return cycle(n, heavenlyStems);
    case "ideographZodiac":
      return cycle(n, earthlyBranches);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return enclosed(n, 0x2460, 20);
    case "decimalEnclosedParen":
      return enclosed(n, 0x2474, 20);
    case "decimalEnclosedFullstop":
      return enclosed(n, 0x2488, 20);
    case "ideographEnclosedCircle":
      return enclosed(n, 0x3280, 10);
    default:
      return String(n);
  }
}
