import { describe, expect, it } from 'vitest';
import { RandomStream, seededRandom } from './random.js';

describe('seeded random numbers', () => {
  it('are mulberry32: the first number for seed 1', () => {
    expect(seededRandom(1)()).toBe(0.6270739405881613);
  });

  it('come out the same one at a time and in batches of any size, across batch boundaries', () => {
    for (const seed of [1, 20200422, 0xfffffff0]) {
      const one = seededRandom(seed);
      const stream = new RandomStream(seed);
      const out = new Float64Array(3000);
      // Batches of uneven sizes, one written after another.
      for (let from = 0, size = 1; from < out.length; from += size, size = size * 3 + 1) stream.fill(out, from, Math.min(out.length, from + size));
      for (let k = 0; k < out.length; k++) expect(out[k], `seed ${seed}, draw ${k}`).toBe(one());
    }
  });
});
