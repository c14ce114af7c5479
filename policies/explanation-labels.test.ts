// What a reader of the calculator or the policy browser sees is Chinese: over every YAML case of every
// package, no explanation line, reason or interpretation shows an internal code (a qualification
// code, a parameter path, a coded value such as as_of), and every parameter has a description of its
// own — no two parameters of a package share one, so a description can serve as the heading.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calculate, mergeReform, parseDay, parseProfile, parseSetting, type TraceNode } from '@rencai/engine';
import { factDefs, loadPolicies, policyDir, qualificationIndex, qualifications } from './index.js';
import { readYaml } from './load.js';

interface Case { name: string; date: string; set?: string[]; profile: Record<string, unknown> }
const casesOf = (id: string) =>
  readdirSync(join(policyDir(id), 'tests'))
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((file) => ((readYaml(join(policyDir(id), 'tests', file)) as Case[] | null) ?? []).map((c) => ({ file, c })));

/** An identifier: snake_case or dotted path (phd_fulltime, art19.allowance.7), or a bare lower-case word (as_of, purchase). */
const CODE = /[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+|(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])/;

function shown(t: TraceNode | undefined, out: string[]): void {
  if (!t) return;
  for (const s of [t.label, t.text, t.display, t.unmet]) if (s) out.push(s);
  for (const ch of t.children ?? []) shown(ch, out);
}

describe('no internal codes in front of users', () => {
  for (const pkg of loadPolicies()) {
    it(`${pkg.meta.id}: explanations, reasons and interpretations of every YAML case`, () => {
      const seen = new Map<string, string>();
      for (const { file, c } of casesOf(pkg.meta.id)) {
        const reform = c.set ? mergeReform(c.set.map((s) => parseSetting(s, pkg.params))) : undefined;
        const facts = parseProfile(c.profile, factDefs, qualificationIndex());
        const r = calculate([pkg], facts, { asOf: parseDay(c.date), reform, whyNot: true, factDefs });
        for (const e of [...r.entitlements, ...r.inKind, ...r.obligations, ...r.undetermined, ...(r.notEligible ?? [])]) {
          const texts: string[] = [e.name, ...(e.reason ? [e.reason] : []), ...(e.interpretations ?? [])];
          shown(e.explanation?.eligibility, texts);
          shown(e.explanation?.amount, texts);
          for (const s of texts) if (CODE.test(s) && !seen.has(s)) seen.set(s, `${file}: ${c.name} / ${e.rule}`);
        }
      }
      expect([...seen].map(([s, where]) => `${s}（${where}）`)).toEqual([]);
    });

    it(`${pkg.meta.id}: each parameter has its own Chinese description`, () => {
      const defs = pkg.params.list();
      const byDescription = new Map<string, string[]>();
      for (const d of defs) byDescription.set(d.description, [...(byDescription.get(d.description) ?? []), d.path]);
      expect([...byDescription.values()].filter((paths) => paths.length > 1)).toEqual([]);
      expect(defs.filter((d) => CODE.test(d.description)).map((d) => `${d.path}: ${d.description}`)).toEqual([]);
      // The policy browser shows each value's reference (source sentence, interpretation) too.
      const refs = defs.flatMap((d) => d.values.flatMap((v) => Object.values(v.reference).filter((t): t is string => typeof t === 'string' && CODE.test(t)).map((t) => `${d.path}: ${t}`)));
      expect(refs).toEqual([]);
      // A text parameter holding codes names every code it takes.
      for (const d of defs.filter((x) => x.unit === 'text')) for (const v of d.values) expect(d.choices?.[String(v.value)], `${d.path} = ${String(v.value)}`).toBeTruthy();
    });
  }

  it('tier tables name every qualification from the catalogue', () => {
    const names = new Set(qualifications().map((q) => q.name));
    const pkg = loadPolicies().find((p) => p.meta.id === 'quzhou-2020')!;
    const facts = parseProfile({ region: 'kecheng', person: { qualifications: ['phd_fulltime'], post: 'teacher' } }, factDefs, qualificationIndex());
    const r = calculate([pkg], facts, { asOf: parseDay('2023-01-01'), whyNot: true, factDefs });
    const labels: string[] = [];
    for (const e of [...r.entitlements, ...r.undetermined, ...(r.notEligible ?? [])]) shown(e.explanation?.eligibility, labels);
    expect(labels).toContain('全日制博士研究生');
    expect(names.has('全日制博士研究生')).toBe(true);
    expect(labels.filter((l) => l.includes('phd_fulltime'))).toEqual([]);
  });
});
