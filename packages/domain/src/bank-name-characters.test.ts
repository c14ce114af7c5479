// 开户银行 is letters, digits, parentheses and spaces: nothing an export could carry as a formula.

import { describe, expect, it } from 'vitest';
import { parseBankName } from './bank-account.js';

describe('开户银行 characters', () => {
  it('accepts Chinese and Latin names with digits, parentheses and spaces', () => {
    for (const n of ['中国工商银行衢州分行', '中国银行（衢州柯城支行）', 'Bank of China (Quzhou)', '农商银行 第2支行']) expect(parseBankName(n)).toMatchObject({ ok: true });
  });
  it('refuses formulas and other punctuation, naming the field', () => {
    const reason = '开户银行只能包含汉字、英文字母、数字、括号和空格';
    for (const n of ['=HYPERLINK("http://x.cn","点我")', '+农行', '-农行', '@农行', '农行;', '农行<script>']) expect(parseBankName(n)).toEqual({ ok: false, reason });
  });
});
