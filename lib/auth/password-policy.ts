// Pure rules for a new password (等保 2.0 and issue 11 §2.3), shared by the change form, the
// admin reset and the tests. Reuse of an old password needs the hashes, so it lives in
// lib/auth/passwords/check-password-reuse.ts.

export const minPasswordLength = 8;
export const passwordHistoryDepth = 5;

const characterClasses = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/];

/** The first problem with a new password, in Chinese, or null when it is acceptable. */
export function passwordProblem(password: string, login?: string): string | null {
  if (password.length < minPasswordLength) return `密码至少 ${minPasswordLength} 位。`;
  const classes = characterClasses.filter((re) => re.test(password)).length;
  if (classes < 3) return "密码须包含大写字母、小写字母、数字、符号中的至少三类。";
  const name = login?.trim().toLowerCase();
  if (name && password.toLowerCase().includes(name)) return "密码不能包含账号名。";
  return null;
}

export const passwordRuleText = `至少 ${minPasswordLength} 位，包含大写字母、小写字母、数字、符号中的至少三类，不能包含账号名，不能与最近 ${passwordHistoryDepth} 次用过的密码相同。`;
