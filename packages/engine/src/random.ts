// A small seeded pseudo-random generator (mulberry32), so synthetic data and generated test cases
// are the same on every run.

export function seededRandom(seed: number): () => number {
  // The state is kept as a signed 32-bit integer (the same bits as mulberry32's unsigned one, and
  // the same numbers out): an unsigned value above 2^31 would be a heap number, allocated per draw.
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
    this.s = mulberryInto(out, from, to, this.s);
  }
}

/** The loop of RandomStream.fill, on its own: it returns the state rather than storing it, so that
 *  its optimised code (entered in the middle of the first long loop) ends without a property store
 *  it has never seen. */
function mulberryInto(out: Float64Array, from: number, to: number, state: number): number {
  let s = state;
  for (let k = from; k < to; k++) {
    s = (s + 0x6d2b79f5) | 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[k] = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  return s;
}
