// Use case: what the policy packages contain — clauses with their original text, rules with their
// citations and interpretations, parameters with every dated value and its reference — plus the
// qualification catalogue and the profile vocabulary.

import { fenToYuanString, formatDay, type DatedValue, type FactDef, type ParamDef, type PolicyPackage } from '@rencai/engine';
import { factDefs, loadPolicies, qualifications, type Qualification } from '@rencai/policies';
import { unknownPolicy } from './calculate.js';

function showValue(def: ParamDef, v: DatedValue) {
  const money = (def.unit === 'fen' || def.unit === 'fen_per_m2') && typeof v.value === 'number';
  return {
    from: formatDay(v.from),
    ...(v.to !== undefined ? { to: formatDay(v.to) } : {}),
    value: v.value,
    ...(money ? { yuan: fenToYuanString(v.value as number) } : {}),
    reference: v.reference,
    ...(v.example ? { example: true } : {}),
  };
}

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
    /** Parameters still carrying an illustrative (example) value somewhere in their history. */
    exampleParameters: p.params.list().filter((d) => d.values.some((v) => v.example)).map((d) => d.path),
  };
}

export type PolicySummary = ReturnType<typeof meta>;

export function policySummary(): PolicySummary[] {
  return loadPolicies().map(meta);
}

export function policyDetail(id: string) {
  const p = loadPolicies().find((x) => x.meta.id === id);
  if (!p) throw unknownPolicy(id, 'id');
  return {
    ...meta(p),
    ...(p.meta.fundingNote ? { fundingNote: p.meta.fundingNote } : {}),
    clauses: p.clauses,
    rules: p.rules.map((r) => ({
      id: r.id,
      benefit: r.benefit,
      name: r.name,
      kind: r.kind,
      beneficiary: r.beneficiary,
      clause: r.clause,
      text: r.text,
      payer: 'code' in r.payer ? r.payer : { code: 'conditional' as const, name: `${r.payer.then.name}或${r.payer.otherwise.name}`, then: r.payer.then, otherwise: r.payer.otherwise },
      ...(r.upTo ? { upTo: true } : {}),
      ...(r.forEach ? { forEach: r.forEach } : {}),
      ...(r.validFrom !== undefined ? { validFrom: formatDay(r.validFrom) } : {}),
      ...(r.validTo !== undefined ? { validTo: formatDay(r.validTo) } : {}),
      interpretations: r.interpretations ?? [],
    })),
    parameters: p.params.list().map((d) => ({
      path: d.path,
      description: d.description,
      unit: d.unit,
      ...(d.periodic ? { periodic: d.periodic } : {}),
      ...(d.choices ? { choices: d.choices } : {}),
      values: d.values.map((v) => showValue(d, v)),
    })),
  };
}

export type PolicyDetail = ReturnType<typeof policyDetail>;

const norm = (s: string) => s.toLowerCase().replace(/[\s“”"'‘’「」]/g, '');

/** The qualification catalogue, or the entries whose code, name or an alias contains `q`. */
export function searchQualifications(q?: string): Qualification[] {
  const all = qualifications();
  const needle = norm(q ?? '');
  if (!needle) return all;
  return all.filter((x) => [x.code, x.name, ...(x.aliases ?? [])].some((s) => norm(s).includes(needle)));
}

/** The profile vocabulary: every field a profile may carry, with its label and question. */
export function profileVocabulary(): FactDef[] {
  return factDefs;
}
