// The parameters officials may set (官方数值), and the check of one proposed value. Only figures
// that the policy text takes from elsewhere, or leaves to an interpretation, are on the list: the
// half-year new-home prices the housing department publishes, the provincial minimum wage and the
// class each county is in, and the 满一年 judgement point. Amounts written in the policy itself
// change only with a new policy document (a new package), never through a form.

import { closest, fenToYuanString, formatDay, isHalfYearStart, MoneyFormatError, parseDay, yuanToFen, type Day, type FieldError, type PolicyPackage, type Reference } from '@rencai/engine';
import { QUZHOU_REGION_CODES, regionName } from './common/regions.js';

export interface OfficialParameter {
  policy: string;
  path: string;
  /** What the page shows (the parameter's own description when it names this one well enough). */
  label: string;
  /** What the figure is and where it comes from, and why officials enter it. */
  why: string;
  /** 'half_year': one value per half-year, from 1 January or 1 July; 'from_date': in force from a date. */
  kind: 'half_year' | 'from_date';
  /** Bounds of a money value, in fen. */
  min?: number;
  max?: number;
  /** The allowed values of a text parameter. */
  choices?: Array<{ value: string; label: string }>;
  /** The last date a value may start (the parameter ceased after it). */
  lastFrom?: Day;
  /** A further check against the package (e.g. a county's class must exist on the date). */
  check?: (value: string | number, from: Day, pkg: PolicyPackage) => string | undefined;
}

const QUZHOU = 'quzhou-2020';
const WAGE_CLASSES = [
  { value: 'class1', label: '第一档' },
  { value: 'class2', label: '第二档' },
  { value: 'class3', label: '第三档' },
  { value: 'class4', label: '第四档' },
];
const WAGE_WHY = '第20条租房补助按“当地当年度政府所公布的最低月工资标准”计算：标准由浙江省人民政府调整公布，不在政策原文中。';

export const OFFICIAL_PARAMETERS: OfficialParameter[] = [
  {
    policy: QUZHOU,
    path: 'housing_price.urban_new_home_avg',
    label: '衢州市区新建商品住宅半年度均价',
    why: '第20条购房补助按“购房时间所在半年度市房管部门统计的市区新建商品住宅均价”计算：均价由市房管部门每半年统计公布，不在政策原文中。',
    kind: 'half_year',
    min: 100_000,
    max: 10_000_000,
  },
  ...WAGE_CLASSES.map(
    (c): OfficialParameter => ({
      policy: QUZHOU,
      path: `minimum_wage.monthly.${c.value}`,
      label: `浙江省月最低工资标准（${c.label}）`,
      why: WAGE_WHY,
      kind: 'from_date',
      min: 50_000,
      max: 1_000_000,
      ...(c.value === 'class4' ? { lastFrom: parseDay('2021-07-31') } : {}),
    }),
  ),
  ...QUZHOU_REGION_CODES.map(
    (r): OfficialParameter => ({
      policy: QUZHOU,
      path: `minimum_wage.area_class.${r}`,
      label: `${regionName(r)}适用的最低工资档次`,
      why: '各县（市、区）适用月最低工资标准的哪一档，由省人力社保部门公布。',
      kind: 'from_date',
      choices: WAGE_CLASSES,
      check: (value, from, pkg) =>
        pkg.params.has(`minimum_wage.monthly.${String(value)}`) && pkg.params.lookup(`minimum_wage.monthly.${String(value)}`, from) === undefined
          ? `${formatDay(from)} 起没有${WAGE_CLASSES.find((c) => c.value === value)?.label ?? '该档'}的月最低工资标准，请选择其他档次`
          : undefined,
    }),
  ),
  {
    policy: QUZHOU,
    path: 'art20.purchase.service_reference',
    label: '购房补助“满一年”的判断时点',
    why: '第20条“且满一年的人才，五年内首次购房”未写明何时须满一年：由政策解释机关确定口径后录入。',
    kind: 'from_date',
    choices: [
      { value: 'as_of', label: '按申请（计算）日判断' },
      { value: 'purchase', label: '按购房日判断（购房时须已满一年）' },
    ],
  },
];

export const officialParameter = (path: string): OfficialParameter | undefined => OFFICIAL_PARAMETERS.find((d) => d.path === path);

/** What an official proposes, as received (money in yuan). */
export interface OfficialValueInput {
  policy?: unknown;
  path?: unknown;
  from?: unknown;
  value?: unknown;
  source?: unknown;
}

export interface CheckedOfficialValue {
  policy: string;
  path: string;
  from: Day;
  /** In the parameter's engine unit (fen for money). */
  value: string | number;
  reference: Reference;
}

const text = (x: unknown): string | undefined => (typeof x === 'string' && x.trim() ? x.trim() : undefined);

/**
 * Checks a proposed value against the declared list and the package: every problem at once, each
 * in Chinese naming its field; the input itself is never repeated back.
 */
export function checkOfficialValue(input: OfficialValueInput, packages: PolicyPackage[], today: Day): { ok: true; value: CheckedOfficialValue } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const o = (typeof input === 'object' && input !== null ? input : {}) as OfficialValueInput;
  const decl = typeof o.path === 'string' ? officialParameter(o.path.trim()) : undefined;
  if (!decl) {
    const near = typeof o.path === 'string' && o.path.length <= 100 ? closest(o.path.trim(), OFFICIAL_PARAMETERS.map((d) => d.path), 3) : [];
    errors.push({ path: 'path', message: `${o.path === undefined || o.path === '' ? '请选择参数' : '不是可由经办人员录入官方数值的参数'}${near.length ? `（是否指：${near.join('、')}？）` : ''}；可录入的参数见 GET /api/v1/official-values` });
  }
  if (o.policy !== undefined && decl && o.policy !== decl.policy) errors.push({ path: 'policy', message: `该参数属于政策包 ${decl.policy}` });
  const pkg = decl ? packages.find((p) => p.meta.id === decl.policy) : undefined;
  const def = decl && pkg ? pkg.params.def(decl.path) : undefined;
  if (decl && !def) errors.push({ path: 'path', message: '该参数不在当前政策包中' });

  let from: Day | undefined;
  try {
    from = parseDay(o.from);
  } catch {
    errors.push({ path: 'from', message: '起始日期应为 YYYY-MM-DD 格式的有效日期' });
  }
  if (from !== undefined && decl && def) {
    const earliest = Math.min(...def.values.map((v) => v.from));
    if (decl.kind === 'half_year' && !isHalfYearStart(from)) errors.push({ path: 'from', message: '该参数按半年度公布：起始日期应为 1 月 1 日（上半年）或 7 月 1 日（下半年）' });
    else if (from < earliest) errors.push({ path: 'from', message: `起始日期不能早于 ${formatDay(earliest)}（该参数最早的取值日期）` });
    else if (decl.kind === 'half_year' && from > today) errors.push({ path: 'from', message: '该半年度尚未开始，还没有统计均价' });
    else if (from > today + 366) errors.push({ path: 'from', message: '起始日期不能晚于一年以后' });
    else if (decl.lastFrom !== undefined && from > decl.lastFrom) errors.push({ path: 'from', message: `该档次已于 ${formatDay(decl.lastFrom + 1)} 起取消，起始日期不能晚于 ${formatDay(decl.lastFrom)}` });
  }

  let value: string | number | undefined;
  if (decl && def) {
    if (decl.choices) {
      const hit = decl.choices.find((c) => c.value === o.value || c.label === o.value);
      if (!hit) errors.push({ path: 'value', message: `取值应为 ${decl.choices.map((c) => `${c.value}（${c.label}）`).join('、')} 之一` });
      else value = hit.value;
    } else if (def.unit === 'fen' || def.unit === 'fen_per_m2') {
      const unit = def.unit === 'fen_per_m2' ? '元/平方米' : '元';
      try {
        if (typeof o.value !== 'number' && typeof o.value !== 'string') throw new MoneyFormatError('');
        const fen = yuanToFen(o.value);
        if (decl.min !== undefined && fen < decl.min) throw new RangeError();
        if (decl.max !== undefined && fen > decl.max) throw new RangeError();
        value = fen;
      } catch (e) {
        const range = `${fenToYuanString(decl.min ?? 0).replace(/\.00$/, '')}–${fenToYuanString(decl.max ?? 0).replace(/\.00$/, '')} ${unit}`;
        errors.push({ path: 'value', message: e instanceof RangeError ? `数值应在 ${range} 之间` : `数值应为金额（${unit}，最多两位小数），范围 ${range}` });
      }
    } else errors.push({ path: 'value', message: '该参数的单位不支持录入' });
    if (value !== undefined && from !== undefined && pkg && decl.check) {
      const problem = decl.check(value, from, pkg);
      if (problem) errors.push({ path: 'value', message: problem });
    }
  }

  const src = (typeof o.source === 'object' && o.source !== null && !Array.isArray(o.source) ? o.source : {}) as Record<string, unknown>;
  const doc = text(src.doc);
  const quote = text(src.text);
  const article = text(src.article);
  const url = text(src.url);
  if (o.source === undefined || o.source === null) errors.push({ path: 'source', message: '请填写出处：文件名称或文号、条款或网址、原文' });
  else {
    if (!doc || doc.length > 100) errors.push({ path: 'source.doc', message: '请填写出处文件的名称或文号（100 字以内）' });
    if (!quote || quote.length > 500) errors.push({ path: 'source.text', message: '请摘录出处中公布该数值的原文（500 字以内）' });
    if (!article && !url) errors.push({ path: 'source.article', message: '请填写条款（条、项）或公布该数值的网址' });
    if (article && article.length > 50) errors.push({ path: 'source.article', message: '条款应在 50 字以内' });
    if (url && (url.length > 500 || !/^https?:\/\/[^\s]+$/i.test(url))) errors.push({ path: 'source.url', message: '网址应以 http:// 或 https:// 开头（500 字以内）' });
  }
  if (errors.length || !decl || from === undefined || value === undefined || !doc || !quote) return { ok: false, errors };
  const reference: Reference = { doc, ...(article ? { article } : {}), text: quote, ...(url ? { source: url } : {}) };
  return { ok: true, value: { policy: decl.policy, path: decl.path, from, value, reference } };
}
