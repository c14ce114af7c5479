// Exact money: integer fen (分) end to end. Conversions from decimal text never pass through
// floating-point arithmetic on yuan; rounding happens only where a rule declares it.

export type Fen = number;

export class MoneyFormatError extends Error {}

const DECIMAL_RE = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/** Converts a yuan amount (number or decimal string, at most 2 decimals) to integer fen. */
export function yuanToFen(input: number | string): Fen {
  const text = typeof input === 'number' ? numberToPlainString(input) : input.trim();
  const m = DECIMAL_RE.exec(text);
  if (!m) throw new MoneyFormatError(`金额应为最多两位小数的数字（元），收到：${String(input)}`);
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) throw new MoneyFormatError(`金额超出可精确表示的范围：${String(input)}`);
  return m[1] ? -fen : fen;
}

function numberToPlainString(n: number): string {
  if (!Number.isFinite(n)) throw new MoneyFormatError(`金额必须是有限数字，收到：${n}`);
  // Shortest round-trip representation; rejects values with more than two decimals in yuanToFen.
  const s = String(n);
  if (/e/i.test(s)) throw new MoneyFormatError(`金额格式无效：${s}`);
  return s;
}

/** `a × num / den`, rounded half up to the fen (the only rounding the rules use). `num` may be a
 *  decimal such as 2.5 (a percentage): it is scaled to an exact integer ratio first. */
export function mulRatioHalfUp(a: Fen, num: number, den: number): Fen {
  if (!Number.isInteger(num)) {
    const m = /^(-?\d+)\.(\d{1,6})$/.exec(String(num));
    if (!m) throw new MoneyFormatError(`比例最多六位小数，收到：${num}`);
    const scale = 10 ** m[2]!.length;
    return mulRatioHalfUp(a, Number(m[1]! + m[2]!), den * scale);
  }
  const p = BigInt(a) * BigInt(num);
  const d = BigInt(den);
  const neg = p < 0n !== d < 0n;
  const ap = p < 0n ? -p : p;
  const ad = d < 0n ? -d : d;
  const q = (ap * 2n + ad) / (ad * 2n);
  return Number(neg ? -q : q);
}

function groupThousands(n: bigint | number): string {
  let s = n.toString();
  for (let i = s.length - 3; i > 0; i -= 3) s = `${s.slice(0, i)},${s.slice(i)}`;
  return s;
}

/** "720,000 元" or "16,416.50 元". */
export function formatYuan(fen: Fen): string {
  const neg = fen < 0;
  if (Number.isSafeInteger(fen)) {
    // Exact in doubles: the remainder, then a multiple of 100 divided by 100.
    const a = Math.abs(fen);
    const f = a % 100;
    const y = (a - f) / 100;
    return `${neg ? '-' : ''}${f === 0 ? groupThousands(y) : `${groupThousands(y)}.${String(f).padStart(2, '0')}`} 元`;
  }
  const abs = BigInt(Math.abs(fen));
  const y = abs / 100n;
  const f = abs % 100n;
  const body = f === 0n ? groupThousands(y) : `${groupThousands(y)}.${f.toString().padStart(2, '0')}`;
  return `${neg ? '-' : ''}${body} 元`;
}

/** Yuan as a decimal string, for JSON output ("720000.00"). */
export function fenToYuanString(fen: Fen): string {
  const neg = fen < 0;
  if (Number.isSafeInteger(fen)) {
    const a = Math.abs(fen);
    const f = a % 100;
    return `${neg ? '-' : ''}${(a - f) / 100}.${String(f).padStart(2, '0')}`;
  }
  const abs = BigInt(Math.abs(fen));
  return `${neg ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}
