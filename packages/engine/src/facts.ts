// Facts: the named inputs rules read. A profile (nested JSON) is flattened to dotted names;
// member lists (an enterprise's experts, a person's projects) become rows read as `list[].field`.
// A fact that is absent is unknown, never false or zero.

import type { Day } from './dates.js';
import type { Unit, Value } from './units.js';

export type FactType = 'bool' | 'int' | 'money' | 'date' | 'enum' | 'text' | 'quals' | 'list';

export interface FactOption {
  value: string;
  label: string;
}

export interface FactDef {
  name: string;
  type: FactType;
  /** Short Chinese name ("全职来衢工作日期"). */
  label: string;
  /** The question the calculator asks for it. */
  question?: string;
  unit?: Unit;
  options?: FactOption[];
  /** For lists: the fields of one row (names relative to the row). */
  fields?: FactDef[];
  minimum?: number;
  maximum?: number;
  description?: string;
}

/** Held qualifications: code → the date it was obtained (undefined when not given). */
export type QualSet = ReadonlyMap<string, Day | undefined>;
export type Row = ReadonlyMap<string, FactValue>;
export type FactValue = Value | QualSet | readonly Row[];

export type FactStore = ReadonlyMap<string, FactValue>;

export function isQualSet(v: FactValue | undefined): v is QualSet {
  return v instanceof Map;
}
