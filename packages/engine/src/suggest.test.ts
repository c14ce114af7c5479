// Closest-name suggestions do bounded work whatever the input: an over-long name is compared with
// nothing, only the first SUGGEST_MAX_CANDIDATES known names are considered, at most
// SUGGEST_MAX_RESULTS are returned — and near misses are still found as before.

import { describe, expect, it } from 'vitest';
import { closest, SUGGEST_MAX_CANDIDATES, SUGGEST_MAX_INPUT, SUGGEST_MAX_RESULTS } from './params.js';

describe('bounded suggestions', () => {
  it('compares no input longer than SUGGEST_MAX_INPUT, even one a known name contains', () => {
    const long = 'a'.repeat(SUGGEST_MAX_INPUT + 1);
    expect(closest(long, [long, `${long}b`])).toEqual([]);
    expect(closest('a'.repeat(900_000), ['a'.repeat(40), 'wage.class1'])).toEqual([]);
    const atLimit = 'a'.repeat(SUGGEST_MAX_INPUT);
    expect(closest(atLimit, [`${atLimit}b`])).toEqual([`${atLimit}b`]);
  });

  it('considers only the first SUGGEST_MAX_CANDIDATES known names and names longer than twice the limit not at all', () => {
    const filler = Array.from({ length: SUGGEST_MAX_CANDIDATES }, (_, i) => `zz${i}`);
    expect(closest('wage.class1', [...filler, 'wage.class1x'])).toEqual([]);
    expect(closest('wage.class1', ['wage.class1x', ...filler])).toEqual(['wage.class1x']);
    expect(closest('wage.class1', [`wage.class1${'x'.repeat(2 * SUGGEST_MAX_INPUT)}`])).toEqual([]);
  });

  it('returns at most SUGGEST_MAX_RESULTS names whatever is asked', () => {
    const known = Array.from({ length: 50 }, (_, i) => `wage.class${i}`);
    expect(closest('wage.class', known, 1000)).toHaveLength(SUGGEST_MAX_RESULTS);
  });

  it('still ranks near misses: containing the input first, then the longest shared run, then edit distance', () => {
    expect(closest('class1', ['wage.class1', 'wage.class2', 'other'])).toEqual(['wage.class1', 'wage.class2']);
    expect(closest('art20.purchase.area.9', ['art20.purchase.area.3', 'art20.rent.percent', 'art19.allowance.7'])).toEqual(['art20.purchase.area.3']);
    expect(closest('全日制博士', ['全日制博士研究生', '非全日制博士研究生', '技师'])).toEqual(['全日制博士研究生', '非全日制博士研究生']);
    expect(closest('wage.clas1', ['wage.class1'])).toEqual(['wage.class1']);
    expect(closest('zzz', ['abc', 'def'])).toEqual([]);
  });
});
