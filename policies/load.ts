// Loads a policy package from its folder: policy.yaml (metadata), parameters/*.yaml (dated,
// referenced values), catalogue.yaml (qualification tiers) and the typed rule modules. This is the
// only module of the policy layer that touches the file system.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseDay, ParamError, Params, yuanToFen, type ClauseText, type DatedValue, type ParamDef, type PolicyMeta, type PolicyPackage, type Reference, type RuleDef, type TierEntry, type Unit, type VarDef } from '@rencai/engine';

export interface CatalogueEntry {
  code: string;
  /** Official name, filled in from the shared qualifications catalogue. */
  name?: string;
  /** Tier number under each article ("art19": 3); absent = not named by that article. */
  tiers: Record<string, number>;
  note?: string;
}

export interface RuleModule {
  rules: RuleDef[];
  vars: Record<string, VarDef>;
}

const YAML_UNITS: Record<string, Unit> = {
  yuan: 'fen',
  yuan_per_m2: 'fen_per_m2',
  m2: 'm2',
  percent: 'percent',
  years: 'years',
  count: 'count',
  usd: 'usd',
  text: 'text',
  tier: 'tier',
  number: 'number',
  bool: 'bool',
};

interface RawValue {
  from: string;
  to?: string;
  value: number | string | boolean;
  ref?: Partial<Reference>;
  example?: boolean;
}

export function readYaml(path: string): unknown {
  return parse(readFileSync(path, 'utf8'));
}

/** Flattens a parameter YAML tree into definitions; description, unit and choices inherit downwards. */
export function paramDefsFromYaml(tree: unknown, docNumber: string, file: string): ParamDef[] {
  const out: ParamDef[] = [];
  const visit = (node: Record<string, unknown>, path: string[], description?: string, unit?: string, periodic?: string, choices?: Record<string, string>) => {
    const desc = typeof node.description === 'string' ? node.description : description;
    const u = typeof node.unit === 'string' ? node.unit : unit;
    const per = typeof node.periodic === 'string' ? node.periodic : periodic;
    const ch = node.choices && typeof node.choices === 'object' && !Array.isArray(node.choices) ? (node.choices as Record<string, string>) : choices;
    if (Array.isArray(node.values)) {
      const name = path.join('.');
      if (!u || !(u in YAML_UNITS)) throw new ParamError(`${file}: 参数 ${name} 缺少有效单位（unit）`);
      const unitCode = YAML_UNITS[u]!;
      const values = (node.values as RawValue[]).map((raw): DatedValue => {
        const money = unitCode === 'fen' || unitCode === 'fen_per_m2';
        const value = money && typeof raw.value === 'number' ? yuanToFen(raw.value) : raw.value;
        return {
          from: parseDay(String(raw.from)),
          ...(raw.to ? { to: parseDay(String(raw.to)) } : {}),
          value,
          reference: { doc: docNumber, text: '', ...(raw.ref ?? {}) } as Reference,
          ...(raw.example ? { example: true } : {}),
        };
      });
      out.push({ path: name, description: desc ?? name, unit: unitCode, ...(per === 'half_year' ? { periodic: 'half_year' as const } : {}), ...(ch ? { choices: ch } : {}), values });
      return;
    }
    for (const [k, v] of Object.entries(node)) {
      if (['description', 'unit', 'periodic', 'note', 'choices'].includes(k)) continue;
      if (v && typeof v === 'object' && !Array.isArray(v)) visit(v as Record<string, unknown>, [...path, k], desc, u, per, ch);
    }
  };
  visit((tree ?? {}) as Record<string, unknown>, []);
  return out;
}

/**
 * Gives every qualification a tier table names its official name from the catalogue, so that an
 * explanation reads "全日制博士研究生（第3档）" and never the code. Walks the rules' and variables'
 * expression trees (plain data) and fills only the names the rule modules left out.
 */
function nameTierEntries(node: unknown, names: ReadonlyMap<string, string>): void {
  if (Array.isArray(node)) {
    for (const x of node) nameTierEntries(x, names);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (o.k === 'bestTier' && Array.isArray(o.entries))
    o.entries = (o.entries as TierEntry[]).map((en) => (en.name || !names.has(en.code) ? en : { ...en, name: names.get(en.code)! }));
  for (const v of Object.values(o)) nameTierEntries(v, names);
}

export interface PolicyYaml {
  id: string;
  title: string;
  docNumber: string;
  issuer: string;
  issued: string;
  effectiveFrom: string;
  effectiveTo?: string;
  source: string;
  jurisdiction: string[];
  jurisdictionLabel: string;
  fundingNote?: string;
}

export function loadPackage(dir: string, build: (catalogue: CatalogueEntry[]) => RuleModule, names: ReadonlyMap<string, string> = new Map()): PolicyPackage {
  const meta = readYaml(join(dir, 'policy.yaml')) as PolicyYaml;
  const paramFiles = readdirSync(join(dir, 'parameters')).filter((f) => f.endsWith('.yaml')).sort();
  const defs = paramFiles.flatMap((f) => paramDefsFromYaml(readYaml(join(dir, 'parameters', f)), meta.docNumber, f));
  const catPath = join(dir, 'catalogue.yaml');
  const catalogue = (existsSync(catPath) ? ((readYaml(catPath) as CatalogueEntry[] | null) ?? []) : []).map((e) => ({ ...e, name: names.get(e.code) ?? e.code }));
  const mod = build(catalogue);
  nameTierEntries([mod.vars, mod.rules], names);
  const m: PolicyMeta = {
    id: meta.id,
    title: meta.title,
    docNumber: meta.docNumber,
    issuer: meta.issuer,
    issued: meta.issued,
    effectiveFrom: parseDay(meta.effectiveFrom),
    ...(meta.effectiveTo ? { effectiveTo: parseDay(meta.effectiveTo) } : {}),
    sourcePath: meta.source,
    jurisdiction: meta.jurisdiction,
    jurisdictionLabel: meta.jurisdictionLabel,
    ...(meta.fundingNote ? { fundingNote: meta.fundingNote } : {}),
  };
  const clauses = new Map<string, ClauseText>();
  for (const r of mod.rules) if (!clauses.has(r.clause.cite)) clauses.set(r.clause.cite, { article: r.clause.article, item: r.clause.item, cite: r.clause.cite, text: r.text });
  const version = createHash('sha256')
    .update(JSON.stringify({ meta: m, defs, catalogue, rules: mod.rules, vars: mod.vars }))
    .digest('hex')
    .slice(0, 16);
  return { meta: m, params: new Params(defs), vars: mod.vars, rules: mod.rules, clauses: [...clauses.values()], version };
}
