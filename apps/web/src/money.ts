// Money display from integer fen, with BigInt and string operations only (never floating point).

/** 108000000 → "1,080,000 元"; 12345 → "123.45 元". */
export function formatFen(fen: number | bigint, unit = ' 元'): string {
  const n = typeof fen === 'bigint' ? fen : BigInt(Math.trunc(Number(fen)));
  const neg = n < 0n;
  const abs = neg ? -n : n;
  const yuan = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = abs % 100n;
  return `${neg ? '-' : ''}${yuan}${cents ? `.${cents.toString().padStart(2, '0')}` : ''}${unit}`;
}

/** Sum of integer fen amounts (exact: BigInt). */
export function sumFen(values: Iterable<number>): bigint {
  let s = 0n;
  for (const v of values) s += BigInt(v);
  return s;
}
