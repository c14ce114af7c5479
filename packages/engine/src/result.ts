// The shape of a calculation's result (format rencai.result/1): each entitlement with its status,
// amount, schedule, summary sentence and explanation, the questions still open with what they could
// decide, and the totals. calculate.ts builds it; summary.ts words it.

import type { Reform } from './params.js';
import type { BenefitKind, Beneficiary, Clause, Payer, Schedule } from './policy.js';
import type { EXPLANATION_FORMAT, TraceNode } from './trace.js';

export const RESULT_FORMAT = 'rencai.result/1';
export type Status = 'granted' | 'up_to' | 'undetermined' | 'not_eligible';

export interface Instalment {
  date: string;
  year: number;
  amountFen: number | null;
  /** Falls on or before the as-of date (otherwise a future, projected instalment). */
  due: boolean;
}

export interface Entitlement {
  policy: string;
  rule: string;
  benefit: string;
  name: string;
  kind: BenefitKind;
  clause: Clause;
  text: string;
  beneficiary: Beneficiary;
  payer: Payer;
  status: Status;
  entity?: { list: string; index: number; name?: string };
  amountFen?: number;
  amountYuan?: string;
  amountText?: string;
  totalFen?: number;
  dueFen?: number;
  schedule?: { kind: Schedule['kind']; description: string; instalments: Instalment[] };
  reason?: string;
  missing?: string[];
  interpretations?: string[];
  /** One sentence in plain Chinese: why, what, how much, when, the clause (granted benefits and obligations). */
  summary?: string;
  /** The amount's arithmetic with real numbers, in one line. */
  arithmetic?: string;
  /** The amount rests on an example (not yet official) parameter value. */
  example?: boolean;
  /** Entitled and the amount known, only the payment date missing: the facts that would give it. */
  dateMissing?: string[];
  /** For an undetermined cash benefit: the most it could be worth (fen; one year of a yearly benefit); absent when unbounded. */
  stakeFen?: number;
  explanation: { eligibility: TraceNode; amount?: TraceNode };
}

export interface MissingFact {
  fact: string;
  label: string;
  question?: string;
  unlocks: Array<{ policy: string; rule: string; name: string }>;
  /** The most money answering could decide (fen): per benefit its largest possible amount, summed. */
  stakeFen: number;
  /** The stake in words: "可能影响 20,000 元", "可能影响 20,000 元/年", "决定发放时间". */
  stakeText: string;
  /** Only decides when a benefit already known is paid (a follow-up question). */
  dateOnly?: boolean;
}

export interface CalculationResult {
  format: typeof RESULT_FORMAT;
  explanationFormat: typeof EXPLANATION_FORMAT;
  asOf: string;
  policies: Array<{ id: string; title: string; docNumber: string; version: string }>;
  reform?: Reform;
  entitlements: Entitlement[];
  inKind: Entitlement[];
  obligations: Entitlement[];
  undetermined: Entitlement[];
  notEligible?: Entitlement[];
  missingFacts: MissingFact[];
  /** Parameters without a value in force (e.g. a half-year price not yet published): path, its description, the date, the benefits it decides. */
  awaitingData: Array<{ param: string; label?: string; date?: string; unlocks: string[] }>;
  totals: { grantedFen: number; upToFen: number; dueFen: number };
}
