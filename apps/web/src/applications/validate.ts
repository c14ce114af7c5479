// Client-side checks with the API's own messages, so the form tells the user as they type.

/** The API's reason checks: a department's disagreement and a rejection need 2 characters, an adjusted amount 4. */
const REASONS = {
  review: [2, '不同意时须说明理由'],
  reject: [2, '不予通过须说明理由'],
  adjust: [4, '调整金额须写明理由（将由第二人复核）'],
  account: [2, '变更收款账户须说明原因（如“本人更换银行卡”），将记入审计日志并通知账户持有人'],
} as const;
export function reasonError(s: string, kind: keyof typeof REASONS = 'reject'): string | undefined {
  const [min, message] = REASONS[kind];
  return s.trim().length < min ? message : undefined;
}

/** A positive yuan amount with at most two decimals (the API's 「金额应为正的金额（元）」). */
export function yuanError(s: string): string | undefined {
  if (!/^\d+(\.\d{1,2})?$/.test(s.trim())) return '金额应为正的金额（元），最多两位小数';
  if (yuanToFen(s) <= 0) return '金额应为正的金额（元），最多两位小数';
  return undefined;
}

/** "1234.5" → 123450 (string arithmetic, no floating point). */
export function yuanToFen(s: string): number {
  const [y, f = ''] = s.trim().split('.');
  return Number(y) * 100 + Number((f + '00').slice(0, 2));
}

/** The API's purpose check for revealing an ID number. */
export function purposeError(s: string): string | undefined {
  return s.trim().length < 2 ? '请说明查看完整信息的用途（将记入审计日志）' : undefined;
}

/** '６２２２ ０２１２' → '62220212': full-width digits as ASCII, every space removed (the API's normalisation). */
export function normaliseBankAccount(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
}

/** The API's 银行账号 check: digits only once spaces are removed, 12–30 of them. */
export function bankAccountError(s: string): string | undefined {
  const v = normaliseBankAccount(s);
  if (!v) return '请填写银行账号';
  if (!/^[0-9]+$/.test(v)) return '银行账号只能包含数字（可用空格分隔）';
  if (v.length < 12 || v.length > 30) return `银行账号应为 12–30 位数字，收到 ${v.length} 位`;
  return undefined;
}

/** The API's 开户银行 check: Han or Latin letters, digits, parentheses and spaces; 2–40 characters once trimmed. */
export function bankNameError(s: string): string | undefined {
  const v = s.trim().replace(/\s+/g, ' ');
  if (!v) return '请填写开户银行';
  if (!/^[\p{Script=Han}A-Za-z0-9()（） ]+$/u.test(v)) return '开户银行只能包含汉字、英文字母、数字、括号和空格';
  const n = [...v].length;
  return n < 2 || n > 40 ? `开户银行应为 2–40 个字（如“中国工商银行衢州分行”），收到 ${n} 个字` : undefined;
}
