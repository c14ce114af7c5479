// Every fact the rules read has a home on the platform: each rule of every policy package is
// walked (its conditions, amounts, schedules, payers, and the variables they use, transitively),
// and each fact it reads must have a home in FACT_HOMES; the rules of each matter may read only
// registry facts or the facts of that matter's own form; docs/platform.md lists every home.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applicability, children, factsOf, packageTrees, type Expr, type PolicyPackage, type RuleDef } from '@rencai/engine';
import { FACT_DEFS, factDefs, loadPolicies } from '@rencai/policies';
import { FACT_HOMES, homeOf, inRegistry } from './fact-homes.js';
import { MATTERS } from '../matters/index.js';
import { readCatalogueFacts } from './catalogue-input.js';

/** The variables a tree uses (by name). */
function varsOf(e: Expr, out = new Set<string>()): Set<string> {
  if (e.k === 'var') out.add(e.name);
  for (const ch of children(e)) varsOf(ch, out);
  return out;
}

/** Every fact a rule reads: its own trees, the package's gate, its row list, and its variables transitively. */
function ruleFacts(pkg: PolicyPackage, rule: RuleDef): Set<string> {
  const trees = packageTrees({ ...pkg, rules: [rule], vars: {} }).map(([, t]) => t);
  trees.push(applicability(pkg));
  const facts = new Set<string>(rule.forEach ? [rule.forEach] : []);
  const seen = new Set<string>();
  const visit = (t: Expr) => {
    factsOf(t, facts);
    for (const name of varsOf(t)) {
      if (seen.has(name)) continue;
      seen.add(name);
      const def = pkg.vars[name];
      if (!def) throw new Error(`${pkg.meta.id}: rule ${rule.id} uses unknown variable ${name}`);
      visit(def.expr);
    }
  };
  trees.forEach(visit);
  return facts;
}

const packages = loadPolicies();
const ruleById = new Map(packages.flatMap((pkg) => pkg.rules.map((r) => [r.id, { pkg, rule: r }] as const)));

describe('fact homes', () => {
  it('every fact every rule of every package reads has a home (registry or a matter’s form)', () => {
    const homeless: string[] = [];
    let facts = 0;
    for (const pkg of packages)
      for (const rule of pkg.rules)
        for (const f of ruleFacts(pkg, rule)) {
          facts++;
          if (!homeOf(f)) homeless.push(`${pkg.meta.id} ${rule.id}: ${f}`);
        }
    expect(facts).toBeGreaterThan(100);
    expect(homeless).toEqual([]);
  });

  it('the rules of each matter read only registry facts or facts of that matter’s own form', () => {
    const wrong: string[] = [];
    for (const m of MATTERS)
      for (const id of m.rules) {
        const found = ruleById.get(id);
        if (!found) {
          wrong.push(`${m.code}: unknown rule ${id}`);
          continue;
        }
        for (const f of ruleFacts(found.pkg, found.rule)) {
          const h = homeOf(f)!;
          if (!inRegistry(h) && !h.matters?.includes(m.code)) wrong.push(`${m.code} ${id}: ${f} lives in the form of ${h.matters?.join('/')}`);
        }
      }
    expect(wrong).toEqual([]);
  });

  it('every catalogue fact has exactly one home, and docs/platform.md names each', () => {
    const names = [...FACT_DEFS.map((d) => d.name), ...factDefs.flatMap((d) => (d.fields ?? []).map((f) => `${d.name}[].${f.name}`))];
    expect(Object.keys(FACT_HOMES).sort()).toEqual([...new Set(names)].sort());
    for (const [name, h] of Object.entries(FACT_HOMES)) if (h.kind === 'application') expect(h.matters?.length, name).toBeGreaterThan(0);
    const doc = readFileSync(new URL('../../../../docs/platform.md', import.meta.url), 'utf8');
    const missing = Object.keys(FACT_HOMES).filter((n) => !n.includes('[]') && !doc.includes(`\`${n}\``));
    expect(missing).toEqual([]);
  });

  it('“no” can be recorded wherever the rules would otherwise wait: yes/no facts take false, and the station, postdoc and culture-award levels take none', () => {
    const r = readCatalogueFacts({ cultureAward: { level: 'none' }, matchingAwards: [] }, 'person', ['person.cultureAward.level', 'person.cultureAward.date', 'person.matchingAwards'], 'data.');
    expect(r).toEqual({ value: { cultureAward: { level: 'none' }, matchingAwards: [] }, errors: [] });
    const options = (name: string) => factDefs.find((d) => d.name === name)?.options?.map((o) => o.value);
    expect(options('person.postdoc.stationLevel')).toContain('none');
    expect(options('enterprise.postdocStation.level')).toContain('none');
    expect(options('person.cultureAward.level')).toContain('none');
    const bad = readCatalogueFacts({ urgentMajor: 'maybe', graduateOf: '北京大学', colour: 'red' }, 'person', ['person.urgentMajor', 'person.graduateOf'], 'facts.');
    expect(bad.errors.map((e) => e.path).sort()).toEqual(['facts.colour', 'facts.graduateOf', 'facts.urgentMajor']);
    expect(bad.errors.find((e) => e.path === 'facts.graduateOf')!.message).toContain('衢州学院');
  });
});
