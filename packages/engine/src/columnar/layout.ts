// Column layout of a population for the columnar fast path: one Float64Array per scalar fact (NaN =
// unknown; booleans 1/0; dates as day numbers; money in fen; coded text as interned string codes),
// member lists (experts, projects …) as child tables addressed by start/length, and qualification
// sets as bitsets. A ColumnBlock holds a bounded number of rows, so populations stream through it.

import type { FactDef, FactStore, FactType, FactValue, Row } from '../facts.js';

/** Strings are stored as codes far below any number a rule computes with. */
export const STRING_BASE = -(2 ** 40);

export class StringTable {
  private readonly codes = new Map<string, number>();
  private readonly list: string[] = [];
  code(s: string): number {
    let c = this.codes.get(s);
    if (c === undefined) {
      c = STRING_BASE - this.list.length;
      this.codes.set(s, c);
      this.list.push(s);
    }
    return c;
  }
  /** The string of a code, or undefined when the number is not a string code. */
  text(code: number): string | undefined {
    return code <= STRING_BASE ? this.list[STRING_BASE - code] : undefined;
  }
}

export interface ListLayout {
  name: string;
  fields: string[];
  fieldIndex: Map<string, number>;
}

export class ColumnLayout {
  readonly scalars: string[] = [];
  readonly scalarIndex = new Map<string, number>();
  readonly lists: ListLayout[] = [];
  readonly listIndex = new Map<string, number>();
  /** Qualification codes in bit order, and the number of 32-bit words per row. */
  readonly qualCodes: string[];
  readonly qualBit = new Map<string, number>();
  readonly qualWords: number;
  /** The one qualification-set fact stored as bits ("person.qualifications"). */
  readonly qualSet: string;
  /** Codes whose date obtained is kept (rules read it with `obtained`). */
  readonly obtainedCodes: string[];
  readonly strings = new StringTable();
  /** Fact type of every scalar column and list field (`list[].field`), for decoding. */
  readonly types = new Map<string, FactType>();

  constructor(defs: FactDef[], qualCodes: string[], opts: { obtainedCodes?: string[] } = {}) {
    let qualSet = 'person.qualifications';
    for (const d of defs) {
      if (d.type === 'list') {
        const fields = (d.fields ?? []).filter((f) => f.type !== 'list' && f.type !== 'quals').map((f) => f.name);
        for (const f of d.fields ?? []) this.types.set(`${d.name}[].${f.name}`, f.type);
        this.listIndex.set(d.name, this.lists.length);
        this.lists.push({ name: d.name, fields, fieldIndex: new Map(fields.map((f, i) => [f, i])) });
      } else if (d.type === 'quals') qualSet = d.name;
      else {
        this.types.set(d.name, d.type);
        this.scalarIndex.set(d.name, this.scalars.length);
        this.scalars.push(d.name);
      }
    }
    this.qualSet = qualSet;
    this.qualCodes = [...qualCodes];
    this.qualCodes.forEach((c, i) => this.qualBit.set(c, i));
    this.qualWords = Math.max(1, Math.ceil(this.qualCodes.length / 32));
    this.obtainedCodes = [...(opts.obtainedCodes ?? [])];
  }

  /** A column value back as a fact value (undefined when unknown). */
  decode(name: string, x: number): FactValue | undefined {
    if (Number.isNaN(x)) return undefined;
    const t = this.types.get(name);
    if (t === 'bool') return x === 1;
    if (t === 'enum' || t === 'text') return this.strings.text(x);
    return x;
  }

  /** A value as stored in a column. */
  encode(v: FactValue | undefined): number {
    if (v === undefined) return NaN;
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (typeof v === 'string') return this.strings.code(v);
    return NaN;
  }
}

export interface ListColumns {
  /** First member row of each row, and the number of members (-1: list not given, unknown). */
  start: Int32Array;
  len: Int32Array;
  /** One column per field, `capacity` member rows. */
  cols: Float64Array[];
  used: number;
  capacity: number;
}

/** Root sections present in a row, as `calculate` sees them (rules about enterprises or projects
 *  are evaluated only where the profile describes one). */
export const ROOT_ENTERPRISE = 1;
export const ROOT_PROJECTS = 2;

export class ColumnBlock {
  n = 0;
  readonly cols: Float64Array[];
  readonly lists: ListColumns[];
  readonly quals: Uint32Array;
  /** 1 when the qualification set is given (possibly empty), 0 when unknown. */
  readonly qualsKnown: Uint8Array;
  readonly obtained: Float64Array[];
  readonly roots: Uint8Array;

  /** `arraysOf`: a block whose arrays this one takes over when they have its shape (the same
   *  capacity, columns, lists and qualification words) — a thread's next simulation keeps its
   *  arrays, and with them the kernels' code made for them (ColumnarModel.kernel). The two blocks
   *  then hold the same rows: use one at a time. */
  constructor(
    readonly layout: ColumnLayout,
    readonly capacity: number,
    memberCapacity = capacity,
    arraysOf?: ColumnBlock,
  ) {
    const o = arraysOf;
    const fits =
      o !== undefined &&
      o.capacity === capacity &&
      o.cols.length === layout.scalars.length &&
      o.obtained.length === layout.obtainedCodes.length &&
      o.quals.length === capacity * layout.qualWords &&
      o.lists.length === layout.lists.length &&
      o.lists.every((l, k) => l.cols.length === layout.lists[k]!.fields.length);
    if (fits) {
      this.cols = o.cols;
      this.lists = o.lists;
      this.quals = o.quals;
      this.qualsKnown = o.qualsKnown;
      this.obtained = o.obtained;
      this.roots = o.roots;
    } else {
      this.cols = layout.scalars.map(() => new Float64Array(capacity));
      this.lists = layout.lists.map((l) => ({
        start: new Int32Array(capacity),
        len: new Int32Array(capacity),
        cols: l.fields.map(() => new Float64Array(memberCapacity)),
        used: 0,
        capacity: memberCapacity,
      }));
      this.quals = new Uint32Array(capacity * layout.qualWords);
      this.qualsKnown = new Uint8Array(capacity);
      this.obtained = layout.obtainedCodes.map(() => new Float64Array(capacity));
      this.roots = new Uint8Array(capacity);
    }
    this.reset(0);
  }

  /** Empties the block and makes `n` rows with every fact unknown. */
  reset(n: number): void {
    if (n > this.capacity) throw new RangeError(`列块容量不足 block capacity ${this.capacity} < ${n}`);
    this.n = n;
    for (const c of this.cols) c.fill(NaN, 0, n);
    for (const c of this.obtained) c.fill(NaN, 0, n);
    this.quals.fill(0, 0, n * this.layout.qualWords);
    this.qualsKnown.fill(0, 0, n);
    this.roots.fill(0, 0, n);
    for (const l of this.lists) {
      l.len.fill(-1, 0, n);
      l.start.fill(0, 0, n);
      l.used = 0;
    }
  }

  col(name: string): Float64Array {
    const i = this.layout.scalarIndex.get(name);
    if (i === undefined) throw new Error(`未知的档案字段 unknown fact column: ${name}`);
    return this.cols[i]!;
  }

  setQual(row: number, code: string): void {
    const b = this.layout.qualBit.get(code);
    if (b === undefined) throw new Error(`未知的资格代码 unknown qualification: ${code}`);
    this.quals[row * this.layout.qualWords + (b >>> 5)]! |= 1 << (b & 31);
    this.qualsKnown[row] = 1;
  }

  /** Opens `count` member rows of `list` for `row` (members must be added row by row, in order);
   *  returns the first member index. Fields start unknown. */
  addMembers(row: number, list: string, count: number): number {
    const li = this.layout.listIndex.get(list);
    if (li === undefined) throw new Error(`未知的列表字段 unknown list: ${list}`);
    const l = this.lists[li]!;
    if (l.used + count > l.capacity) this.grow(l, l.used + count);
    const first = l.used;
    l.start[row] = first;
    l.len[row] = count;
    for (const c of l.cols) c.fill(NaN, first, first + count);
    l.used += count;
    if (list.startsWith('enterprise.')) this.roots[row]! |= ROOT_ENTERPRISE;
    if (list === 'projects') this.roots[row]! |= ROOT_PROJECTS;
    return first;
  }

  memberCol(list: string, field: string): Float64Array {
    const li = this.layout.listIndex.get(list)!;
    const fi = this.layout.lists[li]!.fieldIndex.get(field);
    if (fi === undefined) throw new Error(`未知的列表字段 unknown field: ${list}[].${field}`);
    return this.lists[li]!.cols[fi]!;
  }

  private grow(l: ListColumns, need: number): void {
    const cap = Math.max(need, l.capacity * 2, 16);
    for (let k = 0; k < l.cols.length; k++) {
      const next = new Float64Array(cap);
      next.set(l.cols[k]!.subarray(0, l.used));
      l.cols[k] = next;
    }
    l.capacity = cap;
  }
}

/** Parsed profiles (FactStores) → one block: the bridge used by tests, files and small batches. */
export function blockFromStores(layout: ColumnLayout, stores: readonly FactStore[], memberCapacity = 16): ColumnBlock {
  const b = new ColumnBlock(layout, Math.max(1, stores.length), memberCapacity);
  b.reset(stores.length);
  stores.forEach((facts, i) => {
    for (const [name, value] of facts) {
      const dot = name.indexOf('.');
      const root = dot < 0 ? name : name.slice(0, dot);
      if (root === 'enterprise') b.roots[i]! |= ROOT_ENTERPRISE;
      if (root === 'projects') b.roots[i]! |= ROOT_PROJECTS;
      const si = layout.scalarIndex.get(name);
      if (si !== undefined) {
        b.cols[si]![i] = layout.encode(value);
        continue;
      }
      if (name === layout.qualSet && value instanceof Map) {
        b.qualsKnown[i] = 1;
        for (const [code, day] of value as ReadonlyMap<string, number | undefined>) {
          if (layout.qualBit.has(code)) b.setQual(i, code);
          const oi = layout.obtainedCodes.indexOf(code);
          if (oi >= 0 && day !== undefined) b.obtained[oi]![i] = day;
        }
        continue;
      }
      const li = layout.listIndex.get(name);
      if (li !== undefined && Array.isArray(value)) {
        const rows = value as readonly Row[];
        const first = b.addMembers(i, name, rows.length);
        const l = layout.lists[li]!;
        rows.forEach((row, k) => {
          for (const [field, fv] of row) {
            const fi = l.fieldIndex.get(field);
            if (fi !== undefined) b.lists[li]!.cols[fi]![first + k] = layout.encode(fv);
          }
        });
      }
    }
  });
  return b;
}

/** One row of a block back as a FactStore (what parseProfile would give): for checking the columnar
 *  pass against the traced calculation on generated populations. */
export function storeFromBlock(b: ColumnBlock, i: number): FactStore {
  const L = b.layout;
  const out = new Map<string, FactValue>();
  L.scalars.forEach((name, k) => {
    const v = L.decode(name, b.cols[k]![i]!);
    if (v !== undefined) out.set(name, v);
  });
  if (b.qualsKnown[i] === 1) {
    const set = new Map<string, number | undefined>();
    L.qualCodes.forEach((code, bit) => {
      if ((b.quals[i * L.qualWords + (bit >>> 5)]! >>> (bit & 31)) & 1) {
        const oi = L.obtainedCodes.indexOf(code);
        const d = oi >= 0 ? b.obtained[oi]![i]! : NaN;
        set.set(code, Number.isNaN(d) ? undefined : d);
      }
    });
    out.set(L.qualSet, set);
  }
  L.lists.forEach((l, li) => {
    const lc = b.lists[li]!;
    if (lc.len[i]! < 0) return;
    const rows: Row[] = [];
    for (let m = lc.start[i]!; m < lc.start[i]! + lc.len[i]!; m++) {
      const row = new Map<string, FactValue>();
      l.fields.forEach((f, fi) => {
        const v = L.decode(`${l.name}[].${f}`, lc.cols[fi]![m]!);
        if (v !== undefined) row.set(f, v);
      });
      rows.push(row);
    }
    out.set(l.name, rows);
  });
  return out;
}
