// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet that leaves out
// I, O, Z, S and V; characters 3–8 are the administrative division code; the 18th is a check
// character over the first 17 with weights 3^i mod 31.
const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const weights = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);

export type CreditCodeCheck = { isValid: true; code: string } | { isValid: false; code: string; message: string };

/** Upper case, without the spaces and full-width characters people paste from documents. */
export function normalizeCreditCode(value: string): string {
  return value
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, "")
    .toUpperCase();
}

/** The check character for the first 17 characters (which must come from the alphabet). */
export function creditCodeCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, char, i) => total + alphabet.indexOf(char) * weights[i], 0);
  return alphabet[(31 - (sum % 31)) % 31];
}

/** Validates a code and says, in Chinese, what is wrong with it. */
export function checkCreditCode(value: string): CreditCodeCheck {
  const code = normalizeCreditCode(value);
  if (code.length !== 18) return { isValid: false, code, message: `统一社会信用代码应为 18 位，当前为 ${code.length} 位。` };
  const badIndex = [...code].findIndex((char) => !alphabet.includes(char));
  if (badIndex >= 0) {
    return { isValid: false, code, message: `第 ${badIndex + 1} 位“${code[badIndex]}”不是统一社会信用代码使用的字符（只用数字和除 I、O、Z、S、V 以外的大写字母）。` };
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { isValid: false, code, message: "第 3–8 位应为 6 位数字的行政区划代码。" };
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) {
    return { isValid: false, code, message: `校验位不符：按前 17 位计算，第 18 位应为“${expected}”，而不是“${code[17]}”。请核对是否抄错。` };
  }
  return { isValid: true, code };
}
