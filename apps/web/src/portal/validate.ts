// Client-side checks with the API's own messages, so the form tells the user as they type.

/** The API's reason checks: a department's disagreement and a rejection need 2 characters, an adjusted amount 4. */
const REASONS = {
  review: [2, '不同意时须说明理由'],
  reject: [2, '不予通过须说明理由'],
  adjust: [4, '调整金额须写明理由（将由第二人复核）'],
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
