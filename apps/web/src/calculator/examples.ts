// Which cash benefits of a result rest on example values (a parameter marked `example` in the policy
// YAML, e.g. a half-year average price not yet published), and which parameters those are — read from
// each benefit's explanation, so that the page can say so next to the headline amount.
import type { CalcResult, ExplNode, RuleResult } from '../api';

export interface ExampleUse {
  rule: RuleResult;
  /** The example parameters' Chinese labels, each once. */
  params: string[];
}

function collect(node: ExplNode | undefined, out: Set<string>): void {
  if (!node) return;
  if (node.param?.example) out.add(node.label ?? node.param.path);
  for (const ch of node.children ?? []) collect(ch, out);
}

export function exampleUses(result: CalcResult): ExampleUse[] {
  const uses: ExampleUse[] = [];
  for (const rule of result.entitlements) {
    const params = new Set<string>();
    collect(rule.explanation?.amount, params);
    collect(rule.explanation?.eligibility, params);
    if (params.size) uses.push({ rule, params: [...params] });
  }
  return uses;
}
