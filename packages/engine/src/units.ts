// Units of the values the rules compute with, and how each is shown to a reader in Chinese.

import { formatDay } from './dates.js';
import { formatYuan } from './money.js';

export type Unit =
  | 'fen'
  | 'fen_per_m2'
  | 'm2'
  | 'percent'
  | 'years'
  | 'count'
  | 'usd'
  | 'date'
  | 'bool'
  | 'text'
  | 'tier'
  | 'number';

/** A value the engine computes with. `undefined` means "undetermined" (a fact not given). */
export type Value = number | boolean | string;

/** Thousands separators without Intl (which is slow enough to dominate traced evaluation). */
function group(n: number): string {
  const neg = n < 0;
  const abs = Math.abs(n);
  const int = Math.trunc(abs);
  const frac = Math.round((abs - int) * 100);
  let s = String(int);
  for (let i = s.length - 3; i > 0; i -= 3) s = `${s.slice(0, i)},${s.slice(i)}`;
  const f = frac === 0 ? '' : `.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
  return `${neg ? '-' : ''}${s}${f}`;
}

export function formatValue(v: Value | undefined, unit: Unit | undefined): string {
  if (v === undefined) return '（待确定）';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'string') return v;
  switch (unit) {
    case 'fen':
      return formatYuan(v);
    case 'fen_per_m2':
      return `${formatYuan(v).replace(' 元', '')} 元/㎡`;
    case 'm2':
      return `${group(v)} ㎡`;
    case 'percent':
      return `${group(v)}%`;
    case 'years':
      return `${group(v)} 年`;
    case 'count':
      return `${group(v)} 人`;
    case 'usd':
      return `${group(v)} 美元`;
    case 'date':
      return formatDay(v);
    case 'tier':
      return v === 99 ? '无' : `第${v}档`;
    default:
      return group(v);
  }
}

/** Unit of a product, for the common cases the policies use (㎡ × 元/㎡ = 元). */
export function productUnit(a: Unit | undefined, b: Unit | undefined): Unit | undefined {
  if ((a === 'm2' && b === 'fen_per_m2') || (a === 'fen_per_m2' && b === 'm2')) return 'fen';
  if (a === 'fen' && (b === 'count' || b === 'number' || b === 'years')) return 'fen';
  if (b === 'fen' && (a === 'count' || a === 'number' || a === 'years')) return 'fen';
  return a === 'number' || a === undefined ? b : a;
}
