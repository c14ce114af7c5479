// Client-side checks with the API's own messages, so the form tells the user as they type.

/** 「不同意时须说明理由」-style reason: at least 2 non-blank characters. */
export function reasonError(s: string): string | undefined {
  return s.trim().length < 2 ? '须说明理由（至少 2 个字）' : undefined;
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
