// Fastify's schema-validation errors → {path, message} in Chinese: the profile reader's own wording
// where the field is a known profile fact, ajv-i18n's Chinese otherwise; paths like the services'.
// At most MAX_REPORTED_ERRORS are listed (a body with thousands of bad items gets a short answer).

import type { FastifySchemaValidationError } from 'fastify';
import localize from 'ajv-i18n';
import { closest, type FactDef, type FieldError } from '@rencai/engine';
import { profileVocabulary } from '@rencai/services';

const TYPE_WORD: Record<string, string> = {
  bool: '布尔值（true/false）',
  int: '整数',
  money: '金额（元，数字或文本，最多两位小数）',
  date: '日期（YYYY-MM-DD）',
  enum: '选项值',
  text: '文本',
  quals: '资格列表（代码或官方名称，或 {code, obtained} 对象）',
  list: '列表',
};
/** Most field errors in one answer; the rest are counted in a last entry. */
export const MAX_REPORTED_ERRORS = 50;

const JSON_TYPE: Record<string, string> = { boolean: '布尔值（true/false）', integer: '整数', number: '数字', string: '文本', object: '对象', array: '列表', null: 'null' };

let byName: Map<string, FactDef> | undefined;
/** Profile facts by schema location: "person.purchase.price", "enterprise.experts[].salary". */
function facts(): Map<string, FactDef> {
  if (!byName) {
    byName = new Map();
    for (const d of profileVocabulary()) {
      byName.set(d.name, d);
      for (const f of d.fields ?? []) byName.set(`${d.name}[].${f.name}`, f);
    }
  }
  return byName;
}

const SET_SHAPE = '应为参数调整列表 ["路径=值[@YYYY-MM-DD]"] 或对象 {路径: 值}';

const segments = (pointer: string) => pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

/** "/profile/person/qualifications/0" → "profile.person.qualifications[0]" (the services' style). */
export function fieldPath(pointer: string, context?: string): string {
  let out = context && context !== 'body' ? context : '';
  for (const seg of segments(pointer)) {
    const s = seg.length > 64 ? `${seg.slice(0, 64)}…` : seg; // an unknown name is quoted, never echoed whole
    out += /^\d+$/.test(s) ? `[${s}]` : out ? `.${s}` : s;
  }
  return out || '(请求体)';
}

/** The profile fact a body location belongs to (a qualification item → the qualification list). */
function factAt(pointer: string): FactDef | undefined {
  const segs = segments(pointer);
  if (segs[0] !== 'profile') return undefined;
  const name = segs.slice(1).reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[]` : acc ? `${acc}.${s}` : s), '');
  return facts().get(name) ?? facts().get(name.replace(/\[\]$/, ''));
}

function message(e: FastifySchemaValidationError & { parentSchema?: Record<string, unknown> }): string {
  const def = factAt(e.instancePath);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const known = Object.keys((e.parentSchema?.properties as Record<string, unknown> | undefined) ?? {});
      const near = closest(String(params.additionalProperty), known, 2);
      return `未知字段${near.length ? `（是否指：${near.join('、')}？）` : ''}`;
    }
    case 'required':
      return '缺少必填字段';
    case 'type':
    case 'anyOf':
      if (def?.type === 'quals' && /\/\d+$/.test(e.instancePath)) return '应为资格代码或名称，或 {code, obtained} 对象';
      if (def) return `应为${TYPE_WORD[def.type] ?? def.type}`;
      if (e.keyword === 'type' && e.instancePath === '/set') return SET_SHAPE;
      if (e.keyword === 'type') return `应为${String(params.type).split(',').map((t) => JSON_TYPE[t] ?? t).join('或')}`;
      return e.instancePath === '/set' ? SET_SHAPE : '格式不符合要求';
    case 'enum':
      if (def?.options) return `取值无效，可选：${def.options.map((o) => `${o.value}（${o.label}）`).join('、')}`;
      return `取值无效，可选：${((params.allowedValues as unknown[]) ?? []).map(String).join('、')}`;
    case 'pattern':
      return def?.type === 'date' ? `应为${TYPE_WORD.date}` : (e.message ?? '格式不符合要求');
    case 'minimum':
      return `不能小于 ${String(params.limit)}`;
    case 'maximum':
      return `不能大于 ${String(params.limit)}`;
    case 'maxItems':
      return `最多 ${String(params.limit)} 项`;
    case 'maxProperties':
      return `最多 ${String(params.limit)} 个字段`;
    case 'maxLength':
      return `最长 ${String(params.limit)} 个字符`;
    default:
      return e.message ?? '输入无效';
  }
}

/** Caps a list of field errors at MAX_REPORTED_ERRORS, counting the rest in a last entry. */
export function capErrors(errors: FieldError[], total = errors.length): FieldError[] {
  if (total <= MAX_REPORTED_ERRORS) return errors;
  return [...errors.slice(0, MAX_REPORTED_ERRORS), { path: '(请求体)', message: `另有 ${total - MAX_REPORTED_ERRORS} 处错误未列出，请先改正以上错误` }];
}

export function validationErrors(list: FastifySchemaValidationError[], context?: string): FieldError[] {
  // An "anyOf" that failed reports each branch's failure too: keep only the anyOf itself.
  const anyOf = [...new Set(list.filter((e) => e.keyword === 'anyOf').map((e) => `${e.schemaPath}/`))];
  const out: FieldError[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const e of list) {
    if (anyOf.some((p) => e.schemaPath.startsWith(p))) continue;
    const params = e.params as Record<string, unknown>;
    const extra = e.keyword === 'additionalProperties' ? `/${String(params.additionalProperty)}` : e.keyword === 'required' ? `/${String(params.missingProperty)}` : '';
    // Worded only while the answer has room: thousands of bad items cost one count each.
    if (out.length >= MAX_REPORTED_ERRORS) {
      total += 1;
      continue;
    }
    const path = fieldPath(e.instancePath + extra, context);
    localize.zh([e] as Parameters<typeof localize.zh>[0]); // Chinese for every keyword not reworded below
    const err = { path, message: message(e) };
    const key = `${err.path}\u0000${err.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(err);
    total += 1;
  }
  return capErrors(out, total);
}
