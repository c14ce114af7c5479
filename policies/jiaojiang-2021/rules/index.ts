// 椒江区：按学历层次的一次性安家补贴（博士 10 万、全日制硕士 5 万、全日制本科或技师 1 万、全日制专科或
// 高级工 0.6 万，就高一项），博士、全日制硕士的购房补助（最高 40 万、20 万），经联审的人才房票。

import { all, c, gte, min, parseDay, tierIn, v, type RuleDef, type VarDef } from '@rencai/engine';
import type { RuleModule } from '../../load.js';
import { PAYERS } from '../../common/kit.js';
import { bestTier, cite, fact, paramBy } from './kit.js';

const S_SETTLE = '针对不同学历的人才量身定制给予补贴，其中博士研究生、全日制硕士分别可领取 10万元、5万元安家补贴，最高 40万、20万购房补助；全日制本科（技师）、全日制专科毕业生（高级工）一次性分别给予 1万元、0.6万元的安家补贴。';
const S_VOUCHER = '截至目前，已完成首期人才房票发放，共有 29名人才通过房票联审，补贴 852.2万元。';
const START = parseDay('2021-01-01');

// 口径（材料是实践报告，不是有文号的文件，以下均为产品的解释，不是原文条件）。
const I_SCOPE =
  '适用对象：材料称“针对不同学历的人才”“审核兑现 253名高校毕业生安家补贴”，未写全职、到岗时间等条件；本产品按 2021-01-01 起全职来椒江就业（工作地为椒江区）的人才计算，所依据的《椒江区激励高校毕业生就业创业实施意见》等文件未收录。';

const LEVELS: Array<{ level: number; name: string }> = [
  { level: 1, name: '博士研究生安家补贴' },
  { level: 2, name: '全日制硕士安家补贴' },
  { level: 3, name: '全日制本科（技师）安家补贴' },
  { level: 4, name: '全日制专科（高级工）安家补贴' },
];

const vars: Record<string, VarDef> = {
  degreeLevel: {
    label: '学历（技能）层次',
    unit: 'tier',
    expr: bestTier(
      [
        { code: 'phd_fulltime', name: '全日制博士研究生', tier: 1 },
        { code: 'phd_parttime', name: '非全日制博士研究生', tier: 1 },
        { code: 'master_fulltime_dfc', name: '“双一流”高校全日制硕士研究生', tier: 2 },
        { code: 'master_fulltime_other', name: '其他高校全日制硕士研究生', tier: 2 },
        { code: 'bachelor_fulltime_dfc', name: '“双一流”高校全日制本科毕业生', tier: 3 },
        { code: 'bachelor_fulltime', name: '全日制本科毕业生', tier: 3 },
        { code: 'senior_technician', name: '高级技师', tier: 3 },
        { code: 'technician', name: '技师', tier: 3 },
        { code: 'associate_fulltime', name: '全日制专科毕业生', tier: 4 },
        { code: 'advanced_worker', name: '高级工', tier: 4 },
      ],
      { label: '按学历或技能等级确定的层次（就高）' },
    ),
  },
  employed: {
    label: '在椒江全职就业',
    unit: 'bool',
    expr: all([
      fact('person.fullTime', { label: '全职在椒江工作', unmet: '未在椒江全职工作' }),
      gte(fact('person.arrivalDate', { label: '到岗日期', unit: 'date' }), c(START, 'date', { label: '2021-01-01' }), { label: '2021 年起来椒江就业', unmet: '来椒江就业早于 2021 年' }),
    ]),
  },
};

const settleRules: RuleDef[] = LEVELS.map(({ level, name }) => ({
  id: `settle.${level}`,
  benefit: `jj_settle_${level}`,
  name,
  clause: cite('（一）', '第三句'),
  text: S_SETTLE,
  kind: 'cash',
  beneficiary: 'person',
  payer: PAYERS.districtFinance,
  eligible: all([v('employed'), tierIn(v('degreeLevel'), level, level, { label: `学历层次为${name.replace('安家补贴', '')}`, unmet: `学历层次不是${name.replace('安家补贴', '')}（就高享受一项）` })]),
  amount: paramBy('settle', v('degreeLevel'), { label: '安家补贴' }),
  schedule: { kind: 'once', date: fact('person.arrivalDate', { label: '到岗日期', unit: 'date' }) },
  interpretations: [
    '原文“博士研究生”未限全日制：非全日制博士研究生也按 10 万元；硕士须为全日制。',
    '“全日制本科（技师）”“全日制专科毕业生（高级工）”：技师与全日制本科同档 1 万元（高级技师按技师计），高级工与全日制专科同档 0.6 万元。',
    '同一人符合多档的就高享受一项（各档互斥）；“一次性”发放，计在到岗日期。',
    I_SCOPE,
  ],
}));

const purchaseRules: RuleDef[] = [1, 2].map((level) => ({
  id: `purchase.${level}`,
  benefit: 'jj_housing_purchase',
  name: level === 1 ? '博士研究生购房补助' : '全日制硕士购房补助',
  clause: cite('（一）', '第三句'),
  text: S_SETTLE,
  kind: 'cash',
  beneficiary: 'person',
  payer: PAYERS.districtFinance,
  upTo: true,
  eligible: all([
    v('employed'),
    tierIn(v('degreeLevel'), level, level, { label: level === 1 ? '博士研究生' : '全日制硕士', unmet: level === 1 ? '不是博士研究生' : '不是全日制硕士（博士按博士标准）' }),
    fact('person.hasPurchased', { label: '已在椒江购房', unmet: '尚未在椒江购房' }),
  ]),
  amount: min([paramBy('purchase_cap', v('degreeLevel'), { label: '购房补助上限' }), fact('person.purchase.price', { label: '实际房价', unit: 'fen' })], { label: '不超过上限和实际房价' }),
  schedule: { kind: 'once', date: fact('person.purchase.date', { label: '购房日期', unit: 'date' }) },
  interpretations: [
    '原文“最高 40万、20万购房补助”只给上限：计算结果为“最高”额度，具体金额经审核确定。',
    '原文未写“不超过实际房价”：本产品另以实际房价为上限（补助不超过房款本身）。',
    '须已在椒江购房（原文未写购房时间、首套等条件，本产品不加限制）；计在购房日期。博士研究生不限全日制，硕士须为全日制；与安家补贴同时享受。',
    I_SCOPE,
  ],
}));

const voucher: RuleDef = {
  id: 'voucher',
  benefit: 'jj_housing_voucher',
  name: '人才房票（经房票联审确定）',
  clause: cite('（一）', '第四句'),
  text: S_VOUCHER,
  kind: 'in_kind',
  beneficiary: 'person',
  payer: PAYERS.districtFinance,
  eligible: all([v('employed'), tierIn(v('degreeLevel'), 1, 4, { label: '属于高校毕业生或技能人才', unmet: '不属于安家补贴所列学历或技能层次' })]),
  interpretations: [
    '人才房票的对象、条件和金额由房票联审确定，材料未给出标准：本项只提示可申请房票联审，不计算金额，结果以联审为准。',
    '提示对象暂按安家补贴所列学历或技能层次（博士研究生、全日制硕士、全日制本科或技师、全日制专科或高级工）的人才。',
    I_SCOPE,
  ],
};

export function build(): RuleModule {
  return { vars, rules: [...settleRules, ...purchaseRules, voucher] };
}
