// A small seeded pseudo-random generator (mulberry32), so synthetic data and generated test cases
// are the same on every run: one number at a time (seededRandom), or in batches (RandomStream).
// The state is kept as a signed 32-bit integer (the same bits as mulberry32's unsigned one, and the
// same numbers out): an unsigned value above 2^31 would be a heap number, allocated per draw.

const STEP = 0x6d2b79f5;

/** mulberry32's number in [0, 1) for the state `s` (already advanced by STEP). */
function draw(s: number): number {
  let t = Math.imul(s ^ (s >>> 15), s | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export function seededRandom(seed: number): () => number {
  let s = seed | 0;
  return () => draw((s = (s + STEP) | 0));
}

/**
 * The same sequence as `seededRandom(seed)`, written in batches into an array: a generator that
 * draws millions of numbers reads them from the array (no call per draw, no boxed result).
 */
export class RandomStream {
  private s: number;
  constructor(seed: number) {
    this.s = seed | 0;
  }
  /** Writes the next `to - from` numbers into `out[from..to)`. */
  fill(out: Float64Array, from: number, to: number): void {
    this.s = drawInto(out, from, to, this.s);
  }
}

/** The loop of RandomStream.fill, on its own: it returns the state rather than storing it, so that
 *  its optimised code (entered in the middle of the first long loop) ends without a property store
 *  it has never seen. */
function drawInto(out: Float64Array, from: number, to: number, state: number): number {
  let s = state;
  for (let k = from; k < to; k++) out[k] = draw((s = (s + STEP) | 0));
  return s;
}
