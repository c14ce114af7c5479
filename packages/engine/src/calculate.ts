// Calculation: a profile and an as-of date → entitlements, in-kind benefits, obligations, what is
// still undetermined (with the facts that would decide it), and, on request, what is not granted
// and why. Every entitlement carries its clause, original sentence and explanation.
// A result is read, never modified: its entitlements' parts (explanations, schedules, lists) may be
// shared with the results of earlier persons who gave the same facts (see memoOf).

import { all, asOf as asOfNode, c, factsOf, factsRead, gte, isIn, lte, someThrough, type Expr } from './ast.js';
import { addYears, formatDay, yearOf, type Day } from './dates.js';
import { compile, type Compiled, type FastScope } from './compile.js';
import { allOf, evaluate, type Res, type Scope } from './evaluate.js';
import type { FactDef, FactStore, Row } from './facts.js';
import { fenToYuanString, formatYuan } from './money.js';
import { ParamError, type Params, type Reform } from './params.js';
import type { Value } from './units.js';
import { ruleTrees, type Payer, type PolicyPackage, type RuleDef, type Schedule } from './policy.js';
import { EXPLANATION_FORMAT, firstUnmet, type TraceNode } from './trace.js';
import { arithmeticOf, stakeText, summarize, upperBound, usesExample } from './summary.js';
import { RESULT_FORMAT, type CalculationResult, type Entitlement, type Instalment, type MissingFact } from './result.js';

const MAX_INSTALMENTS = 60;


export interface CalcOptions {
  asOf: Day;
  reform?: Reform;
  whyNot?: boolean;
  factDefs?: FactDef[];
}

const gates = new WeakMap<PolicyPackage['meta'], Expr>();

/** The package-level conditions every rule carries: in force at the date, in the jurisdiction. */
export function applicability(pkg: PolicyPackage): Expr {
  const m = pkg.meta;
  const cached = gates.get(m);
  if (cached) return cached;
  const gate = all(
    [
      gte(asOfNode(), c(m.effectiveFrom, 'date', { label: '政策施行日' }), {
        label: `${m.docNumber}已施行`,
        unmet: `计算日期早于政策施行日 ${formatDay(m.effectiveFrom)}`,
      }),
      ...(m.effectiveTo !== undefined
        ? [lte(asOfNode(), c(m.effectiveTo, 'date', { label: '政策失效日' }), { label: '政策仍有效', unmet: '政策已失效' })]
        : []),
      isIn({ k: 'fact', name: 'region', label: '工作地区' }, m.jurisdiction, {
        label: `工作地在${m.jurisdictionLabel}`,
        unmet: `工作地不在${m.jurisdictionLabel}`,
      }),
    ],
    { label: '政策适用范围' },
  );
  gates.set(m, gate);
  return gate;
}

export function ruleApplies(rule: RuleDef, asOf: Day): boolean {
  return (rule.validFrom === undefined || asOf >= rule.validFrom) && (rule.validTo === undefined || asOf <= rule.validTo);
}

export function resolvePayer(rule: RuleDef, scope: Scope): Payer {
  if ('code' in rule.payer) return rule.payer;
  const w = evaluate(rule.payer.when, scope);
  return w.v === true ? rule.payer.then : rule.payer.otherwise;
}

// Compiled eligibility per (parameters, as-of date, rule): the untraced pass that screens out the
// rules that do not apply before the traced interpreter explains the ones that do.
// The same cache holds the compiled amount, which values the instalments whose explanation is not
// shown (only the first instalment's amount is explained; the others need only their values).
// The package's gate is screened once per package (a rule is screened out when the gate or its own
// conditions are false, as all([gate, rule.eligible]) would be).
// Per (parameters, as-of date) the rules in force are listed once, each with what the per-person
// loop needs (its subject sections, its compiled parts, built on first use): the loop itself does
// no lookups by rule.
interface QuickRule {
  rule: RuleDef;
  /** The subject sections (of SUBJECT_ROOTS) the rule is about; empty: everyone's. */
  roots: readonly string[];
  eligible?: Compiled;
  amount?: Compiled;
  /** Entitlements by the values of the facts the rule reads (undefined: not set up yet; null: not kept). */
  memo?: Map<string, { e: Entitlement; stake: Unlock['stake'] }> | null;
  /** Those facts, in a fixed order. */
  inputs?: string[];
  /** The fact definitions the memo's entitlements were labelled with. */
  memoDefs?: FactDef[];
  lookups: number;
  hits: number;
}
interface QuickDay {
  rules: readonly RuleDef[];
  /** The rules in force at the date, in the package's order. */
  plan: QuickRule[];
  gates: WeakMap<Expr, Compiled>;
}
const quickCache = new WeakMap<Params, Map<Day, QuickDay>>();
function quickRules(pkg: PolicyPackage, asOf: Day): QuickDay {
  let byDay = quickCache.get(pkg.params);
  if (!byDay) quickCache.set(pkg.params, (byDay = new Map()));
  let q = byDay.get(asOf);
  if (!q || q.rules !== pkg.rules) {
    if (byDay.size > 16) byDay.clear();
    const plan = pkg.rules.filter((r) => ruleApplies(r, asOf)).map((rule) => ({ rule, roots: [...subjectRoots(rule)], lookups: 0, hits: 0 }));
    byDay.set(asOf, (q = { rules: pkg.rules, plan, gates: new WeakMap() }));
  }
  return q;
}
// An entitlement depends only on the facts its rule reads (the package's gate, its conditions,
// amount, schedule and payer, through derived variables), on the parameters and the date (one
// plan each) and on the fact definitions' labels: persons who give the same values for those facts
// get the same entitlement. Many do (a benefit nobody has given the facts for is undetermined in the
// same way for everyone). Kept per rule, at most MEMO_SIZE entries; a rule whose first MEMO_TRIAL
// lookups found fewer than a quarter repeated keeps none.
const MEMO_SIZE = 64;
const MEMO_TRIAL = 256;
function memoOf(pkg: PolicyPackage, q: QuickRule, gate: Expr, defs: FactDef[] | undefined): Map<string, { e: Entitlement; stake: Unlock['stake'] }> | undefined {
  if (q.memo === undefined) {
    q.inputs = inputsOf(pkg, q.rule, gate);
    q.memo = q.inputs ? new Map() : null;
    q.memoDefs = defs;
  }
  if (!q.memo) return undefined;
  if (q.memoDefs !== defs) {
    q.memo.clear();
    q.memoDefs = defs;
  }
  return q.memo;
}

/** The facts a rule's entitlement can depend on; undefined when it reads a list's rows (not keyed). */
function inputsOf(pkg: PolicyPackage, rule: RuleDef, gate: Expr): string[] | undefined {
  if (rule.forEach) return undefined;
  const trees = [gate, ...ruleTrees(rule)];
  if (someThrough(trees, pkg.vars, (e) => e.k === 'sum' || e.k === 'count')) return undefined;
  return [...factsRead(trees, pkg.vars)];
}

/** The values of a rule's facts as one string; undefined for a value it does not key (a list, a text with the separators). */
function memoKey(inputs: readonly string[], facts: FactStore): string | undefined {
  let k = '';
  for (const name of inputs) {
    const v = facts.get(name);
    switch (typeof v) {
      case 'undefined':
        k += '\u0001u';
        break;
      case 'boolean':
        k += v ? '\u0001t' : '\u0001f';
        break;
      case 'number':
        k += Object.is(v, -0) ? '\u0001n-0' : `\u0001n${v}`;
        break;
      case 'string':
        if (v.includes('\u0001') || v.includes('\u0002')) return undefined;
        k += `\u0001s${v}`;
        break;
      default: {
        if (!(v instanceof Map)) return undefined;
        k += '\u0001m';
        for (const [code, d] of v as Map<unknown, unknown>) {
          if (typeof code !== 'string' || code.includes('\u0001') || code.includes('\u0002') || code.includes('=')) return undefined;
          if (d !== undefined && typeof d !== 'number') return undefined;
          k += `\u0002${code}=${d === undefined ? '' : d}`;
        }
      }
    }
  }
  return k;
}

function quickEligible(pkg: PolicyPackage, q: QuickRule, asOf: Day): Compiled {
  return (q.eligible ??= compile(q.rule.eligible, { params: pkg.params, asOf, vars: pkg.vars }));
}
function quickAmount(pkg: PolicyPackage, q: QuickRule, asOf: Day): Compiled | undefined {
  if (!q.rule.amount) return undefined;
  return (q.amount ??= compile(q.rule.amount, { params: pkg.params, asOf, vars: pkg.vars }));
}
function quickGate(pkg: PolicyPackage, gate: Expr, asOf: Day, day: QuickDay): Compiled {
  let fn = day.gates.get(gate);
  if (!fn) day.gates.set(gate, (fn = compile(gate, { params: pkg.params, asOf, vars: pkg.vars })));
  return fn;
}

// The expression whose trace explains a rule's eligibility: the package's gate and the rule's own
// conditions (built once per rule).
const eligibleCache = new WeakMap<RuleDef, { gate: Expr; e: Expr }>();
function eligibleExpr(rule: RuleDef, gate: Expr): Expr {
  let x = eligibleCache.get(rule);
  if (!x || x.gate !== gate) eligibleCache.set(rule, (x = { gate, e: all([gate, rule.eligible], { label: `${rule.name}的条件` }) }));
  return x.e;
}

const labelCache = new WeakMap<FactDef[], Map<string, Map<string, string>>>();

/** Display labels of coded values (fact → code → label), built once per vocabulary. */
function labelsOf(defs: FactDef[]): Map<string, Map<string, string>> {
  let m = labelCache.get(defs);
  if (!m) {
    m = new Map();
    for (const d of defs) {
      if (d.options) m.set(d.name, new Map(d.options.map((o) => [o.value, o.label])));
      for (const f of d.fields ?? []) if (f.options) m.set(`${d.name}[].${f.name}`, new Map(f.options.map((o) => [o.value, o.label])));
    }
    labelCache.set(defs, m);
  }
  return m;
}

const factLabelCache = new WeakMap<FactDef[], Map<string, FactDef>>();

/** Fact definitions by name, list fields as `list[].field` (built once per vocabulary). */
function factLabelsOf(defs: FactDef[]): Map<string, FactDef> {
  let m = factLabelCache.get(defs);
  if (!m) {
    m = new Map(defs.flatMap((d) => [[d.name, d] as const, ...(d.fields ?? []).map((f) => [`${d.name}[].${f.name}`, f] as const)]));
    factLabelCache.set(defs, m);
  }
  return m;
}

/** A fact's definition; a qualification's date (`quals[code].obtained`) by its set's. */
function factDefOf(labels: Map<string, FactDef>, fact: string): FactDef | undefined {
  return labels.get(fact) ?? (fact.endsWith('].obtained') ? labels.get(fact.replace(/\[[^\]]+\]\.obtained$/, '')) : undefined);
}

/**
 * The part of a reform that concerns one package (a reform may name parameters of several); a path
 * no package knows is an error.
 */
export function reformFor(pkg: PolicyPackage, packages: PolicyPackage[], reform: Reform | undefined): Params {
  if (!reform) return pkg.params;
  for (const path of Object.keys(reform))
    if (!packages.some((p) => p.params.has(path))) {
      pkg.params.withReform({ [path]: reform[path]! }); // throws the error with the closest names
      throw new ParamError(`改革方案中的参数不存在：${path}`);
    }
  const own = Object.fromEntries(Object.entries(reform).filter(([path]) => pkg.params.has(path)));
  return Object.keys(own).length ? pkg.params.withReform(own) : pkg.params;
}

function withParams(pkg: PolicyPackage, params: Params): PolicyPackage {
  return params === pkg.params ? pkg : { ...pkg, params };
}

/** The comparison `a.localeCompare(b)` makes (same locale and options), without a collator per call. */
const collator = new Intl.Collator();

export function calculate(packages: PolicyPackage[], facts: FactStore, opts: CalcOptions): CalculationResult {
  const result: CalculationResult = {
    format: RESULT_FORMAT,
    explanationFormat: EXPLANATION_FORMAT,
    asOf: formatDay(opts.asOf),
    policies: packages.map((p) => ({ id: p.meta.id, title: p.meta.title, docNumber: p.meta.docNumber, version: p.version })),
    ...(opts.reform && Object.keys(opts.reform).length ? { reform: opts.reform } : {}),
    entitlements: [],
    inKind: [],
    obligations: [],
    undetermined: [],
    ...(opts.whyNot ? { notEligible: [] } : {}),
    missingFacts: [],
    awaitingData: [],
    totals: { grantedFen: 0, upToFen: 0, dueFen: 0 },
  };
  const unlocks = new Map<string, Unlock[]>();
  const valueLabels = labelsOf(opts.factDefs ?? []);
  const labels = factLabelsOf(opts.factDefs ?? []);
  const present = presentSubjects(facts);
  const fastCache = new Map<string, Value | undefined>();
  for (const base of packages) {
    fastCache.clear();
    const pkg = withParams(base, reformFor(base, packages, opts.reform));
    const gate = applicability(pkg);
    const day = quickRules(pkg, opts.asOf);
    // The gate reads neither list rows nor variables: its trace is the same for every rule.
    const pass: PackagePass = { gate, labels };
    const fast: FastScope = { facts, cache: fastCache };
    // Without why-not, a rule the compiled pass finds not applicable needs no explanation.
    if (!opts.whyNot && quickGate(pkg, gate, opts.asOf, day)(fast) === false) continue;
    for (const q of day.plan) {
      const rule = q.rule;
      if (q.roots.length && !q.roots.some((r) => present.has(r))) continue;
      for (const inst of instances(rule, facts)) {
        if (!opts.whyNot && quickEligible(pkg, q, opts.asOf)(inst.row ? { facts, member: inst.row, cache: new Map() } : fast) === false) continue;
        // A rule outside a list whose inputs this person shares with an earlier one: the same
        // entitlement (a copy of it; its parts are never modified).
        const memo = inst.row ? undefined : memoOf(pkg, q, pass.gate, opts.factDefs);
        const key = memo ? memoKey(q.inputs!, facts) : undefined;
        const hit = key === undefined ? undefined : memo!.get(key);
        if (key !== undefined && ++q.lookups === MEMO_TRIAL && q.hits < MEMO_TRIAL / 4) q.memo = null; // rarely repeated: not worth keeping
        let e: Entitlement;
        let stake: Unlock['stake'];
        if (hit) {
          q.hits++;
          e = { ...hit.e };
          stake = hit.stake;
        } else {
          const scope: Scope = { facts, member: inst.row, params: pkg.params, asOf: opts.asOf, vars: pkg.vars, cache: new Map(), valueLabels };
          e = evaluateRule(pkg, q, pass, scope, inst.entity);
          if (e.status === 'undetermined') {
            if (rule.kind !== 'obligation') {
              stake = stakeOf(rule, scope);
              if (stake?.fen !== undefined) e.stakeFen = stake.fen;
            }
          } else if (e.status !== 'not_eligible') e.summary = summarize(e);
          if (key !== undefined) {
            if (memo!.size >= MEMO_SIZE) memo!.clear();
            // The memo keeps a structured clone, not the entitlement itself: the explanation's
            // nodes come from the interpreter's few allocation sites, which otherwise see a share of
            // their objects outlive young-generation collections (the memo's) and start
            // allocating every node in the old generation (allocation-site pretenuring). Those
            // nodes die with the request, and the process then spends most of its time in
            // old-generation collection until a full collection reverses the decision: a traced
            // calculation ran about twice as slowly for the first 30,000–60,000 persons.
            memo!.set(key, { e: structuredClone(e), stake });
          }
        }
        if (e.status === 'not_eligible') {
          result.notEligible?.push(e);
          continue;
        }
        if (e.status === 'undetermined') {
          result.undetermined.push(e);
          if (rule.kind === 'obligation') continue; // questions are asked to find benefits, not debts
          const u = { policy: pkg.meta.id, rule: rule.id, name: e.name, benefit: `${pkg.meta.id}/${rule.benefit}`, stake };
          for (const m of e.missing ?? []) unlock(unlocks, m, u);
          continue;
        }
        // A benefit whose amount is known but not its payment date: the date is a follow-up question.
        for (const m of e.dateMissing ?? []) unlock(unlocks, m, { policy: pkg.meta.id, rule: rule.id, name: e.name, benefit: `${pkg.meta.id}/${rule.benefit}`, dateOnly: true });
        if (rule.kind === 'obligation') result.obligations.push(e);
        else if (rule.kind === 'cash') {
          result.entitlements.push(e);
          if (e.status === 'granted') result.totals.grantedFen += e.totalFen ?? 0;
          else result.totals.upToFen += e.totalFen ?? 0;
          result.totals.dueFen += e.dueFen ?? 0;
        } else result.inKind.push(e);
      }
    }
  }
  const questions: MissingFact[] = [];
  for (const [fact, list] of unlocks) {
    if (fact.startsWith('param:')) {
      const [param, date] = fact.slice(6).split('@');
      const description = packages.map((pk) => pk.params.def(param!)?.description).find((d) => d !== undefined);
      result.awaitingData.push({ param: param!, ...(description ? { label: description } : {}), ...(date ? { date } : {}), unlocks: list.map((u) => u.name) });
      continue;
    }
    const def = factDefOf(labels, fact);
    const q: MissingFact = { fact, label: def?.label ?? fact } as MissingFact;
    if (def?.question) q.question = def.question;
    q.unlocks = list.map(({ policy, rule, name }) => ({ policy, rule, name }));
    stakeOfFact(list, q);
    questions.push(q);
  }
  // The question that could decide the most money first; a question that only dates a known
  // benefit last; ties by the number of benefits it decides, then in the order the rules ask them
  // (the sort is stable; a rule's missing facts are in the order its conditions read them): a
  // question whose answer can close another comes before it — whether a project was upgraded before
  // the upgrade's date.
  if (questions.length > 1) questions.sort((a, b) => Number(!!a.dateOnly) - Number(!!b.dateOnly) || b.stakeFen - a.stakeFen || b.unlocks.length - a.unlocks.length);
  result.missingFacts = questions;
  if (result.awaitingData.length > 1) result.awaitingData.sort((a, b) => b.unlocks.length - a.unlocks.length || collator.compare(a.param, b.param));
  return result;
}

// Module-level helpers rather than closures made per call (tsx names each such closure at creation).
function unlock(unlocks: Map<string, Unlock[]>, fact: string, u: Unlock): void {
  const list = unlocks.get(fact);
  if (list) list.push(u);
  else unlocks.set(fact, [u]);
}

interface Unlock {
  policy: string;
  rule: string;
  name: string;
  /** Benefits that exclude each other (a purchase subsidy's items) share one: counted once, at the most. */
  benefit: string;
  /** The most the benefit could be worth (fen undefined: unbounded); absent for a benefit in kind. */
  stake?: { fen?: number; yearly: boolean };
  dateOnly?: boolean;
}

/** The most an undetermined cash benefit could be worth, whatever the missing answers turn out to be. */
function stakeOf(rule: RuleDef, scope: Scope): { fen?: number; yearly: boolean } | undefined {
  if (rule.kind !== 'cash' || !rule.amount) return undefined;
  const s = { ...scope, cache: new Map() };
  const per = upperBound(rule.amount, s);
  if (per === undefined) return { yearly: false };
  const sch = rule.schedule;
  if (sch?.kind !== 'yearly') return { fen: per, yearly: false };
  const n = sch.years ? upperBound(sch.years, s) : undefined;
  return n === undefined ? { fen: per, yearly: true } : { fen: per * Math.min(n, MAX_INSTALMENTS), yearly: false };
}

/** A question's stake: per benefit the largest amount among the rules it could decide, summed. */
function stakeOfFact(list: Unlock[], q: MissingFact): void {
  const r = stakeOfList(list);
  q.stakeFen = r.stakeFen;
  q.stakeText = r.stakeText;
  if (r.dateOnly) q.dateOnly = true;
}
function stakeOfList(list: Unlock[]): Pick<MissingFact, 'stakeFen' | 'stakeText' | 'dateOnly'> {
  if (list.every((u) => u.dateOnly)) return { stakeFen: 0, stakeText: '决定发放时间', dateOnly: true };
  const per = new Map<string, { fen: number; yearly: boolean }>();
  let unbounded = false;
  for (const u of list) {
    if (!u.stake) continue;
    if (u.stake.fen === undefined) {
      unbounded = true;
      continue;
    }
    const cur = per.get(u.benefit);
    if (!cur || u.stake.fen > cur.fen) per.set(u.benefit, { fen: u.stake.fen, yearly: u.stake.yearly });
  }
  let once = 0;
  let yearly = 0;
  for (const x of per.values()) if (x.yearly) yearly += x.fen;
  else once += x.fen;
  if (!per.size && !unbounded) return { stakeFen: 0, stakeText: '决定非现金待遇' };
  return { stakeFen: once + yearly, stakeText: stakeText(once, yearly, unbounded) };
}

/**
 * Rules about an enterprise (its experts, stations, streamers) or about projects are evaluated only
 * when the profile describes one: a person's calculation does not ask about an employer's stations.
 */
export function subjectPresent(rule: RuleDef, facts: FactStore, present = presentRoots(facts)): boolean {
  const roots = subjectRoots(rule);
  if (!roots.size) return true;
  for (const r of roots) if (present.has(r)) return true;
  return false;
}

/** The top-level sections (person, enterprise, projects …) a profile describes. */
export function presentRoots(facts: FactStore): Set<string> {
  const out = new Set<string>();
  for (const name of facts.keys()) {
    const dot = name.indexOf('.');
    out.add(dot < 0 ? name : name.slice(0, dot));
  }
  return out;
}

const SUBJECT_ROOTS = ['enterprise', 'projects'];

/** The subject sections (of SUBJECT_ROOTS) a profile describes: all `subjectPresent` asks about. */
function presentSubjects(facts: FactStore): Set<string> {
  const out = new Set<string>();
  facts.forEach((_, name) => {
    const c0 = name.charCodeAt(0);
    for (const root of SUBJECT_ROOTS)
      if (c0 === root.charCodeAt(0) && name.startsWith(root) && (name.length === root.length || name.charCodeAt(root.length) === 46 /* . */)) out.add(root);
  });
  return out;
}
const rootsCache = new WeakMap<RuleDef, Set<string>>();
function subjectRoots(rule: RuleDef): Set<string> {
  let r = rootsCache.get(rule);
  if (!r) {
    const names = [...factsOf(rule.eligible), ...(rule.forEach ? [rule.forEach] : [])];
    r = new Set(names.map((n) => n.split('.')[0]!.replace('[]', '')).filter((x) => SUBJECT_ROOTS.includes(x)));
    rootsCache.set(rule, r);
  }
  return r;
}

const SINGLE: ReadonlyArray<{ row?: Row; entity?: Entitlement['entity'] }> = [{}];

function instances(rule: RuleDef, facts: FactStore): ReadonlyArray<{ row?: Row; entity?: Entitlement['entity'] }> {
  if (!rule.forEach) return SINGLE;
  const list = facts.get(rule.forEach);
  if (!Array.isArray(list)) return [];
  return (list as Row[]).map((row, index) => {
    const name = row.get('name');
    return { row, entity: { list: rule.forEach!, index, ...(typeof name === 'string' ? { name } : {}) } };
  });
}

interface PackagePass {
  gate: Expr;
  /** Fact definitions by name (factLabelsOf). */
  labels: Map<string, FactDef>;
  gateRes?: Res;
}

function evaluateRule(pkg: PolicyPackage, q: QuickRule, pass: PackagePass, scope: Scope, entity?: Entitlement['entity']): Entitlement {
  const rule = q.rule;
  // Same trace as evaluating all([gate, rule.eligible]) in this scope: the gate first, then the rule.
  const gateRes = (pass.gateRes ??= evaluate(pass.gate, scope));
  const elig = allOf(eligibleExpr(rule, pass.gate), [gateRes, evaluate(rule.eligible, scope)]);
  // Built once and completed in place (keys keep the order of the result format: status and
  // explanation where they stand, the outcome's own fields after them).
  const base = {
    policy: pkg.meta.id,
    rule: rule.id,
    benefit: rule.benefit,
    name: rule.name,
    kind: rule.kind,
    clause: rule.clause,
    text: rule.text,
    beneficiary: rule.beneficiary,
    payer: resolvePayer(rule, scope),
    status: 'not_eligible',
  } as Entitlement;
  if (entity) base.entity = entity;
  if (rule.interpretations?.length) base.interpretations = rule.interpretations;
  base.explanation = { eligibility: elig.t };
  if (elig.v === false) {
    const u = firstUnmet(elig.t);
    base.reason = u?.unmet ?? u?.text ?? u?.label ?? '条件不满足';
    return base;
  }
  if (elig.v === undefined) {
    base.status = 'undetermined';
    base.missing = [...(elig.miss ?? [])];
    return base;
  }
  if (!rule.amount || !rule.schedule) {
    base.status = rule.upTo ? 'up_to' : 'granted';
    return base;
  }

  const sched = instalmentDates(rule.schedule, scope);
  if (sched.missing) {
    const known = amountWithoutDate(rule.amount, scope);
    if (!known) {
      base.status = 'undetermined';
      base.missing = sched.missing;
      return base;
    }
    // Entitled, and the amount does not depend on when it is paid: "您可享受 X 元，发放时间待定".
    const sch = rule.schedule;
    const yearly = sch.kind === 'yearly';
    const years = sch.kind === 'yearly' && sch.years ? evaluate(sch.years, scope).v : undefined;
    base.status = rule.upTo ? 'up_to' : 'granted';
    base.amountFen = known.fen;
    base.amountYuan = fenToYuanString(known.fen);
    base.amountText = `${rule.upTo ? '最高 ' : ''}${formatYuan(known.fen)}${yearly ? '/年' : ''}`;
    base.totalFen = known.fen * (typeof years === 'number' ? years : 1);
    base.dueFen = 0;
    base.dateMissing = sched.missing;
    base.schedule = { kind: rule.schedule.kind, description: `发放时间待定（需提供${sched.missing.map((f) => factDefOf(pass.labels, f)?.label ?? f).join('、')}）`, instalments: [] };
    base.explanation = { eligibility: elig.t, amount: known.t };
    decorate(base);
    return base;
  }
  if (sched.next !== undefined) {
    // Entitled, the first year not yet completed: the amount at the first payment day, nothing due yet.
    const r = evaluate(rule.amount, { ...scope, instalment: sched.next, cache: new Map() });
    if (typeof r.v !== 'number') {
      base.status = 'undetermined';
      base.missing = [...(r.miss ?? ['schedule'])];
      base.explanation = { eligibility: elig.t, amount: r.t };
      return base;
    }
    base.status = rule.upTo ? 'up_to' : 'granted';
    base.amountFen = r.v;
    base.amountYuan = fenToYuanString(r.v);
    base.amountText = `${rule.upTo ? '最高 ' : ''}${formatYuan(r.v)}${rule.schedule.kind === 'yearly' ? '/年' : ''}`;
    base.totalFen = 0;
    base.dueFen = 0;
    base.schedule = { kind: rule.schedule.kind, description: `每年一次，首个年度满一年之日（${formatDay(sched.next)}）起发放，截至计算日尚无到期`, instalments: [] };
    base.explanation = { eligibility: elig.t, amount: r.t };
    decorate(base);
    return base;
  }
  let amountTrace: TraceNode | undefined;
  const missing = new Set<string>();
  const amountFn = sched.dates.length > 1 ? quickAmount(pkg, q, scope.asOf) : undefined;
  const instalments: Instalment[] = sched.dates.map((d, i) => {
    if (i > 0 && amountFn) {
      // Only the first instalment's amount is explained: the others are valued untraced (same
      // semantics); an undetermined one is traced to learn which facts it is missing.
      const v = amountFn({ facts: scope.facts, member: scope.member, instalment: d, cache: new Map() });
      if (typeof v === 'number') return { date: formatDay(d), year: yearOf(d), amountFen: v, due: d <= scope.asOf };
    }
    const r: Res = evaluate(rule.amount!, { ...scope, instalment: d, cache: new Map() });
    if (i === 0 || (d <= scope.asOf && amountTrace === undefined)) amountTrace = r.t;
    if (r.v === undefined) for (const m of r.miss ?? []) missing.add(m);
    return { date: formatDay(d), year: yearOf(d), amountFen: typeof r.v === 'number' ? r.v : null, due: d <= scope.asOf };
  });
  const explanation = { eligibility: elig.t, ...(amountTrace ? { amount: amountTrace } : {}) };
  if (missing.size || instalments.length === 0) {
    base.status = 'undetermined';
    base.missing = missing.size ? [...missing] : ['schedule'];
    base.explanation = explanation;
    return base;
  }
  const current = [...instalments].reverse().find((x) => x.due) ?? instalments[0]!;
  const totalFen = instalments.reduce((a, x) => a + (x.amountFen ?? 0), 0);
  const dueFen = instalments.filter((x) => x.due).reduce((a, x) => a + (x.amountFen ?? 0), 0);
  base.status = rule.upTo ? 'up_to' : 'granted';
  base.amountFen = current.amountFen!;
  base.amountYuan = fenToYuanString(current.amountFen!);
  base.amountText = `${rule.upTo ? '最高 ' : ''}${formatYuan(current.amountFen!)}${rule.schedule.kind === 'yearly' ? '/年' : ''}`;
  base.totalFen = totalFen;
  base.dueFen = dueFen;
  base.schedule = { kind: rule.schedule.kind, description: describe(rule.schedule, instalments, scope), instalments };
  base.explanation = explanation;
  // A benefit for a fixed number of years whose last year is over: nothing more is due.
  const last = sched.dates[sched.dates.length - 1]!;
  if (rule.schedule.kind === 'yearly' && rule.schedule.years && addYears(last, 1) <= scope.asOf) {
    base.amountFen = 0;
    base.amountYuan = fenToYuanString(0);
    base.amountText = `已期满（${instalments.length} 年合计 ${formatYuan(totalFen)}）`;
  }
  decorate(base);
  return base;
}

/** The summary's companions: the arithmetic in one line, whether an example value is used. */
function decorate(e: Entitlement): void {
  const arithmetic = arithmeticOf(e.explanation.amount);
  if (arithmetic) e.arithmetic = arithmetic;
  if (usesExample(e.explanation.amount)) e.example = true;
}

/**
 * The amount when only the payment date is unknown, if it does not depend on that date: no
 * parameter read with more than one dated value, no reading of the instalment's own date.
 */
function amountWithoutDate(amount: Expr, scope: Scope): { fen: number; t: TraceNode } | undefined {
  const r = evaluate(amount, { ...scope, cache: new Map() });
  if (typeof r.v !== 'number') return undefined;
  return dated(r.t, scope.params) ? undefined : { fen: r.v, t: r.t };
}

/** Whether a trace reads the instalment's date or a parameter with more than one dated value. */
function dated(t: TraceNode, params: Params): boolean {
  if (t.kind === 'instalment' || (t.param !== undefined && (params.def(t.param.path)?.values.length ?? 0) > 1)) return true;
  for (const ch of t.children ?? []) if (dated(ch, params)) return true;
  return false;
}

export function instalmentDates(s: Schedule, scope: Scope): { dates: Day[]; missing?: string[]; next?: Day } {
  if (s.kind === 'once') {
    const d = evaluate(s.date, scope);
    return d.v === undefined ? { dates: [], missing: [...(d.miss ?? [])] } : { dates: [d.v as number] };
  }
  const start = evaluate(s.start, scope);
  if (start.v === undefined) return { dates: [], missing: [...(start.miss ?? [])] };
  const st = start.v as number;
  if (s.kind === 'period') return { dates: [st] };
  const n = s.years ? evaluate(s.years, scope) : undefined;
  if (n && n.v === undefined) return { dates: [], missing: [...(n.miss ?? [])] };
  const count = n ? Math.min(n.v as number, MAX_INSTALMENTS) : MAX_INSTALMENTS;
  const dates: Day[] = [];
  for (let i = 0; i < count; i++) {
    const d = i === 0 ? st : addYears(st, i);
    if (!n && d > scope.asOf) {
      // Entitled but nothing due yet (the first year still running): no instalment is listed for
      // it (an open-ended benefit lists only what is due), the first payment day is reported.
      if (i === 0) return { dates, next: d };
      break;
    }
    dates.push(d);
  }
  return { dates };
}

function describe(s: Schedule, inst: Instalment[], scope: Scope): string {
  if (s.kind === 'once') return `一次性（${inst[0]?.date ?? ''}）`;
  if (s.kind === 'period') return `${String(evaluate(s.years, scope).v ?? '')}年期内总计（自 ${inst[0]?.date ?? ''} 起）`;
  const years = inst.map((x) => x.year);
  const span = years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : `${years[0] ?? ''}`;
  return s.years ? `每年一次，共 ${inst.length} 年（${span}）` : `每年一次，全职在岗期间持续（截至计算日已 ${inst.length} 年：${span}）`;
}
