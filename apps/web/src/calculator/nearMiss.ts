// Near misses: for benefits not (yet) granted, the failed comparisons on facts the user gave
// ("服务协议年限 1 年 ≥ 三年 3 年") become what-if answers; the API recalculates each one, and a benefit that
// it then grants is shown as "如签订三年以上服务协议，可享受 … 930,000 元". No rule is re-implemented here.

import type { Answers } from './state';
import type { CalcResult, ExplNode, Fact, RuleResult } from '../api';

export interface WhatIf { fact: string; value: string; label: string }
export interface NearMiss extends WhatIf { rule: string; name: string; amountText: string; cite: string; status: RuleResult['status'] }

function* walk(node: ExplNode | undefined): Generator<ExplNode> {
  if (!node) return;
  yield node;
  for (const c of node.children ?? []) yield* walk(c);
}

/** What-if answers suggested by the unmet conditions of the benefits not granted (at most `limit`). */
export function whatIfs(result: CalcResult, answers: Answers, facts: ReadonlyMap<string, Fact>, limit = 4): WhatIf[] {
  const out = new Map<string, WhatIf>();
  const rules = [...(result.notEligible ?? []), ...result.undetermined].filter((r) => r.kind === 'cash');
  for (const rule of rules) {
    for (const node of walk(rule.explanation?.eligibility)) {
      if (node.met !== false) continue;
      const kids = node.children ?? [];
      // "fact ≥ threshold" not met: try the threshold (e.g. a three-year service agreement).
      if (node.kind === 'cond.cmp' && kids.length === 2) {
        const [f, p] = kids;
        if (f?.kind === 'fact' && f.fact && facts.get(f.fact)?.type === 'int' && f.fact in answers && (p?.kind === 'param' || p?.kind === 'const')) {
          if (typeof f.value === 'number' && typeof p.value === 'number' && p.value > f.value && node.text?.includes('≥')) {
            out.set(`${f.fact}=${p.value}`, { fact: f.fact, value: String(p.value), label: node.label ?? `${f.label ?? f.fact} ${p.display ?? p.value}` });
          }
        }
      }
      // A yes/no answered "否".
      if (node.kind === 'fact' && node.fact && node.value === false && facts.get(node.fact)?.type === 'bool' && answers[node.fact] === 'false') {
        out.set(`${node.fact}=true`, { fact: node.fact, value: 'true', label: facts.get(node.fact)?.label ?? node.label ?? node.fact });
      }
    }
  }
  return [...out.values()].slice(0, limit);
}

/** The benefits a what-if result grants that the actual result does not. */
export function gained(actual: CalcResult, hypo: CalcResult, w: WhatIf): NearMiss[] {
  const have = new Set(actual.entitlements.map((e) => `${e.policy}/${e.rule}`));
  return hypo.entitlements
    .filter((e) => !have.has(`${e.policy}/${e.rule}`) && e.amountText)
    .map((e) => ({ ...w, rule: e.rule, name: e.name, amountText: e.amountText ?? '', cite: e.clause.cite, status: e.status }));
}
