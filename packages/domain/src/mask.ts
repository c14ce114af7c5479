// Masking of personal data for display: an ID number keeps its first 6 and last 4 characters, a
// phone its first 3 and last 4, a bank account its first 4 and last 4; everything in between becomes *.

export function maskIdNumber(id: string): string {
  return id.length <= 10 ? '*'.repeat(id.length) : `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

export function maskPhone(phone: string): string {
  return phone.length <= 7 ? '*'.repeat(phone.length) : `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** '6222021234567890123' → '6222***********0123' (one * per hidden digit, like the ID number). */
export function maskBankAccount(account: string): string {
  return account.length <= 8 ? '*'.repeat(account.length) : `${account.slice(0, 4)}${'*'.repeat(account.length - 8)}${account.slice(-4)}`;
}

/** Mainland mobile numbers: 11 digits starting with 1[3-9]. */
export function checkPhone(input: unknown): { ok: true; value: string } | { ok: false; reason: string } {
  if (typeof input !== 'string') return { ok: false, reason: '手机号应为文本' };
  const s = input.replace(/[\s-]/g, '');
  return /^1[3-9]\d{9}$/.test(s) ? { ok: true, value: s } : { ok: false, reason: '手机号应为 11 位数字，以 13–19 开头' };
}
