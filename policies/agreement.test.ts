// The traced calculation and the compiled batch pass are two uses of one rule definition: on a
// synthetic population (SYNTHETIC DATA, seeded) they must agree to the fen, person by person.

import { describe, expect, it } from 'vitest';
import { BatchEvaluator, calculate, parseDay, parseProfile } from '@rencai/engine';
import { factDefs, loadPolicies, qualificationIndex } from './index.js';
import { rng, syntheticProfile } from '../bench/population.js';

describe('traced and compiled evaluation agree', () => {
  it('on 1,500 synthetic persons at three dates, per person and per benefit', () => {
    const packages = loadPolicies();
    const r = rng(7);
    const people = Array.from({ length: 1500 }, () => parseProfile(syntheticProfile(r), factDefs, qualificationIndex()));
    let checked = 0;
    for (const date of ['2020-12-31', '2023-06-30', '2025-12-31']) {
      const asOf = parseDay(date);
      const all = new BatchEvaluator(packages, asOf);
      const byBenefit: Record<string, number> = {};
      for (const facts of people) {
        const one = new BatchEvaluator(packages, asOf);
        one.add(facts);
        all.add(facts);
        const traced = calculate(packages, facts, { asOf, factDefs });
        let due = 0;
        for (const e of traced.entitlements) {
          const fen = (e.schedule?.instalments ?? []).filter((i) => i.due).reduce((a, i) => a + (i.amountFen ?? 0), 0);
          due += fen;
          byBenefit[e.benefit] = (byBenefit[e.benefit] ?? 0) + fen;
        }
        expect(one.result().totalFen).toBe(due);
        if (due > 0) checked++;
      }
      for (const [benefit, fen] of Object.entries(byBenefit)) if (fen > 0) expect(all.result().byBenefit[benefit]?.fen, benefit).toBe(fen);
    }
    expect(checked).toBeGreaterThan(500); // the population does exercise the money rules
  });
});
