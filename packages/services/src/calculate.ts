// Use case: one calculation request (profile, date, policy, parameter changes) → the engine's result.

import { calculate, mergeReform, parseDay, parseProfile, parseSetting, type CalculationResult, type Day, type FieldError, type PolicyPackage, type Reform, type ReformValue } from '@rencai/engine';
import { factDefs, loadPolicies, qualificationIndex } from '@rencai/policies';
import { InputError, rethrowAsInput } from './errors.js';

export interface CalculateInput {
  profile: unknown;
  /** As-of date (YYYY-MM-DD); today (China Standard Time) when absent. */
  date?: string;
  /** Policy package id; absent = every package whose jurisdiction includes the profile's region. */
  policy?: string;
  /** Parameter changes: ["path=value[@YYYY-MM-DD]"] or {path: [{value, from?}]}. */
  set?: string[] | Record<string, Array<{ value: number | string | boolean; from?: string }>>;
  whyNot?: boolean;
}

/** Today's calendar date in China (UTC+8), as the default as-of date. */
export function todayInChina(now = new Date()): Day {
  return parseDay(new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10));
}

export function selectPackages(policy: string | undefined, region: unknown): PolicyPackage[] {
  const all = loadPolicies();
  if (policy !== undefined) {
    const p = all.find((x) => x.meta.id === policy);
    if (!p) throw new InputError([{ path: 'policy', message: `未知的政策包「${policy}」，可选：${all.map((x) => x.meta.id).join('、')}` }]);
    return [p];
  }
  if (typeof region !== 'string') return all; // region unknown: every package, each will ask for it
  const matching = all.filter((p) => p.meta.jurisdiction.includes(region));
  return matching.length ? matching : all;
}

export function parseReform(set: CalculateInput['set'], packages: PolicyPackage[]): Reform | undefined {
  if (set === undefined) return undefined;
  const entries: Array<[string, ReformValue]> = [];
  const owner = (path: string) => packages.find((p) => p.params.has(path)) ?? packages[0]!;
  if (Array.isArray(set)) {
    set.forEach((s, i) =>
      rethrowAsInput(`set[${i}]`, () => {
        const path = s.split('=')[0]!.trim();
        entries.push(parseSetting(s, owner(path).params));
      }),
    );
  } else {
    for (const [path, values] of Object.entries(set)) {
      if (!Array.isArray(values)) throw new InputError([{ path: `set.${path}`, message: '应为取值列表 [{value, from}]' }]);
      values.forEach((v, i) =>
        rethrowAsInput(`set.${path}[${i}]`, () => {
          const text = `${path}=${String(v.value)}${v.from ? `@${v.from}` : ''}`;
          entries.push(parseSetting(text, owner(path).params));
        }),
      );
    }
  }
  const reform = mergeReform(entries);
  for (const path of Object.keys(reform)) rethrowAsInput('set', () => owner(path).params.withReform({ [path]: reform[path]! }));
  return reform;
}

/** Runs each step, collecting every input error before reporting them together. */
function collect<T>(errors: FieldError[], fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    errors.push(...e.errors);
    return undefined;
  }
}

export function calculateRequest(input: CalculateInput): CalculationResult {
  const errors: FieldError[] = [];
  const facts = collect(errors, () => rethrowAsInput('profile', () => parseProfile(input.profile, factDefs, qualificationIndex())));
  const asOf = collect(errors, () => (input.date === undefined ? todayInChina() : rethrowAsInput('date', () => parseDay(input.date))));
  const packages = collect(errors, () => selectPackages(input.policy, facts?.get('region'))) ?? [];
  const reform = collect(errors, () => (packages.length ? parseReform(input.set, packages) : undefined));
  if (errors.length || !facts || asOf === undefined) throw new InputError(errors);
  return calculate(packages, facts, { asOf, reform, whyNot: input.whyNot, factDefs });
}
