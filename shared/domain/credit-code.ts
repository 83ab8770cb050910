/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet
 * (digits and capitals without I, O, S, V, Z); the 18th is a check character:
 *   c18 = (31 − Σ(value(cᵢ) × 3^(i−1) mod 31) mod 31) mod 31, i = 1..17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i]!);
    if (v < 0) return null;
    sum += v * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

export type CreditCodeProblem = 'length' | 'charset' | 'check_char';

export function checkCreditCode(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length';
  if (![...code].every((c) => ALPHABET.includes(c))) return 'charset';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'check_char';
}

export const creditCodeMessages: Record<CreditCodeProblem, string> = {
  length: '统一社会信用代码应为 18 位',
  charset: '统一社会信用代码只能包含数字和大写字母（不含 I、O、S、V、Z）',
  check_char: '统一社会信用代码校验位不正确',
};
