import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCodeCheckChar } from '../../shared/domain/credit-code.ts';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts real published codes', () => {
    // Published codes of well-known firms: check characters X, 3, L, 5.
    for (const code of ['9144030071526726XG', '91350100M000100Y43', '91110000600037341L', '911100001000128855']) {
      expect(checkCreditCode(code), code).toBeNull();
    }
  });

  it('computes the check character by hand-worked example', () => {
    // 91350100M000100Y4 → Σ value×weight = 9·1+1·3+3·9+5·27+0·19+1·26+0·16+0·17+21·20+0·29+0·25+0·13+1·8+0·24+0·10+30·30+4·28
    //   = 9+3+27+135+0+26+0+0+420+0+0+0+8+0+0+900+112 = 1640; 1640 mod 31 = 28; 31 − 28 = 3 → '3'.
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('names what is wrong', () => {
    expect(checkCreditCode('91350100M000100Y4')).toBe('length');
    expect(checkCreditCode('91350100M000100I43')).toBe('charset');
    expect(checkCreditCode('91350100M000100Y44')).toBe('check_char');
  });
});
