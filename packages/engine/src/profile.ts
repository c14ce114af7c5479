// Reading a profile: nested JSON → the flat fact store the rules read, with every problem
// reported as a field path and a Chinese reason. Absent fields stay absent (unknown).

import { parseDay } from './dates.js';
import type { FactDef, FactStore, FactValue, QualSet, Row } from './facts.js';
import { MoneyFormatError, yuanToFen } from './money.js';
import { closest } from './params.js';

export interface FieldError {
  path: string;
  message: string;
}

export class ProfileError extends Error {
  constructor(public readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.path}：${e.message}`).join('；'));
  }
}

export interface QualificationIndex {
  /** Code or official name or alias → code. */
  resolve(input: string): string | undefined;
  names(): string[];
}

export function makeQualificationIndex(list: Array<{ code: string; name: string; aliases?: string[] }>): QualificationIndex {
  const m = new Map<string, string>();
  const norm = (s: string) => s.replace(/[\s“”"'‘’「」]/g, '');
  for (const q of list) {
    m.set(q.code, q.code);
    m.set(norm(q.name), q.code);
    for (const a of q.aliases ?? []) m.set(norm(a), q.code);
  }
  return {
    resolve: (input) => m.get(input) ?? m.get(norm(input)),
    names: () => list.flatMap((q) => [q.name, q.code]),
  };
}

interface Tree {
  def?: FactDef;
  kids: Map<string, Tree>;
}

const trees = new WeakMap<FactDef[], Tree>();

function buildTree(defs: FactDef[]): Tree {
  const cached = trees.get(defs);
  if (cached) return cached;
  const root: Tree = { kids: new Map() };
  for (const d of defs) {
    let t = root;
    for (const part of d.name.split('.')) {
      let next = t.kids.get(part);
      if (!next) t.kids.set(part, (next = { kids: new Map() }));
      t = next;
    }
    t.def = d;
  }
  trees.set(defs, root);
  return root;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export function parseProfile(input: unknown, defs: FactDef[], quals: QualificationIndex): FactStore {
  const errors: FieldError[] = [];
  const out = new Map<string, FactValue>();
  if (!isObject(input)) throw new ProfileError([{ path: '(profile)', message: '档案应为 JSON 对象' }]);
  walk(input, buildTree(defs), '', errors, out, quals);
  if (errors.length) throw new ProfileError(errors);
  return out;
}

function walk(obj: Record<string, unknown>, tree: Tree, prefix: string, errors: FieldError[], out: Map<string, FactValue>, quals: QualificationIndex): void {
  for (const [key, raw] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const t = tree.kids.get(key);
    if (!t) {
      const hint = closest(key, [...tree.kids.keys()], 2);
      errors.push({ path, message: `未知字段${hint.length ? `（是否指：${hint.join('、')}？）` : ''}` });
      continue;
    }
    if (raw === null || raw === undefined) continue; // explicit null = not known
    if (t.def) {
      const v = readValue(raw, t.def, path, errors, quals);
      if (v !== undefined) out.set(t.def.name, v);
    } else if (isObject(raw)) walk(raw, t, path, errors, out, quals);
    else errors.push({ path, message: '应为对象' });
  }
}

const TYPE_WORD: Record<string, string> = {
  bool: '布尔值（true/false）',
  int: '整数',
  money: '金额（元，最多两位小数）',
  date: '日期（YYYY-MM-DD）',
  enum: '选项值',
  text: '文本',
  quals: '资格列表',
  list: '列表',
};

export function readValue(raw: unknown, def: FactDef, path: string, errors: FieldError[], quals: QualificationIndex): FactValue | undefined {
  const bad = (message: string) => {
    errors.push({ path, message });
    return undefined;
  };
  switch (def.type) {
    case 'bool':
      return typeof raw === 'boolean' ? raw : bad(`应为${TYPE_WORD.bool}`);
    case 'int': {
      if (typeof raw !== 'number' || !Number.isSafeInteger(raw)) return bad(`应为${TYPE_WORD.int}`);
      if (def.minimum !== undefined && raw < def.minimum) return bad(`不能小于 ${def.minimum}`);
      if (def.maximum !== undefined && raw > def.maximum) return bad(`不能大于 ${def.maximum}`);
      return raw;
    }
    case 'money': {
      if (typeof raw !== 'number' && typeof raw !== 'string') return bad(`应为${TYPE_WORD.money}`);
      try {
        const fen = yuanToFen(raw);
        if (fen < 0) return bad('金额不能为负数');
        return fen;
      } catch (e) {
        return bad(e instanceof MoneyFormatError ? e.message : `应为${TYPE_WORD.money}`);
      }
    }
    case 'date':
      try {
        return parseDay(raw);
      } catch {
        return bad(`应为有效日期（YYYY-MM-DD），收到：${JSON.stringify(raw)}`);
      }
    case 'enum': {
      const opts = def.options ?? [];
      const hit = opts.find((o) => o.value === raw || o.label === raw);
      return hit ? hit.value : bad(`取值无效，可选：${opts.map((o) => `${o.value}（${o.label}）`).join('、')}`);
    }
    case 'text':
      return typeof raw === 'string' ? raw : bad(`应为${TYPE_WORD.text}`);
    case 'quals': {
      if (!Array.isArray(raw)) return bad('应为资格列表（代码或官方名称，或 {code, obtained} 对象）');
      const set = new Map<string, number | undefined>();
      raw.forEach((item, i) => {
        const p = `${path}[${i}]`;
        const name = typeof item === 'string' ? item : isObject(item) ? item.code ?? item.name : undefined;
        if (typeof name !== 'string') return void errors.push({ path: p, message: '应为资格代码或名称' });
        const code = quals.resolve(name);
        if (!code) {
          const near = closest(name, quals.names(), 3);
          return void errors.push({ path: p, message: `未知的资格「${name}」${near.length ? `，最接近的目录名称：${near.join('、')}` : ''}` });
        }
        let obtained: number | undefined;
        if (isObject(item) && item.obtained !== undefined && item.obtained !== null) {
          try {
            obtained = parseDay(item.obtained);
          } catch {
            return void errors.push({ path: `${p}.obtained`, message: `应为有效日期（YYYY-MM-DD），收到：${JSON.stringify(item.obtained)}` });
          }
        }
        set.set(code, obtained ?? set.get(code));
      });
      return set as QualSet;
    }
    case 'list': {
      if (!Array.isArray(raw)) return bad('应为列表');
      const fields = buildTree(def.fields ?? []);
      return raw.map((row, i) => {
        const r = new Map<string, FactValue>();
        if (!isObject(row)) errors.push({ path: `${path}[${i}]`, message: '应为对象' });
        else walk(row, fields, `${path}[${i}]`, errors, r, quals);
        return r as Row;
      });
    }
  }
}
