// Use case: what the policy packages contain — clauses with their original text, rules with their
// citations and interpretations, parameters with every dated value and its reference.

import { formatDay, type DatedValue, type ParamDef, type PolicyPackage } from '@rencai/engine';
import { loadPolicies, qualifications } from '@rencai/policies';
import { InputError } from './errors.js';

const showValue = (def: ParamDef, v: DatedValue) => ({
  from: formatDay(v.from),
  ...(v.to !== undefined ? { to: formatDay(v.to) } : {}),
  value: v.value,
  ...(def.unit === 'fen' || def.unit === 'fen_per_m2' ? { yuan: (v.value as number) / 100 } : {}),
  reference: v.reference,
  ...(v.example ? { example: true } : {}),
});

function meta(p: PolicyPackage) {
  return {
    id: p.meta.id,
    title: p.meta.title,
    docNumber: p.meta.docNumber,
    issuer: p.meta.issuer,
    issued: p.meta.issued,
    effectiveFrom: formatDay(p.meta.effectiveFrom),
    ...(p.meta.effectiveTo !== undefined ? { effectiveTo: formatDay(p.meta.effectiveTo) } : {}),
    jurisdiction: p.meta.jurisdiction,
    jurisdictionLabel: p.meta.jurisdictionLabel,
    source: p.meta.sourcePath,
    version: p.version,
    rules: p.rules.length,
    parameters: p.params.list().length,
  };
}

export function policySummary() {
  return loadPolicies().map(meta);
}

export function policyDetail(id: string) {
  const p = loadPolicies().find((x) => x.meta.id === id);
  if (!p) throw new InputError([{ path: 'id', message: `未知的政策包「${id}」` }]);
  return {
    ...meta(p),
    fundingNote: p.meta.fundingNote,
    clauses: p.clauses,
    rules: p.rules.map((r) => ({
      id: r.id,
      benefit: r.benefit,
      name: r.name,
      kind: r.kind,
      beneficiary: r.beneficiary,
      clause: r.clause,
      text: r.text,
      payer: 'code' in r.payer ? r.payer : { code: 'conditional', name: `${r.payer.then.name}或${r.payer.otherwise.name}` },
      ...(r.upTo ? { upTo: true } : {}),
      interpretations: r.interpretations ?? [],
    })),
    parameters: p.params.list().map((d) => ({
      path: d.path,
      description: d.description,
      unit: d.unit,
      ...(d.periodic ? { periodic: d.periodic } : {}),
      values: d.values.map((v) => showValue(d, v)),
    })),
  };
}

export function searchQualifications(q?: string) {
  const all = qualifications();
  if (!q) return all;
  const needle = q.trim().toLowerCase();
  return all.filter((x) => x.code.includes(needle) || x.name.includes(q.trim()) || (x.aliases ?? []).some((a) => a.includes(q.trim())));
}
