// Facts as the registry and application forms take them: a JSON object laid out like the fact
// catalogue (relative to a root such as `person`), restricted to the facts that belong there,
// checked with the engine's own profile reader (Chinese reasons, closest names) and normalised
// to the profile format the rules read (money in yuan with two decimals, dates YYYY-MM-DD, coded
// values as codes), so what is stored is exactly what the engine will be given.

import { closest, fenToYuanString, formatDay, parseProfile, ProfileError, type FactDef, type FactValue } from '@rencai/engine';
import { factDefs, qualificationIndex } from '@rencai/policies';
import type { FieldError } from '../shared/index.js';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A catalogue name relative to `root` ('person.talentProgram.level' → 'talentProgram.level'); names outside the root stay whole. */
export const localName = (name: string, root: string): string => (root && name.startsWith(`${root}.`) ? name.slice(root.length + 1) : name);

function getPath(obj: Record<string, unknown>, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (!isObj(cur)) return undefined;
    cur = cur[part];
  }
  return cur;
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur = obj;
  for (const part of parts.slice(0, -1)) {
    if (!isObj(cur[part])) cur[part] = {};
    cur = cur[part] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1]!] = value;
}

/** Leaf paths of an input object (arrays and scalars are leaves). */
function leaves(obj: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (isObj(v) ? leaves(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

const defByName = (): Map<string, FactDef> => new Map(factDefs.map((d) => [d.name, d]));

/** A fact store value back in the profile format (what the engine reads from JSON). */
function toJson(v: FactValue, def: FactDef): unknown {
  switch (def.type) {
    case 'money':
      return fenToYuanString(v as number);
    case 'date':
      return formatDay(v as number);
    case 'list':
      return (v as ReadonlyArray<ReadonlyMap<string, FactValue>>).map((row) => {
        const o: Record<string, unknown> = {};
        for (const f of def.fields ?? []) {
          const x = row.get(f.name);
          if (x !== undefined) o[f.name] = toJson(x, f);
        }
        return o;
      });
    default:
      return v;
  }
}

/**
 * Reads `raw` (laid out like the catalogue under `root`) allowing only the facts `allowed`
 * (catalogue names); errors are named `${pathPrefix}<path in raw>`. Absent or null facts are
 * left out (unknown). Returns the normalised object, in the same layout as `raw`.
 */
export function readCatalogueFacts(raw: unknown, root: string, allowed: readonly string[], pathPrefix: string): { value: Record<string, unknown>; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const value: Record<string, unknown> = {};
  if (!isObj(raw)) return { value, errors: [{ path: pathPrefix.replace(/\.$/, '') || '(facts)', message: '应为对象' }] };
  const locals = new Map(allowed.map((n) => [localName(n, root), n]));
  for (const leaf of leaves(raw)) {
    if (!locals.has(leaf)) errors.push({ path: `${pathPrefix}${leaf}`, message: `未知字段，可用字段：${[...locals.keys()].join('、')}` });
  }
  const profile: Record<string, unknown> = {};
  for (const [local, name] of locals) {
    const v = getPath(raw, local);
    if (v !== undefined && v !== null) setPath(profile, name, v);
  }
  const toInput = (path: string): string => {
    for (const [local, name] of locals) if (path === name || path.startsWith(`${name}.`) || path.startsWith(`${name}[`)) return `${pathPrefix}${local}${path.slice(name.length)}`;
    return `${pathPrefix}${path}`;
  };
  try {
    const store = parseProfile(profile, factDefs, qualificationIndex());
    const defs = defByName();
    for (const [local, name] of locals) {
      const v = store.get(name);
      if (v !== undefined) setPath(value, local, toJson(v, defs.get(name)!));
    }
  } catch (e) {
    if (!(e instanceof ProfileError)) throw e;
    for (const fe of e.errors) errors.push({ path: toInput(fe.path), message: fe.message });
  }
  return { value, errors };
}

/** The catalogue label of a fact (or a list field `list[].field`), for messages. */
export function factLabel(name: string): string {
  const [list, field] = name.split('[].');
  const def = factDefs.find((d) => d.name === list);
  if (!def) return name;
  return field ? (def.fields?.find((f) => f.name === field)?.label ?? name) : def.label;
}

/** “未知的资格「…」” with the closest catalogue names, as the calculator says it. */
export function unknownQualification(raw: unknown): string {
  const name = typeof raw === 'string' ? raw : String(raw);
  const near = typeof raw === 'string' && raw.length <= 50 ? closest(raw, qualificationIndex().names(), 3) : [];
  return `未知的资格「${name.slice(0, 50)}」${near.length ? `，最接近的目录名称：${near.join('、')}` : '（可在资格目录中搜索）'}`;
}
