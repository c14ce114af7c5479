// JSON Schemas for the API, generated from the profile vocabulary so the OpenAPI document lists
// every field a profile may carry (with its Chinese label) and Fastify validates requests with them.

import type { FactDef } from '@rencai/engine';
import { factDefs } from '@rencai/policies';

type Schema = Record<string, unknown>;

function leaf(d: FactDef): Schema {
  const description = [d.label, d.question].filter(Boolean).join('｜');
  switch (d.type) {
    case 'bool':
      return { type: 'boolean', description };
    case 'int':
      return { type: 'integer', description, ...(d.minimum !== undefined ? { minimum: d.minimum } : {}), ...(d.maximum !== undefined ? { maximum: d.maximum } : {}) };
    case 'money':
      return { type: ['number', 'string'], description: `${description}（元，最多两位小数）` };
    case 'date':
      return { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: `${description}（YYYY-MM-DD）` };
    case 'enum':
      return { type: 'string', enum: (d.options ?? []).flatMap((o) => [o.value, o.label]), description: `${description}：${(d.options ?? []).map((o) => `${o.value}=${o.label}`).join('，')}` };
    case 'text':
      return { type: 'string', description };
    case 'quals':
      return {
        type: 'array',
        description: `${description}（资格代码或官方名称，见 GET /api/v1/qualifications）`,
        items: { anyOf: [{ type: 'string' }, { type: 'object', properties: { code: { type: 'string' }, obtained: { type: 'string' } }, required: ['code'], additionalProperties: false }] },
      };
    case 'list':
      return { type: 'array', description, items: objectOf(d.fields ?? []) };
  }
}

function objectOf(defs: FactDef[]): Schema {
  const root: Schema = { type: 'object', properties: {}, additionalProperties: false };
  for (const d of defs) {
    const parts = d.name.split('.');
    let node = root;
    for (const p of parts.slice(0, -1)) {
      const props = node.properties as Record<string, Schema>;
      node = props[p] ??= { type: 'object', properties: {}, additionalProperties: false };
    }
    (node.properties as Record<string, Schema>)[parts[parts.length - 1]!] = leaf(d);
  }
  return root;
}

export const profileSchema: Schema = { ...objectOf(factDefs), description: '人才或单位档案（字段均可省略；省略的事实为“待确定”，不会当作“否”或零）' };

const setSchema: Schema = {
  description: '参数调整（改革方案）：["参数路径=值[@YYYY-MM-DD]"]，或 {参数路径: [{value, from}]}',
  anyOf: [
    { type: 'array', items: { type: 'string' } },
    { type: 'object', additionalProperties: { type: 'array', items: { type: 'object', properties: { value: { type: ['number', 'string', 'boolean'] }, from: { type: 'string' } }, required: ['value'] } } },
  ],
};

export const calculateBody: Schema = {
  type: 'object',
  required: ['profile'],
  additionalProperties: false,
  properties: {
    profile: profileSchema,
    date: { type: 'string', description: '计算日期 YYYY-MM-DD（默认今天）' },
    policy: { type: 'string', description: '政策包 ID（默认按地区选择）' },
    set: setSchema,
    whyNot: { type: 'boolean', description: '同时列出不能享受的待遇及第一条不满足的条件' },
  },
};

export const errorSchema: Schema = {
  type: 'object',
  properties: {
    error: { type: 'string' },
    errors: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
  },
};
