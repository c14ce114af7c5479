// Every cash rule is claimable: each package's money rules (kind 'cash') must be paid by a matter of
// that package, and every rule a matter names must exist in its package — otherwise the calculator
// would show money no one can apply for, or a matter would decide nothing. Matters are offered only
// where their package applies.
import { describe, expect, it } from 'vitest';
import { shippedPolicies } from '@rencai/policies';
import { MATTERS, matterOffered, matterPackage, matterRules } from './matters.js';

const packages = shippedPolicies();

describe('every cash rule of every shipped package has a matter', () => {
  it('each cash rule is paid by a matter of its own package', () => {
    const unclaimed: string[] = [];
    for (const pkg of packages)
      for (const rule of pkg.rules.filter((r) => r.kind === 'cash'))
        if (!MATTERS.some((m) => m.policy === pkg.meta.id && m.rules.includes(rule.id))) unclaimed.push(`${pkg.meta.id} ${rule.id}（${rule.name}）`);
    expect(unclaimed).toEqual([]);
    // The walk sees all three packages and their money rules.
    expect(packages.map((p) => p.meta.id).sort()).toEqual(['jiaojiang-2021', 'qujiang-2018', 'quzhou-2020']);
    expect(packages.flatMap((p) => p.rules.filter((r) => r.kind === 'cash')).length).toBeGreaterThan(40);
  });

  it('every rule a matter names exists in its package, its claims cover exactly its rules, and rule ids do not repeat across packages', () => {
    const wrong: string[] = [];
    for (const m of MATTERS) {
      if (!m.policy) {
        if (m.rules.length) wrong.push(`${m.code}: pays rules without naming its package`);
        continue;
      }
      const pkg = packages.find((p) => p.meta.id === m.policy);
      if (!pkg) {
        wrong.push(`${m.code}: unknown package ${m.policy}`);
        continue;
      }
      for (const id of m.rules) if (!pkg.rules.some((r) => r.id === id)) wrong.push(`${m.code}: no rule ${id} in ${m.policy}`);
      if (m.claims) {
        const claimed = m.claims.flatMap((c) => c.rules);
        if ([...claimed].sort().join() !== [...m.rules].sort().join()) wrong.push(`${m.code}: claims cover ${claimed.join(',')} not ${m.rules.join(',')}`);
        for (const c of m.claims) expect(matterRules(m, { claim: c.code })).toEqual(c.rules);
      }
    }
    expect(wrong).toEqual([]);
    // The platform picks a matter's entitlements by rule id among all packages' results: ids must be unique.
    const ids = packages.flatMap((p) => p.rules.map((r) => r.id));
    expect(ids.length).toBe(new Set(ids).size);
    expect(new Set(MATTERS.map((m) => m.code)).size).toBe(MATTERS.length);
  });

  it('a matter is offered only in its package’s jurisdiction (recognition everywhere)', () => {
    const byCode = (code: string) => MATTERS.find((m) => m.code === code)!;
    expect(matterOffered(byCode('jj_settling_grant'), 'jiaojiang')).toBe(true);
    expect(matterOffered(byCode('jj_settling_grant'), 'kecheng')).toBe(false);
    expect(matterOffered(byCode('qj_startup'), 'qujiang')).toBe(true);
    expect(matterOffered(byCode('qj_startup'), 'kecheng')).toBe(false);
    expect(matterOffered(byCode('talent_allowance'), 'qujiang')).toBe(true);
    expect(matterOffered(byCode('talent_allowance'), 'jiaojiang')).toBe(false);
    expect(matterOffered(byCode('tier_recognition'), 'jiaojiang')).toBe(true);
    for (const m of MATTERS.filter((x) => x.policy)) expect(matterPackage(m)!.jurisdiction.length, m.code).toBeGreaterThan(0);
  });
});
