// 第20条 强化住房保障：顶尖人才、国家级领军人才的住房保障；按层次面积 × 购房所在半年度市区
// 新建商品住宅均价的购房补助（教师、医生岗位博士硕士 120%，不超过实际房价，十年内上市交易须退回）；
// 硕士研究生等的租房补助（最低月工资标准年度总额的 60%，三年内每年）。

import { all, any, asOf, c, eq, gte, instalment, isIn, known, tierIn, lte, max, min, mul, not, parseDay, percentOf, plusYears, v, when, type Expr, type RuleDef, type VarDef } from '@rencai/engine';
import { PAYERS } from '../../common/kit.js';
import { cite, fact, has, param, paramBy } from './kit.js';
import { POLICY_START } from './vars.js';

const SENTENCE_PURCHASE =
  '对全职引进来衢与用人单位签订三年以上服务协议或自主创业，且满一年的人才，五年内首次购房，按购房时间所在半年度市房管部门统计的市区新建商品住宅均价，给予一定面积的购房补助';
const SENTENCE_CAP = '上述购房补助总额不超过实际房价，所购房十年内上市交易的，须等额退回申领的购房补助。';

const purchaseDate = () => fact('person.purchase.date', { label: '购房日期', unit: 'date' });
const arrival = () => fact('person.arrivalDate', { label: '全职来衢日期', unit: 'date' });
const avgPrice = () => param('housing_price.urban_new_home_avg', { at: purchaseDate(), label: '购房所在半年度市区新建商品住宅均价' });

export const art20Vars: Record<string, VarDef> = {
  purchaseConditions: {
    label: '购房补助的条件',
    unit: 'bool',
    expr: all([
      v('fullTime', { unmet: '购房补助仅给予全职引进来衢的人才' }),
      // The subsidy is for a house bought: a talent who says they have bought none is not entitled
      // now (and may apply after buying), so nothing about a purchase is asked of them.
      v('purchased', { unmet: '暂未购房（购房后可申请购房补助）' }),
      any(
        [
          gte(fact('person.serviceAgreementYears', { label: '服务协议年限', unit: 'years' }), param('art20.purchase.min_agreement_years', { label: '三年' }), { label: '签订三年以上服务协议' }),
          fact('person.selfEmployed', { label: '自主创业' }),
        ],
        { label: '签订三年以上服务协议或自主创业', unmet: '未签订三年以上服务协议，也不是自主创业' },
      ),
      when(
        eq(param('art20.purchase.service_reference'), c('purchase')),
        gte(purchaseDate(), plusYears(arrival(), param('art20.purchase.min_service_years'), { label: '全职来衢满一年之日' }), { label: '购房时已全职来衢满一年', unmet: '购房时全职来衢未满一年' }),
        gte(asOf({ label: '申请（计算）日' }), plusYears(arrival(), param('art20.purchase.min_service_years'), { label: '全职来衢满一年之日' }), { label: '全职来衢满一年', unmet: '全职来衢未满一年' }),
        { label: '全职来衢满一年' },
      ),
      fact('person.purchase.isFirst', { label: '首次购房', unmet: '不是首次购房' }),
      gte(purchaseDate(), arrival(), { label: '购房在全职来衢之后', unmet: '购房时间早于全职来衢时间' }),
      lte(purchaseDate(), plusYears(arrival(), param('art20.purchase.window_years'), { label: '全职来衢满五年之日' }), {
        label: '五年内购房',
        unmet: '购房时间距全职来衢已超过5年',
      }),
      gte(purchaseDate(), c(parseDay(POLICY_START), 'date', { label: '政策施行日' }), { label: '购房在政策施行之后', unmet: '购房时间早于政策施行日（2020-04-22）' }),
    ]),
  },
  item5Applies: {
    label: '适用第(5)项（教师、医生岗位120%）',
    unit: 'bool',
    expr: all(
      [
        v('teacherOrDoctor', { unmet: '未引进到教师、医生岗位' }),
        lte(v('degreeLevel'), c(5, 'tier'), { label: '全日制博士、硕士研究生', unmet: '不是全日制博士、硕士研究生' }),
        not(tierIn(v('art20Level'), 0, 0), { label: '不属于住房保障对象' }),
        gte(
          percentOf(paramBy('art20.purchase.area', v('degreeLevel'), { label: '相同层次补助面积' }), param('art20.purchase.teacher_doctor_percent')),
          paramBy('art20.purchase.area', v('art20Level'), { label: '按其他层次的补助面积' }),
          { label: '120%标准不低于按其他层次的标准', unmet: '按其他层次的补助标准更高，按该层次享受' },
        ),
      ],
      { label: '适用第(5)项（教师、医生岗位120%）', unmet: '不适用第(5)项' },
    ),
  },
  purchaseEntitled: {
    label: '符合购房补助条件',
    unit: 'bool',
    expr: all([
      v('purchaseConditions'),
      any([tierIn(v('art20Level'), 1, 5), v('item5Applies')], {
        label: '属于第20条第(1)—(5)项所列人才',
        unmet: '不属于第20条购房补助所列层次（第(1)—(5)项）',
      }),
    ]),
  },
  rentTarget: {
    label: '属于租房补助对象',
    unit: 'bool',
    expr: any(
      [
        has('master_fulltime_dfc'),
        has('master_fulltime_other'),
        all([has('bachelor_fulltime_dfc'), fact('person.urgentMajor', { label: '急需紧缺专业' })], { label: '急需紧缺专业“双一流”高校本科毕业生' }),
        all(
          [
            fact('person.freshGraduate', { label: '应届毕业生' }),
            isIn(fact('person.graduateOf', { label: '毕业院校' }), ['quzhou_university', 'quzhou_vocational', 'city_custom_class'], { label: '衢州学院、衢州职业技术学院或市本级企业“定制班”' }),
          ],
          { label: '衢州学院、衢州职业技术学院及市本级企业“定制班”应届毕业生' },
        ),
      ],
      { label: '属于租房补助对象', unmet: '不是全日制硕士研究生、急需紧缺专业“双一流”本科或本地院校（定制班）应届毕业生' },
    ),
  },
  purchaseSubsidy: {
    label: '购房补助金额',
    unit: 'fen',
    expr: min(
      [
        max(
          [
            mul(paramBy('art20.purchase.area', v('art20Level'), { label: '补助面积' }), avgPrice(), { label: '按层次面积计算' }),
            when(
              all([v('teacherOrDoctor'), lte(v('degreeLevel'), c(5, 'tier'))], { label: '教师、医生岗位的全日制博士、硕士研究生' }),
              percentOf(mul(paramBy('art20.purchase.area', v('degreeLevel'), { label: '相同层次补助面积' }), avgPrice()), param('art20.purchase.teacher_doctor_percent', { label: '教师医生岗位比例' }), {
                label: '按相同层次标准的120%',
              }),
              c(0, 'fen', { label: '不适用120%' }),
            ),
          ],
          { label: '补助标准' },
        ),
        fact('person.purchase.price', { label: '实际房价', unit: 'fen' }),
      ],
      { label: '不超过实际房价' },
    ),
  },
};

const purchaseSold = (): Expr =>
  when(
    known(fact('person.purchase.sold')),
    fact('person.purchase.sold', { label: '已上市交易', unmet: '所购住房未上市交易' }),
    gte(fact('person.purchase.soldDate', { label: '上市交易日期', unit: 'date' }), purchaseDate()),
    { label: '所购住房已上市交易' },
  );

const ITEM_TEXT: Record<number, string> = {
  1: '（1）省级“引才计划”人才，国家“杰出青年科学基金”项目完成人，省“钱江学者”特聘教授，省领军型创新创业团队带头人及相应层次人才，按 120 平方米给予补助；',
  2: '（2）国务院特殊津贴专家、省有突出贡献的中青年专家、省杰出教师、省特级校长、省特级教师、省名中医、省重点学科带头人及相应层次人才，按 100 平方米给予补助；',
  3: '（3）正高级专业技术职称人员、全日制博士研究生及相应层次人才，按 60 平方米给予补助；',
  4: '（4）副高级专业技术职称人员、“双一流”高校全日制硕士研究生及相应层次人才，按 30 平方米给予补助，其他高校全日制硕士研究生或急需紧缺专业的“双一流”高校本科毕业生按 15 平方米给予补助；',
};

const INTERPRETATIONS = [
  '补助金额 = 层次面积 × 购房日期所在半年度（1—6 月为上半年，7—12 月为下半年）的市区新建商品住宅均价，且不超过实际房价；该半年度均价未公布时为“待确定”。',
  '“满一年”默认按申请（计算）日判断（可调参数“‘满一年’的判断时点”）；“五年内”自全职来衢之日起算，含满五年当日。',
  '同一人符合多项的就高享受一项；教师、医生岗位的全日制博士、硕士研究生取“相同层次标准的120%”与其他层次标准中的较高者。',
  '“三年以上服务协议”含三年。',
];
const INTERPRETATIONS_5 = () => [...INTERPRETATIONS, '卫健系统引进急需紧缺专业的本科生按其他高校全日制硕士研究生标准（15 平方米）执行，归入第(4)项。'];

export const art20Rules: RuleDef[] = [
  {
    id: 'art20.apartment',
    benefit: 'talent_apartment',
    name: '人才公寓（未来社区人才公寓、小户型房源）',
    clause: cite(20, '第一句'),
    text: '推进未来社区人才公寓建设，加强住房房源调剂，增加小户型房源供给，为青年人才解决住房问题。',
    kind: 'in_kind',
    beneficiary: 'person',
    payer: PAYERS.shared,
    eligible: all([
      v('fullTime'),
      not(v('purchased'), { label: '暂未购房', unmet: '已购房' }),
      any([tierIn(v('art20Level'), 0, 5), v('rentTarget')], { label: '属于第20条所列人才或租房补助对象', unmet: '不属于第20条所列人才或租房补助对象' }),
    ]),
    interpretations: ['原文未设定人才公寓的具体对象和标准：本产品向全职在衢、暂未购房、属于第20条所列层次或租房补助对象的人才提示可申请人才公寓（“青年”年龄界限未定义）。'],
  },
  {
    id: 'art20.security',
    benefit: 'housing_security',
    name: '顶尖人才、国家级领军人才住房保障',
    clause: cite(20, '第二句'),
    text: '对顶尖人才、国家级领军人才全职来衢工作的，给予住房保障',
    kind: 'in_kind',
    beneficiary: 'person',
    payer: PAYERS.shared,
    eligible: all([v('fullTime'), tierIn(v('art20Level'), 0, 0, { label: '顶尖人才、国家级领军人才', unmet: '不属于顶尖人才、国家级领军人才' })]),
    interpretations: ['顶尖人才、国家级领军人才指第19条第(1)(2)项人才及国家“引才计划”人才（见资格层次目录）；其住房保障为实物或专项安排，不计算购房补助金额。'],
  },
  ...[1, 2, 3, 4].map(
    (item): RuleDef => ({
      id: `art20.${item}`,
      benefit: 'housing_purchase_subsidy',
      name: `购房补助（第(${item})项）`,
      clause: cite(20, item),
      text: `${SENTENCE_PURCHASE}：${ITEM_TEXT[item]}${SENTENCE_CAP}`,
      kind: 'cash',
      beneficiary: 'person',
      payer: PAYERS.shared,
      eligible: all([
        v('purchaseEntitled'),
        not(v('item5Applies'), { label: '不适用第(5)项', unmet: '适用第(5)项（教师、医生岗位120%）' }),
        tierIn(v('art20Level'), item, item === 4 ? 5 : item, { label: `属于第(${item})项人才（多项符合时就高）`, unmet: `不属于第(${item})项人才` }),
      ]),
      amount: v('purchaseSubsidy'),
      schedule: { kind: 'once', date: purchaseDate() },
      interpretations: INTERPRETATIONS,
    }),
  ),
  {
    id: 'art20.5',
    benefit: 'housing_purchase_subsidy',
    name: '购房补助（第(5)项，教师医生岗位120%）',
    clause: cite(20, 5),
    text: `${SENTENCE_PURCHASE}：（5）引进到教师、医生岗位的全日制博士研究生、硕士研究生，按相同层次人才补助标准的 120% 执行；卫健系统引进急需紧缺专业的本科生可参照第（4）项所列的“其他高校全日制硕士研究生”补助标准执行。${SENTENCE_CAP}`,
    kind: 'cash',
    beneficiary: 'person',
    payer: PAYERS.shared,
    eligible: all([v('purchaseEntitled'), v('item5Applies')]),
    amount: v('purchaseSubsidy'),
    schedule: { kind: 'once', date: purchaseDate() },
    interpretations: INTERPRETATIONS_5(),
  },
  {
    id: 'art20.refund',
    benefit: 'housing_subsidy_refund',
    name: '购房补助退回（十年内上市交易）',
    clause: cite(20, '第四句'),
    text: SENTENCE_CAP,
    kind: 'obligation',
    beneficiary: 'person',
    payer: PAYERS.shared,
    eligible: all([
      v('purchaseEntitled'),
      purchaseSold(),
      lte(fact('person.purchase.soldDate', { label: '上市交易日期', unit: 'date' }), plusYears(purchaseDate(), param('art20.purchase.refund_years'), { label: '购房满十年之日' }), {
        label: '购房后十年内上市交易',
        unmet: '上市交易时购房已满十年，无须退回',
      }),
    ]),
    amount: v('purchaseSubsidy'),
    schedule: { kind: 'once', date: fact('person.purchase.soldDate', { unit: 'date' }) },
    interpretations: ['须等额退回已申领的购房补助；以上市交易日计算是否在购房后十年内（含满十年当日）。'],
  },
  {
    id: 'art20.rent',
    benefit: 'rent_subsidy',
    name: '租房补助',
    clause: cite(20, '第三句'),
    text: '对暂未购房且未租住人才公寓的全日制硕士研究生、急需紧缺专业“双一流”高校本科毕业生、衢州学院和衢州职业技术学院及市本级企业“定制班”的应届毕业生在衢就业的，三年内每年按当地当年度政府所公布的最低月工资标准年度总额的 60% 给予租房补助，事业单位的由所在单位负责补助。',
    kind: 'cash',
    beneficiary: 'person',
    payer: { when: eq(fact('person.employerType'), c('public_institution')), then: PAYERS.employerUnit, otherwise: PAYERS.shared },
    eligible: all([
      fact('person.fullTime', { label: '在衢就业', unmet: '未在衢就业' }),
      not(v('purchased'), { label: '暂未购房', unmet: '已购房的不享受租房补助' }),
      not(fact('person.talentApartment', { label: '租住人才公寓' }), { label: '未租住人才公寓', unmet: '已租住人才公寓的不享受租房补助' }),
      v('rentTarget'),
    ]),
    amount: when(
      gte(instalment({ label: '补助年度起始日' }), c(parseDay(POLICY_START), 'date', { label: '政策施行日' }), { label: '补助年度始于政策施行之后' }),
      percentOf(
        mul(
          paramBy('minimum_wage.monthly', paramBy('minimum_wage.area_class', fact('region', { label: '工作地区' }), { label: '最低工资档次' }), { label: '当地当年度月最低工资标准' }),
          param('art20.rent.months', { label: '月数' }),
          { label: '最低月工资标准年度总额', unit: 'fen' },
        ),
        param('art20.rent.percent', { label: '租房补助比例' }),
        { label: '租房补助' },
      ),
      c(0, 'fen', { label: '补助年度始于政策施行之前，不予补助' }),
    ),
    schedule: { kind: 'yearly', start: arrival(), years: param('art20.rent.years') },
    interpretations: [
      '“三年内每年”：自在衢就业（到岗）之日起每满一年为一个补助年度，共 3 个年度；始于政策施行日之前的补助年度不予补助。',
      '“当地当年度”最低月工资标准：按补助年度起始日当地适用档次的月标准 × 12 计算。',
      '“暂未购房”“未租住人才公寓”按计算日的情况判断。',
    ],
  },
];

