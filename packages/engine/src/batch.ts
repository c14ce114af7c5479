// Whole-population evaluation: the same rule trees, compiled once without tracing, run over many
// profiles, with money totalled by benefit, clause, payer, county and year. Amounts stay in fen.

import { all } from './ast.js';
import { addYears, yearOf, type Day } from './dates.js';
import { compile, type Compiled, type FastScope } from './compile.js';
import type { FactStore, Row } from './facts.js';
import type { Reform } from './params.js';
import type { Payer, PolicyPackage, RuleDef } from './policy.js';
import { applicability, presentRoots, reformFor, ruleApplies, subjectPresent } from './calculate.js';

export interface BatchTotals {
  asOf: string;
  persons: number;
  /** Entitlements granted (or up to a ceiling) with a known amount. */
  entitlements: number;
  /** Rule evaluations left undetermined for lack of a fact. */
  undetermined: number;
  totalFen: number;
  byBenefit: Record<string, { name: string; fen: number; count: number }>;
  byClause: Record<string, { fen: number; count: number }>;
  byPayer: Record<string, { fen: number; count: number }>;
  byCounty: Record<string, { fen: number; count: number }>;
  byYear: Record<string, { fen: number; count: number }>;
}

interface CompiledRule {
  rule: RuleDef;
  eligible: Compiled;
  amount?: Compiled;
  date?: Compiled;
  start?: Compiled;
  years?: Compiled;
  periodic: 'once' | 'yearly' | 'period' | 'none';
  payer: (s: FastScope) => Payer;
}

const MAX_INSTALMENTS = 60;
const NO_ROWS = [undefined];

export class BatchEvaluator {
  private readonly rules: CompiledRule[] = [];
  private readonly totals: BatchTotals;

  constructor(
    packages: PolicyPackage[],
    private readonly asOf: Day,
    reform?: Reform,
  ) {
    for (const base of packages) {
      const params = reformFor(base, packages, reform);
      const env = { params, asOf, vars: base.vars };
      const varFns = new Map<string, Compiled>();
      const gate = applicability(base);
      for (const rule of base.rules) {
        if (!ruleApplies(rule, asOf) || rule.kind !== 'cash') continue;
        const sch = rule.schedule;
        const payer = rule.payer;
        const payerFn: CompiledRule['payer'] =
          'code' in payer
            ? () => payer
            : ((w: Compiled) => (s: FastScope) => (w(s) === true ? payer.then : payer.otherwise))(compile(payer.when, env, varFns));
        this.rules.push({
          rule,
          eligible: compile(all([gate, rule.eligible]), env, varFns),
          amount: rule.amount ? compile(rule.amount, env, varFns) : undefined,
          date: sch?.kind === 'once' ? compile(sch.date, env, varFns) : undefined,
          start: sch && sch.kind !== 'once' ? compile(sch.start, env, varFns) : undefined,
          years: sch?.kind === 'yearly' && sch.years ? compile(sch.years, env, varFns) : undefined,
          periodic: sch?.kind ?? 'none',
          payer: payerFn,
        });
      }
    }
    this.totals = {
      asOf: new Date(asOf * 86_400_000).toISOString().slice(0, 10),
      persons: 0,
      entitlements: 0,
      undetermined: 0,
      totalFen: 0,
      byBenefit: {},
      byClause: {},
      byPayer: {},
      byCounty: {},
      byYear: {},
    };
  }

  /** Evaluates one profile and adds its entitlements to the totals. */
  add(facts: FactStore): void {
    const t = this.totals;
    t.persons++;
    const county = String(facts.get('region') ?? '未知');
    const cache = new Map();
    const instalmentCache = new Map();
    const present = presentRoots(facts);
    for (const cr of this.rules) {
      if (!subjectPresent(cr.rule, facts, present)) continue;
      const rows = cr.rule.forEach ? ((facts.get(cr.rule.forEach) as Row[] | undefined) ?? []) : NO_ROWS;
      for (const row of rows) {
        const s: FastScope = { facts, member: row, cache: row ? new Map() : cache };
        const ok = cr.eligible(s);
        if (ok === false) continue;
        if (ok === undefined) {
          t.undetermined++;
          continue;
        }
        const dates = this.dates(cr, s);
        if (dates === undefined) {
          t.undetermined++;
          continue;
        }
        const payer = cr.payer(s).name;
        for (const d of dates) {
          instalmentCache.clear();
          const amount = cr.amount!({ facts, member: row, instalment: d, cache: instalmentCache });
          if (amount === undefined) {
            t.undetermined++;
            continue;
          }
          this.addAmount(cr.rule, payer, county, yearOf(d), amount as number);
        }
      }
    }
  }

  private dates(cr: CompiledRule, s: FastScope): Day[] | undefined {
    // Only instalments due by the as-of date count, as in the traced result's dueFen.
    if (cr.periodic === 'once') {
      const d = cr.date!(s);
      return d === undefined ? undefined : (d as number) <= this.asOf ? [d as number] : [];
    }
    const st = cr.start?.(s);
    if (st === undefined) return undefined;
    if (cr.periodic === 'period') return (st as number) <= this.asOf ? [st as number] : [];
    const n = cr.years ? cr.years(s) : MAX_INSTALMENTS;
    if (n === undefined) return undefined;
    const out: Day[] = [];
    for (let i = 0; i < Math.min(n as number, MAX_INSTALMENTS); i++) {
      const d = i === 0 ? (st as number) : addYears(st as number, i);
      if (d > this.asOf) break;
      out.push(d);
    }
    return out;
  }

  private addAmount(rule: RuleDef, payer: string, county: string, year: number, fen: number): void {
    const t = this.totals;
    t.entitlements++;
    t.totalFen += fen;
    const b = (t.byBenefit[rule.benefit] ??= { name: rule.name, fen: 0, count: 0 });
    b.fen += fen;
    b.count++;
    for (const [bucket, key] of [
      [t.byClause, rule.clause.cite],
      [t.byPayer, payer],
      [t.byCounty, county],
      [t.byYear, String(year)],
    ] as const) {
      const x = (bucket[key] ??= { fen: 0, count: 0 });
      x.fen += fen;
      x.count++;
    }
  }

  result(): BatchTotals {
    return this.totals;
  }
}
