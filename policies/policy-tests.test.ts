// Runs every policy package's YAML test cases (in the spirit of OpenFisca's YAML tests): a profile,
// a date, optional parameter changes, and the exact expected entitlements, reasons and missing
// facts. Each case is also replayed through the compiled batch path, which must agree to the fen.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchEvaluator, calculate, mergeReform, parseDay, parseProfile, parseSetting, yuanToFen, type CalculationResult, type Entitlement } from '@rencai/engine';
import { factDefs, loadPolicies, policyDir, qualificationIndex } from './index.js';
import { readYaml } from './load.js';

interface Case {
  name: string;
  date: string;
  set?: string[];
  profile: Record<string, unknown>;
  expect: {
    entitlements?: Record<string, number | string>;
    instalments?: Record<string, Array<number | string>>;
    /** Amount due by the date (instalments on or before it). */
    due?: Record<string, number | string>;
    /** Granted with a known amount, only the payment date missing (the facts that would give it). */
    dateMissing?: Record<string, string[]>;
    total?: number | string;
    absent?: string[];
    notEligible?: Record<string, string>;
    undetermined?: Record<string, string[]>;
    inKind?: string[];
    obligations?: Record<string, number | string>;
    awaitingData?: string[];
    status?: Record<string, string>;
    payers?: Record<string, string>;
    missingFacts?: string[];
  };
}

const key = (e: Entitlement) => (e.entity ? `${e.rule}#${e.entity.index}` : e.rule);
const fen = (x: number | string) => yuanToFen(x);

function byKey(list: Entitlement[]): Map<string, Entitlement> {
  return new Map(list.map((e) => [key(e), e]));
}

export function casesOf(id: string): Array<{ file: string; c: Case }> {
  const dir = join(policyDir(id), 'tests');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((file) => ((readYaml(join(dir, file)) as Case[] | null) ?? []).map((c) => ({ file, c })));
}

const packages = loadPolicies();

for (const pkg of packages) {
  const cases = casesOf(pkg.meta.id);
  describe(`${pkg.meta.id} YAML cases`, () => {
    for (const { file, c } of cases) {
      it(`${file}: ${c.name}`, () => {
        const asOf = parseDay(c.date);
        const reform = c.set ? mergeReform(c.set.map((s) => parseSetting(s, pkg.params))) : undefined;
        const facts = parseProfile(c.profile, factDefs, qualificationIndex());
        const r: CalculationResult = calculate([pkg], facts, { asOf, reform, whyNot: true, factDefs });
        const granted = byKey(r.entitlements);
        const x = c.expect;
        for (const [rule, amount] of Object.entries(x.entitlements ?? {})) {
          const e = granted.get(rule);
          expect(e, `${rule} should be granted; not eligible: ${r.notEligible?.find((n) => key(n) === rule)?.reason ?? '-'}; undetermined: ${r.undetermined.find((n) => key(n) === rule)?.missing?.join(',') ?? '-'}`).toBeDefined();
          expect(e!.amountFen, rule).toBe(fen(amount));
        }
        for (const [rule, list] of Object.entries(x.instalments ?? {})) {
          const e = granted.get(rule) ?? byKey(r.obligations).get(rule);
          expect(e?.schedule?.instalments.map((i) => i.amountFen), rule).toEqual(list.map(fen));
        }
        for (const [rule, facts] of Object.entries(x.dateMissing ?? {})) expect(granted.get(rule)?.dateMissing, `${rule} date missing`).toEqual(facts);
        for (const [rule, amount] of Object.entries(x.due ?? {})) expect(granted.get(rule)?.dueFen, `${rule} due`).toBe(fen(amount));
        if (x.total !== undefined) expect(r.totals.grantedFen + r.totals.upToFen).toBe(fen(x.total));
        for (const rule of x.absent ?? []) expect(granted.has(rule), `${rule} must not be granted`).toBe(false);
        const ne = byKey(r.notEligible ?? []);
        for (const [rule, reason] of Object.entries(x.notEligible ?? {})) {
          expect(ne.get(rule), `${rule} should be not eligible`).toBeDefined();
          expect(ne.get(rule)!.reason).toContain(reason);
        }
        const und = byKey(r.undetermined);
        for (const [rule, missing] of Object.entries(x.undetermined ?? {})) {
          expect(und.get(rule), `${rule} should be undetermined`).toBeDefined();
          expect([...(und.get(rule)!.missing ?? [])].sort()).toEqual([...missing].sort());
        }
        const ik = byKey(r.inKind);
        for (const rule of x.inKind ?? []) expect(ik.has(rule), `${rule} should be granted in kind`).toBe(true);
        const ob = byKey(r.obligations);
        for (const [rule, amount] of Object.entries(x.obligations ?? {})) {
          expect(ob.get(rule), `${rule} should be owed`).toBeDefined();
          expect(ob.get(rule)!.amountFen).toBe(fen(amount));
        }
        for (const p of x.awaitingData ?? []) expect(r.awaitingData.map((a) => a.param)).toContain(p);
        for (const [rule, payer] of Object.entries(x.payers ?? {})) expect((granted.get(rule) ?? ik.get(rule))?.payer.code, `${rule} payer`).toBe(payer);
        // The highest-ranked questions (the facts that would settle the most entitlements) come first.
        if (x.missingFacts) expect(r.missingFacts.slice(0, x.missingFacts.length).map((m) => m.fact).sort()).toEqual([...x.missingFacts].sort());
        for (const [rule, status] of Object.entries(x.status ?? {})) expect(granted.get(rule)?.status ?? und.get(rule)?.status ?? ne.get(rule)?.status).toBe(status);

        // The compiled, untraced batch path must agree with the traced calculation to the fen.
        const batch = new BatchEvaluator([pkg], asOf, reform);
        batch.add(facts);
        const traced = [...r.entitlements].reduce((a, e) => a + (e.schedule?.instalments.filter((i) => i.due).reduce((s, i) => s + (i.amountFen ?? 0), 0) ?? 0), 0);
        expect(batch.result().totalFen, 'batch total (due instalments)').toBe(traced);
      });
    }
  });
}

describe('every clause item is covered by a YAML case', () => {
  for (const pkg of packages) {
    it(pkg.meta.id, () => {
      const covered = new Set<string>();
      for (const { c } of casesOf(pkg.meta.id)) {
        for (const k of [...Object.keys(c.expect.entitlements ?? {}), ...(c.expect.inKind ?? []), ...Object.keys(c.expect.obligations ?? {})]) covered.add(k.split('#')[0]!);
      }
      const missing = pkg.rules.map((r) => r.id).filter((id) => !covered.has(id));
      expect(missing, 'rules with no YAML case granting them').toEqual([]);
    });
  }
});
