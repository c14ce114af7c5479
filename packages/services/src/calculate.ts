// Use case: one calculation request (profile, date, policy, parameter changes) → the engine's result,
// with every problem in the request reported together as field paths and Chinese reasons.

import { calculate, parseDay, parseProfile, type CalculationResult, type Day, type FieldError, type PolicyPackage } from '@rencai/engine';
import { factDefs, loadPolicies, profileContradictions, qualificationIndex } from '@rencai/policies';
import { chinaDate } from '@rencai/domain';
import { InputError, rethrowAsInput } from './errors.js';
import { parseReform, type ReformInput } from './reform.js';

export interface CalculateInput {
  /** The profile (nested JSON, money in yuan, dates YYYY-MM-DD); see GET /api/v1/facts. */
  profile: unknown;
  /** As-of date (YYYY-MM-DD); today in China (Asia/Shanghai) when absent. */
  date?: string;
  /** Policy package id; absent = every package whose jurisdiction includes the profile's region. */
  policy?: string;
  /** Parameter changes: ["path=value[@YYYY-MM-DD]"] or {path: value | {value, from?} | [{value, from?}]}. */
  set?: ReformInput;
  /** Also list what is not granted, with the first condition not met. */
  whyNot?: boolean;
}

/** Today's calendar date in China (UTC+8 all year, no daylight saving), the default as-of date. */
export function todayInChina(now = new Date()): Day {
  return parseDay(chinaDate(now));
}

/** The as-of date of a request: the given YYYY-MM-DD, or today in China. */
export function asOfDate(date: unknown, path = 'date'): Day {
  return date === undefined || date === null || date === '' ? todayInChina() : rethrowAsInput(path, () => parseDay(date));
}

export const knownPolicyIds = (): string[] => loadPolicies().map((p) => p.meta.id);

export function unknownPolicy(id: string, path = 'policy'): InputError {
  return new InputError([{ path, message: `未知的政策包「${id}」，可选：${knownPolicyIds().join('、')}` }]);
}

/** The named package, or (none named) those whose jurisdiction includes the region (all when unknown). */
export function selectPackages(policy: string | undefined, region: unknown): PolicyPackage[] {
  const all = loadPolicies();
  if (policy !== undefined && policy !== '') {
    const p = all.find((x) => x.meta.id === policy);
    if (!p) throw unknownPolicy(policy);
    return [p];
  }
  if (typeof region !== 'string') return all; // region unknown: every package, each will ask for it
  const matching = all.filter((p) => p.meta.jurisdiction.includes(region));
  return matching.length ? matching : all;
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
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new InputError([{ path: '(请求)', message: '请求应为 JSON 对象 {profile, date?, policy?, set?, whyNot?}' }]);
  const errors: FieldError[] = [];
  if (input.profile === undefined) errors.push({ path: 'profile', message: '缺少档案（profile）' });
  const facts = input.profile === undefined ? undefined : collect(errors, () => rethrowAsInput('profile', () => parseProfile(input.profile, factDefs, qualificationIndex())));
  const asOf = collect(errors, () => asOfDate(input.date));
  if (input.policy !== undefined && typeof input.policy !== 'string') errors.push({ path: 'policy', message: '应为政策包 ID（文本）' });
  const policy = typeof input.policy === 'string' ? input.policy : undefined;
  const packages = collect(errors, () => selectPackages(policy, facts?.get('region'))) ?? [];
  const reform = collect(errors, () => (packages.length ? parseReform(input.set, packages) : undefined));
  if (facts && asOf !== undefined) errors.push(...profileContradictions(facts, asOf).map((e) => (e.path === 'date' ? e : { ...e, path: `profile.${e.path}` })));
  if (errors.length || !facts || asOf === undefined) throw new InputError(errors);
  return calculate(packages, facts, { asOf, reform, whyNot: input.whyNot === true, factDefs });
}
