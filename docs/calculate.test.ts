// Runs every worked example of docs/calculate.md through the services layer, so the documentation
// cannot drift from what the product computes.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculateRequest, type CalculateInput } from '@rencai/services';
import { yuanToFen } from '@rencai/engine';

interface Expect {
  entitlements?: Record<string, number>;
  dueYuan?: number;
  undetermined?: string[];
  firstQuestions?: string[];
}

const text = readFileSync(new URL('./calculate.md', import.meta.url), 'utf8');
const blocks = [...text.matchAll(/```json (request|expect)\n([\s\S]*?)```/g)].map((m) => ({ kind: m[1]!, body: JSON.parse(m[2]!) as unknown }));
const examples: Array<{ request: CalculateInput; expect: Expect }> = [];
for (let i = 0; i < blocks.length; i += 2) {
  expect(blocks[i]?.kind).toBe('request');
  expect(blocks[i + 1]?.kind).toBe('expect');
  examples.push({ request: blocks[i]!.body as CalculateInput, expect: blocks[i + 1]!.body as Expect });
}

describe('docs/calculate.md examples', () => {
  it('has at least four examples', () => expect(examples.length).toBeGreaterThanOrEqual(4));
  examples.forEach(({ request, expect: x }, n) => {
    it(`example ${n + 1}`, () => {
      const r = calculateRequest(request);
      const granted = Object.fromEntries(r.entitlements.map((e) => [e.rule, e.amountFen]));
      expect(granted).toEqual(Object.fromEntries(Object.entries(x.entitlements ?? {}).map(([k, v]) => [k, yuanToFen(v)])));
      if (x.dueYuan !== undefined) expect(r.totals.dueFen).toBe(yuanToFen(x.dueYuan));
      if (x.undetermined) expect(r.undetermined.map((e) => e.rule)).toEqual(expect.arrayContaining(x.undetermined));
      if (x.firstQuestions) expect(r.missingFacts.slice(0, x.firstQuestions.length).map((m) => m.fact)).toEqual(x.firstQuestions);
    });
  });
});
