// Use case: one calculation request (profile, date, policy, parameter changes) → the engine's result.

import { calculate, formatDay, mergeReform, type FieldError, parseDay, parseProfile, parseSetting, type CalculationResult, type Day, type PolicyPackage, type Reform, type ReformValue } from '@rencai/engine';
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
  // A reform names one package's parameters; apply each path only to the package that has it.
  const results = packages.map((p) => {
    const own = reform ? Object.fromEntries(Object.entries(reform).filter(([path]) => p.params.has(path))) : undefined;
    return calculate([p], facts, { asOf, reform: own && Object.keys(own).length ? own : undefined, whyNot: input.whyNot, factDefs });
  });
  return mergeResults(results, asOf, reform);
}

function mergeResults(results: CalculationResult[], asOf: Day, reform: Reform | undefined): CalculationResult {
  const [first, ...rest] = results;
  if (!first) throw new InputError([{ path: 'policy', message: '没有可用的政策包' }]);
  const out: CalculationResult = { ...first, asOf: formatDay(asOf), ...(reform ? { reform } : {}) };
  for (const r of rest) {
    out.policies = [...out.policies, ...r.policies];
    out.entitlements = [...out.entitlements, ...r.entitlements];
    out.inKind = [...out.inKind, ...r.inKind];
    out.obligations = [...out.obligations, ...r.obligations];
    out.undetermined = [...out.undetermined, ...r.undetermined];
    if (out.notEligible || r.notEligible) out.notEligible = [...(out.notEligible ?? []), ...(r.notEligible ?? [])];
    out.awaitingData = [...out.awaitingData, ...r.awaitingData];
    const byFact = new Map(out.missingFacts.map((m) => [m.fact, m]));
    for (const m of r.missingFacts) {
      const had = byFact.get(m.fact);
      if (had) had.unlocks = [...had.unlocks, ...m.unlocks];
      else byFact.set(m.fact, m);
    }
    out.missingFacts = [...byFact.values()].sort((a, b) => b.unlocks.length - a.unlocks.length || a.fact.localeCompare(b.fact));
    out.totals = {
      grantedFen: out.totals.grantedFen + r.totals.grantedFen,
      upToFen: out.totals.upToFen + r.totals.upToFen,
      dueFen: out.totals.dueFen + r.totals.dueFen,
    };
  }
  return out;
}
