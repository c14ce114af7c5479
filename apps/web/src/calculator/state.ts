// The calculator's inputs as flat strings keyed by fact name (exactly what the URL holds, so a
// shared link restores them), and their translation into the API's nested profile.

import type { Fact, FieldError } from '../api';

/** Fact name → the text the user gave; "true"/"false" for yes/no; comma-separated codes for qualifications. */
export type Answers = Record<string, string>;

export const DATE_KEY = 'date';
export const QUALS = 'person.qualifications';
/** Fact types the calculator asks for; lists (experts, projects …) are entered through the API or CLI. */
export const ASKABLE = new Set<Fact['type']>(['enum', 'bool', 'int', 'money', 'date', 'text', 'quals']);

/** Answers from the URL, keeping only known facts and the date, in the URL's order. */
export function answersFromParams(params: URLSearchParams, known: ReadonlySet<string>): Answers {
  const out: Answers = {};
  for (const [k, v] of params) if (k === DATE_KEY || known.has(k)) out[k] = v;
  return out;
}

export function answersToParams(answers: Answers): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(answers)) p.set(k, v);
  return p;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next !== 'object' || next === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]!] = value;
}

/** The value sent for one answer: typed where the text is well-formed, else the raw text so that the
 *  API answers with its own Chinese message (the same the CLI shows). */
export function apiValue(fact: Fact | undefined, raw: string): unknown {
  const type = fact?.type ?? 'text';
  if (type === 'bool') return raw === 'true' ? true : raw === 'false' ? false : raw;
  if (type === 'quals') return raw === '' ? [] : raw.split(',').filter(Boolean);
  if (type === 'int') return /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw;
  return raw.trim();
}

/** The calculate request for these answers (blank text answers are left out: still unknown). */
export function requestFor(answers: Answers, facts: ReadonlyMap<string, Fact>): { profile: Record<string, unknown>; date?: string; whyNot: true } {
  const profile: Record<string, unknown> = {};
  for (const [k, raw] of Object.entries(answers)) {
    if (k === DATE_KEY) continue;
    const fact = facts.get(k);
    if (fact?.type !== 'quals' && raw.trim() === '') continue;
    setPath(profile, k, apiValue(fact, raw));
  }
  const date = answers[DATE_KEY]?.trim();
  return { profile, ...(date ? { date } : {}), whyNot: true };
}

/** API error paths ("profile.person.purchase.price", "date") → the fact they belong to. */
export function errorsByFact(errors: FieldError[], known: Iterable<string>): Map<string, string> {
  const names = [...known].sort((a, b) => b.length - a.length);
  const out = new Map<string, string>();
  for (const e of errors) {
    const path = e.path.replace(/^profile\./, '');
    const fact = path === DATE_KEY ? DATE_KEY : names.find((n) => path === n || path.startsWith(`${n}.`) || path.startsWith(`${n}[`));
    const key = fact ?? '';
    out.set(key, out.has(key) ? `${out.get(key)}；${e.message}` : e.message);
  }
  return out;
}
