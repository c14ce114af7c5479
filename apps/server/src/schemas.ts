// JSON Schemas for the API, generated from the profile vocabulary so the OpenAPI document lists
// every field a profile may carry (with its Chinese label) and Fastify validates requests with them.

import type { FactDef } from '@rencai/engine';
import { profileVocabulary } from '@rencai/services';

type Schema = Record<string, unknown>;

export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** A full profile: PhD teacher, bought a first home on 2021-06-30 (the README's example). */
export const SAMPLE_REQUEST = {
  date: '2023-01-01',
  profile: {
    region: 'kecheng',
    person: {
      qualifications: ['全日制博士研究生'],
      fullTime: true,
      arrivalDate: '2021-03-01',
      post: 'teacher',
      serviceAgreementYears: 5,
      hasPurchased: true,
      purchase: { date: '2021-06-30', price: 1200000, isFirst: true, sold: false },
    },
  },
};

/** `null` is accepted wherever a value is: the profile reader treats it as “not known”, like omission. */
function leaf(d: FactDef): Schema {
  const description = [d.label, d.question].filter(Boolean).join('｜');
  switch (d.type) {
    case 'bool':
      return { type: ['boolean', 'null'], description };
    case 'int':
      return { type: ['integer', 'null'], description, ...(d.minimum !== undefined ? { minimum: d.minimum } : {}), ...(d.maximum !== undefined ? { maximum: d.maximum } : {}) };
    case 'money':
      return { type: ['number', 'string', 'null'], description: `${description}（元，最多两位小数）` };
    case 'date':
      return { type: ['string', 'null'], pattern: DATE_PATTERN, description: `${description}（YYYY-MM-DD）` };
    case 'enum':
      return {
        type: ['string', 'null'],
        enum: [...(d.options ?? []).flatMap((o) => [o.value, o.label]), null],
        description: `${description}：${(d.options ?? []).map((o) => `${o.value}=${o.label}`).join('，')}（代码或中文名称）`,
      };
    case 'text':
      return { type: ['string', 'null'], description };
    case 'quals':
      return {
        type: ['array', 'null'],
        description: `${description}（资格代码、官方名称或别名，见 GET /api/v1/qualifications；一旦提供即视为完整清单）`,
        items: {
          anyOf: [
            { type: 'string' },
            { type: 'object', properties: { code: { type: 'string' }, obtained: { type: ['string', 'null'], pattern: DATE_PATTERN, description: '取得日期（YYYY-MM-DD）' } }, required: ['code'], additionalProperties: false },
          ],
        },
      };
    case 'list':
      return { type: ['array', 'null'], description, items: objectOf(d.fields ?? []) };
  }
}

function objectOf(defs: FactDef[]): Schema {
  const root: Schema = { type: 'object', properties: {}, additionalProperties: false };
  for (const d of defs) {
    const parts = d.name.split('.');
    let node = root;
    for (const p of parts.slice(0, -1)) {
      const props = node.properties as Record<string, Schema>;
      node = props[p] ??= { type: ['object', 'null'], properties: {}, additionalProperties: false };
    }
    (node.properties as Record<string, Schema>)[parts[parts.length - 1]!] = leaf(d);
  }
  return root;
}

export const profileSchema: Schema = {
  ...objectOf(profileVocabulary()),
  description: '人才或单位档案（字段均可省略；省略的事实为“待确定”，不会当作“否”或零）。金额以元填写，日期为 YYYY-MM-DD。',
};

const setting: Schema = {
  type: 'object',
  properties: { value: { type: ['number', 'string', 'boolean'] }, from: { type: 'string', description: '生效日期 YYYY-MM-DD（省略 = 全部期间）' }, note: { type: 'string' } },
  required: ['value'],
  additionalProperties: false,
};

const setSchema: Schema = {
  description: '参数调整（改革方案，仅作用于本次计算）：["参数路径=值[@YYYY-MM-DD]"]，或 {参数路径: 值 | {value, from?} | [{value, from?}]}；金额以元填写。参数路径见 GET /api/v1/policies/{id}',
  anyOf: [
    { type: 'array', items: { type: 'string' } },
    { type: 'object', additionalProperties: { anyOf: [{ type: ['number', 'string', 'boolean'] }, setting, { type: 'array', items: setting }] } },
  ],
};

export const calculateBody: Schema = {
  type: 'object',
  required: ['profile'],
  additionalProperties: false,
  properties: {
    profile: profileSchema,
    date: { type: 'string', description: '计算日期 YYYY-MM-DD（默认今天，北京时间）' },
    policy: { type: 'string', description: '政策包 ID（默认按 profile.region 选择适用的政策包）' },
    set: setSchema,
    whyNot: { type: 'boolean', description: '同时列出不能享受的待遇及第一条不满足的条件' },
  },
  examples: [SAMPLE_REQUEST],
};

export const errorSchema: Schema = {
  type: 'object',
  description: '错误：error 为中文说明，errors 逐项给出字段路径和原因',
  properties: {
    error: { type: 'string' },
    errors: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
  },
};

/** Documents a response without constraining its serialization (every property is kept). */
export const anyObject = (description: string): Schema => ({ type: 'object', description, additionalProperties: true });
export const anyArray = (description: string): Schema => ({ type: 'array', description, items: { type: 'object', additionalProperties: true } });
