// JSON Schemas for the API, generated from the profile vocabulary so the OpenAPI document lists
// every field a profile may carry (with its Chinese label) and Fastify validates requests with them.

import type { FactDef } from '@rencai/engine';
import { profileVocabulary } from '@rencai/services';

type Schema = Record<string, unknown>;

export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/**
 * Size limits of request bodies, so that no request costs more than a few milliseconds whatever it
 * holds (every list and string is bounded; the services' checks then run on bounded input).
 */
export const LIMITS = {
  /** Request body of the calculator (a full profile with hundreds of experts is a few tens of KB). */
  calculateBodyBytes: 256 * 1024,
  /** Free text in a profile, a parameter path, a qualification name. */
  text: 200,
  name: 100,
  /** A money amount written as text ("1200000.00"). */
  moneyText: 32,
  /** Qualifications of one person. */
  qualifications: 100,
  /** Members of a list fact (an employer's experts, a person's projects). */
  listItems: 500,
  /** Parameter changes in one reform. */
  reformSettings: 100,
  /** Dated values of one parameter in one reform. */
  reformValues: 20,
} as const;

/** What no valid calculator or simulation body exceeds anywhere (checked before the schema). */
export const BODY_BOUNDS = { items: LIMITS.listItems, fields: 200, depth: 16 };

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
      return { type: ['number', 'string', 'null'], maxLength: LIMITS.moneyText, description: `${description}（元，最多两位小数）` };
    case 'date':
      return { type: ['string', 'null'], maxLength: 10, pattern: DATE_PATTERN, description: `${description}（YYYY-MM-DD）` };
    case 'enum':
      return {
        type: ['string', 'null'],
        enum: [...(d.options ?? []).flatMap((o) => [o.value, o.label]), null],
        description: `${description}：${(d.options ?? []).map((o) => `${o.value}=${o.label}`).join('，')}（代码或中文名称）`,
      };
    case 'text':
      return { type: ['string', 'null'], maxLength: LIMITS.text, description };
    case 'quals':
      return {
        type: ['array', 'null'],
        maxItems: LIMITS.qualifications,
        description: `${description}（资格代码、官方名称或别名，见 GET /api/v1/qualifications；一旦提供即视为完整清单；最多 ${LIMITS.qualifications} 项）`,
        items: {
          anyOf: [
            { type: 'string', maxLength: LIMITS.name },
            { type: 'object', properties: { code: { type: 'string', maxLength: LIMITS.name }, obtained: { type: ['string', 'null'], maxLength: 10, pattern: DATE_PATTERN, description: '取得日期（YYYY-MM-DD）' } }, required: ['code'], additionalProperties: false },
          ],
        },
      };
    case 'list':
      return { type: ['array', 'null'], maxItems: LIMITS.listItems, description: `${description}（最多 ${LIMITS.listItems} 项）`, items: objectOf(d.fields ?? []) };
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
  properties: { value: { type: ['number', 'string', 'boolean'], maxLength: LIMITS.moneyText }, from: { type: 'string', maxLength: 10, description: '生效日期 YYYY-MM-DD（省略 = 全部期间）' }, note: { type: 'string', maxLength: LIMITS.text } },
  required: ['value'],
  additionalProperties: false,
};

/**
 * A reform (the calculator's `set`; the simulation also takes one "path=value" text): a list of
 * settings or an object of them. Keywords apply by type, so a too-long list is named as such.
 */
export function reformSchema(allowText = false): Schema {
  return {
    description: `参数调整（改革方案，仅作用于本次计算）：["参数路径=值[@YYYY-MM-DD]"]，或 {参数路径: 值 | {value, from?} | [{value, from?}]}；金额以元填写；最多 ${LIMITS.reformSettings} 项。参数路径见 GET /api/v1/policies/{id}`,
    type: allowText ? ['string', 'array', 'object'] : ['array', 'object'],
    ...(allowText ? { maxLength: LIMITS.text } : {}),
    maxItems: LIMITS.reformSettings,
    items: { type: 'string', maxLength: LIMITS.text },
    maxProperties: LIMITS.reformSettings,
    propertyNames: { maxLength: LIMITS.name },
    additionalProperties: { anyOf: [{ type: ['number', 'string', 'boolean'], maxLength: LIMITS.moneyText }, setting, { type: 'array', maxItems: LIMITS.reformValues, items: setting }] },
  };
}

export const calculateBody: Schema = {
  type: 'object',
  required: ['profile'],
  additionalProperties: false,
  properties: {
    profile: profileSchema,
    date: { type: 'string', maxLength: 10, description: '计算日期 YYYY-MM-DD（默认今天，北京时间）' },
    policy: { type: 'string', maxLength: LIMITS.name, description: '政策包 ID（默认按 profile.region 选择适用的政策包）' },
    set: reformSchema(),
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
