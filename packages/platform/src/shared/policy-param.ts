// A dated parameter of a shipped policy package, read on a day; a missing value is an error, never a default.

import type { Day } from '@rencai/engine';
import { loadPolicies } from '@rencai/policies';

/** The value of `path` in package `policy` on `at`; throws when the package has no value for that day. */
export function policyParam(policy: string, path: string, at: Day): string | number {
  const pkg = loadPolicies().find((x) => x.meta.id === policy);
  const hit = pkg?.params.lookup(path, at);
  if (!hit) throw new Error(`参数 ${path} 在该日期没有有效值`);
  return hit.value as string | number;
}
