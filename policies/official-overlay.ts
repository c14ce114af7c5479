// Official values laid over the shipped packages: dated parameter values that officials entered and
// a second official confirmed (kept in the platform's database). Applied to a copy of each package
// — a half-year value takes its half-year, a dated value takes effect from its date until the next
// one — and the copy gets its own version hash, so every result and receipt names the values it
// was computed with. Without official values the packages (and their versions) are the shipped ones.
//
// The values in force are process-wide (`setOfficialValues`, called by the platform on start and
// after each confirmation, with a generation number so a process can cheaply tell whether it is
// current). `withOfficialValues` runs one piece of work — a preview of a proposed value — with
// another set, without touching what other requests see.

import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { Params, type DatedValue, type Day, type ParamDef, type ParamScalar, type PolicyPackage, type Reference } from '@rencai/engine';

export interface OfficialValue {
  /** The value's record number (its row in the platform's database). */
  id: number;
  policy: string;
  path: string;
  from: Day;
  /** In the parameter's engine unit (fen for money). */
  value: ParamScalar;
  reference: Reference;
}

interface OverlayState {
  values: OfficialValue[];
  generation: number;
  /** The packages with these values applied, built on first use. */
  applied?: { base: PolicyPackage[]; packages: PolicyPackage[] };
}

let current: OverlayState = { values: [], generation: 0 };
const scoped = new AsyncLocalStorage<OverlayState>();

/** Makes `values` the official values every calculation of this process uses from now on. */
export function setOfficialValues(values: OfficialValue[], generation = 0): void {
  current = { values: [...values], generation };
}

/** The official values in force in this process, and the generation they were loaded at. */
export function officialValues(): { values: OfficialValue[]; generation: number } {
  const s = scoped.getStore() ?? current;
  return { values: s.values, generation: s.generation };
}

/** Runs `fn` with `values` as the official values (for this call chain only, e.g. a preview). */
export function withOfficialValues<T>(values: OfficialValue[], fn: () => T): T {
  return scoped.run({ values: [...values], generation: -1 }, fn);
}

/** The packages as every calculation sees them: `base` with the official values in force applied. */
export function overlaid(base: PolicyPackage[]): PolicyPackage[] {
  const s = scoped.getStore() ?? current;
  if (s.values.length === 0) return base;
  if (s.applied?.base !== base) s.applied = { base, packages: base.map((p) => applyOfficialValues(p, s.values)) };
  return s.applied.packages;
}

const order = (a: OfficialValue, b: OfficialValue) => a.path.localeCompare(b.path) || a.from - b.from || a.id - b.id;

/** A copy of `pkg` with its official values applied and a version hash that covers them. */
export function applyOfficialValues(pkg: PolicyPackage, values: OfficialValue[]): PolicyPackage {
  const mine = values.filter((v) => v.policy === pkg.meta.id && pkg.params.has(v.path)).sort(order);
  if (mine.length === 0) return pkg;
  const byPath = new Map<string, OfficialValue[]>();
  for (const v of mine) byPath.set(v.path, [...(byPath.get(v.path) ?? []), v]);
  const defs = pkg.params.list().map((d) => (byPath.has(d.path) ? withValues(d, byPath.get(d.path)!) : d));
  const version = createHash('sha256')
    .update(JSON.stringify({ base: pkg.version, official: mine.map((v) => [v.id, v.path, v.from, v.value, v.reference]) }))
    .digest('hex')
    .slice(0, 16);
  return { ...pkg, params: new Params(defs), version };
}

/**
 * The parameter's dated values with the official ones in place: a half-year value replaces the
 * value of its half-year (or adds it); a dated value replaces the value of the same date or, given
 * within a value that has an end date, splits it (the earlier part ends the day before, the new
 * value keeps the end date). Values later in the list win (they were confirmed later).
 */
function withValues(def: ParamDef, official: OfficialValue[]): ParamDef {
  let values = [...def.values];
  for (const o of official) {
    const entry: DatedValue = { from: o.from, value: o.value, reference: o.reference };
    const same = values.findIndex((v) => v.from === o.from);
    if (same >= 0) {
      const to = values[same]!.to;
      values[same] = to !== undefined ? { ...entry, to } : entry;
      continue;
    }
    if (def.periodic !== 'half_year') {
      const before = values.filter((v) => v.from < o.from).sort((a, b) => b.from - a.from)[0];
      if (before?.to !== undefined && before.to >= o.from) {
        entry.to = before.to;
        values = values.map((v) => (v === before ? { ...v, to: o.from - 1 } : v));
      }
    }
    values.push(entry);
  }
  return { ...def, values: values.sort((a, b) => a.from - b.from) };
}
