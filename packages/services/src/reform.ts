// Parameter changes ("reforms") from a request: ["path=value[@YYYY-MM-DD]"] as the CLI's --set, or
// an object {path: value | {value, from?, note?} | [...]} with money in yuan, checked against the
// packages of this calculation (unknown names answered with the closest known ones).

import { closest, mergeReform, parseDay, parseSetting, yuanToFen, type ParamDef, type ParamScalar, type PolicyPackage, type Reform, type ReformValue } from '@rencai/engine';
import { loadPolicies } from '@rencai/policies';
import { InputError, rethrowAsInput } from './errors.js';

export interface ReformSettingObject {
  value: ParamScalar;
  /** First day the value applies (YYYY-MM-DD); absent = the whole period. */
  from?: string;
  note?: string;
}

/** What a request may carry as `set`. */
export type ReformInput = string | string[] | Record<string, ParamScalar | ReformSettingObject | ReformSettingObject[]>;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The package that owns `path` among those calculated, or an input error naming the closest paths. */
function ownerOf(path: string, packages: PolicyPackage[], at: string): PolicyPackage {
  const owner = packages.find((p) => p.params.has(path));
  if (owner) return owner;
  const elsewhere = loadPolicies().find((p) => p.params.has(path));
  if (elsewhere) {
    throw new InputError([{ path: at, message: `参数 ${path} 属于政策包 ${elsewhere.meta.id}，不在本次计算的政策包（${packages.map((p) => p.meta.id).join('、')}）中；可用 policy 指定政策包` }]);
  }
  const near = closest(path, packages.flatMap((p) => p.params.paths()), 3);
  throw new InputError([{ path: at, message: `未知参数：${path}${near.length ? `（是否指：${near.join('、')}？）` : ''}` }]);
}

/** One value of the object form, in the engine's units (money: yuan in, fen out). */
function scalarFor(def: ParamDef, raw: unknown): ParamScalar {
  if (def.unit === 'text') {
    if (typeof raw !== 'string') throw new InputError([{ path: '', message: '应为文本' }]);
    return raw;
  }
  if (def.unit === 'bool') {
    if (typeof raw === 'boolean') return raw;
    if (raw === 'true' || raw === '是') return true;
    if (raw === 'false' || raw === '否') return false;
    throw new InputError([{ path: '', message: '应为 true 或 false' }]);
  }
  if (typeof raw !== 'number' && typeof raw !== 'string') throw new InputError([{ path: '', message: '应为数值' }]);
  if (def.unit === 'fen' || def.unit === 'fen_per_m2') return yuanToFen(raw);
  const n = typeof raw === 'number' ? raw : raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(n)) throw new InputError([{ path: '', message: `应为数值，收到：${String(raw)}` }]);
  return n;
}

/** Re-roots an error raised for one value under the request path it came from. */
function at<T>(path: string, fn: () => T): T {
  try {
    return rethrowAsInput(path, fn);
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.errors.map((x) => ({ path: x.path === '' ? path : x.path, message: x.message })));
    throw e;
  }
}

export function parseReform(set: ReformInput | undefined, packages: PolicyPackage[]): Reform | undefined {
  if (set === undefined || set === null) return undefined;
  const list = typeof set === 'string' ? [set] : set;
  const entries: Array<[string, ReformValue]> = [];
  const errors: InputError[] = [];
  const attempt = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      errors.push(e);
    }
  };
  if (Array.isArray(list)) {
    list.forEach((s, i) =>
      attempt(() => {
        const here = `set[${i}]`;
        if (typeof s !== 'string') throw new InputError([{ path: here, message: '应为“参数路径=值[@YYYY-MM-DD]”形式的文本' }]);
        const path = s.split('=')[0]!.trim();
        const owner = s.includes('=') ? ownerOf(path, packages, here) : packages[0]!;
        entries.push(at(here, () => parseSetting(s, owner.params)));
      }),
    );
  } else if (isObject(list)) {
    for (const [path, given] of Object.entries(list)) {
      const values: unknown[] = Array.isArray(given) ? given : [isObject(given) ? given : { value: given }];
      values.forEach((v, i) =>
        attempt(() => {
          const here = Array.isArray(given) ? `set.${path}[${i}]` : `set.${path}`;
          const def = ownerOf(path, packages, `set.${path}`).params.def(path)!;
          if (!isObject(v) || !('value' in v)) throw new InputError([{ path: here, message: '应为 {value, from?} 形式的取值' }]);
          const value = at(`${here}.value`, () => scalarFor(def, v.value));
          const from = v.from === undefined || v.from === null ? undefined : at(`${here}.from`, () => parseDay(v.from));
          entries.push([path, { value, ...(from !== undefined ? { from } : {}), ...(typeof v.note === 'string' ? { note: v.note } : {}) }]);
        }),
      );
    }
  } else throw new InputError([{ path: 'set', message: '应为参数调整列表 ["路径=值[@YYYY-MM-DD]"] 或对象 {路径: 值}' }]);
  if (errors.length) throw new InputError(errors.flatMap((e) => e.errors));
  const reform = mergeReform(entries);
  // The engine checks each value against its parameter's unit when it applies the reform.
  for (const path of Object.keys(reform)) at(`set.${path}`, () => packages.find((p) => p.params.has(path))!.params.withReform({ [path]: reform[path]! }));
  return reform;
}
