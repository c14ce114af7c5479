// What a policy package is: metadata, dated parameters, derived variables and rules, each rule
// tied to its clause with the original sentence. Rules may have dated versions (kept, not overwritten).

import type { Expr } from './ast.js';
import type { Day } from './dates.js';
import type { FactDef } from './facts.js';
import type { Params } from './params.js';
import type { VarDef } from './evaluate.js';

export interface Clause {
  doc: string;
  article: number | string;
  item?: number | string;
  /** Human citation, e.g. "衢委发〔2020〕7号第20条第(3)项". */
  cite: string;
}

export type BenefitKind = 'cash' | 'in_kind' | 'obligation' | 'referral';
export type Beneficiary = 'person' | 'employer' | 'project' | 'station';

export interface Payer {
  code: 'city_finance' | 'shared' | 'employer_unit' | 'district_finance';
  name: string;
}

export type Schedule =
  | { kind: 'once'; date: Expr }
  /** Every year from `start`; `years` instalments (open-ended until the as-of date when absent). */
  | { kind: 'yearly'; start: Expr; years?: Expr }
  /** A total paid over a period (e.g. 三年培养期内总计), accounted at its start. */
  | { kind: 'period'; start: Expr; years: Expr };

export interface RuleDef {
  /** Stable id within the package, after the clause: "art20.3" or "art16.salary_subsidy". */
  id: string;
  benefit: string;
  name: string;
  clause: Clause;
  /** The original Chinese sentence this rule implements. */
  text: string;
  kind: BenefitKind;
  beneficiary: Beneficiary;
  /** Evaluated once per row of this list (e.g. "projects"); absent = once per profile. */
  forEach?: string;
  payer: Payer | { when: Expr; then: Payer; otherwise: Payer };
  eligible: Expr;
  /** Amount per instalment, in fen (absent for in-kind benefits and referrals). */
  amount?: Expr;
  schedule?: Schedule;
  /** The text gives only a ceiling ("最高", "不超过"): the amount is "up to", pending review. */
  upTo?: boolean;
  /** Interpretations the product takes for this rule, in Chinese. */
  interpretations?: string[];
  /** Dated versions: this definition applies for as-of dates in [validFrom, validTo]. */
  validFrom?: Day;
  validTo?: Day;
}

/** Every tree a rule's result reads: its conditions, amount, schedule and conditional payer. */
export function ruleTrees(rule: RuleDef): Expr[] {
  const sch = rule.schedule;
  return [
    rule.eligible,
    ...(rule.amount ? [rule.amount] : []),
    ...(!sch ? [] : sch.kind === 'once' ? [sch.date] : [sch.start, ...(sch.years ? [sch.years] : [])]),
    ...('code' in rule.payer ? [] : [rule.payer.when]),
  ];
}

export interface PolicyMeta {
  id: string;
  title: string;
  docNumber: string;
  issuer: string;
  issued: string;
  effectiveFrom: Day;
  effectiveTo?: Day;
  sourcePath: string;
  /** Region codes where the package applies (the profile's `person.region`). */
  jurisdiction: string[];
  jurisdictionLabel: string;
  /** The policy's own words on who pays (e.g. 按照现行财政体制分担). */
  fundingNote?: string;
}

export interface ClauseText {
  article: number | string;
  item?: number | string;
  cite: string;
  text: string;
}

export interface PolicyPackage {
  meta: PolicyMeta;
  params: Params;
  vars: Record<string, VarDef>;
  rules: RuleDef[];
  clauses: ClauseText[];
  /** Content hash of the package's parameters and rules, carried by every result. */
  version: string;
}

export interface FactCatalogue {
  facts: FactDef[];
  /** Qualification code → official name and accepted aliases. */
  qualifications: Array<{ code: string; name: string; aliases?: string[]; group?: string }>;
}
