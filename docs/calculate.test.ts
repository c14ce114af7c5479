// Keeps docs/calculate.md honest: every worked example (```json request + ```json expect) runs
// through the services layer with the documented figures, and the field tables list exactly the
// profile vocabulary the product accepts, with the right option codes and labels.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculateRequest, profileVocabulary, type CalculateInput } from '@rencai/services';
import { yuanToFen, type FactDef } from '@rencai/engine';

interface Expect {
  entitlements?: Record<string, number>;
  status?: Record<string, string>;
  dueYuan?: number;
  grantedYuan?: number;
  upToYuan?: number;
  undetermined?: string[];
  firstQuestions?: string[];
  awaitingData?: string[];
  notEligible?: Record<string, string>;
  policies?: string[];
}

const text = readFileSync(new URL('./calculate.md', import.meta.url), 'utf8');

const blocks = [...text.matchAll(/^```json (request|expect)\n([\s\S]*?)^```/gm)].map((m) => ({ kind: m[1]!, body: JSON.parse(m[2]!) as unknown }));
const examples: Array<{ request: CalculateInput; expect: Expect }> = [];
for (let i = 0; i < blocks.length; i += 2) {
  if (blocks[i]?.kind !== 'request' || blocks[i + 1]?.kind !== 'expect') throw new Error(`docs/calculate.md: 第 ${i / 2 + 1} 个示例应为一个 json request 块后接一个 json expect 块`);
  examples.push({ request: blocks[i]!.body as CalculateInput, expect: blocks[i + 1]!.body as Expect });
}
const titles = [...text.matchAll(/^### (\d+\. .*)$/gm)].map((m) => m[1]!);

describe('docs/calculate.md examples', () => {
  it('has at least four examples, each with a title', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    expect(titles.length).toBe(examples.length);
  });

  examples.forEach(({ request, expect: x }, n) => {
    it(titles[n] ?? `example ${n + 1}`, () => {
      const r = calculateRequest(request);
      const granted = Object.fromEntries(r.entitlements.map((e) => [e.rule, e.amountFen]));
      if (x.entitlements) expect(granted).toEqual(Object.fromEntries(Object.entries(x.entitlements).map(([k, v]) => [k, yuanToFen(v)])));
      for (const [rule, status] of Object.entries(x.status ?? {})) expect(r.entitlements.find((e) => e.rule === rule)?.status).toBe(status);
      if (x.dueYuan !== undefined) expect(r.totals.dueFen).toBe(yuanToFen(x.dueYuan));
      if (x.grantedYuan !== undefined) expect(r.totals.grantedFen).toBe(yuanToFen(x.grantedYuan));
      if (x.upToYuan !== undefined) expect(r.totals.upToFen).toBe(yuanToFen(x.upToYuan));
      if (x.undetermined) expect(r.undetermined.map((e) => e.rule)).toEqual(expect.arrayContaining(x.undetermined));
      if (x.firstQuestions) expect(r.missingFacts.slice(0, x.firstQuestions.length).map((m) => m.fact)).toEqual(x.firstQuestions);
      if (x.awaitingData) expect(r.awaitingData.map((a) => a.param)).toEqual(x.awaitingData);
      for (const [rule, reason] of Object.entries(x.notEligible ?? {})) expect(r.notEligible?.find((e) => e.rule === rule)?.reason).toBe(reason);
      if (x.policies) expect(r.policies.map((p) => p.id)).toEqual(x.policies);
    });
  });
});

describe('docs/calculate.md field tables', () => {
  const section = text.slice(text.indexOf('## 档案字段'), text.indexOf('## 结果'));
  const rows = new Map([...section.matchAll(/^\| `([^`]+)` \|(.*)$/gm)].map((m) => [m[1]!, m[2]!]));
  const vocabulary = new Map<string, FactDef>(profileVocabulary().flatMap((d) => [[d.name, d] as const, ...(d.fields ?? []).map((f) => [`${d.name}[].${f.name}`, f] as const)]));

  it('lists exactly the fields a profile may carry', () => {
    expect([...rows.keys()].sort()).toEqual([...vocabulary.keys()].sort());
  });

  it('gives every option of every enumerated field with its code and label', () => {
    for (const [name, def] of vocabulary) {
      for (const o of def.options ?? []) expect(rows.get(name), `${name} → ${o.value}`).toContain(o.value === o.label ? `\`${o.value}\`` : `\`${o.value}\` ${o.label}`);
    }
  });
});
