// 第18条 加强培养选拔：新115人才工程津贴、省151配套、拔尖人才奖励（市财政）、省特级专家等
// 一次性奖励、文化类奖项、1:1配套奖励、社会工作者资格奖励、“星级”主播奖励。

import { all, c, gte, isIn, parseDay, percentOf, tierIn, v, when, type Expr, type Payer, type RuleDef, type VarDef } from '@rencai/engine';
import { PAYERS } from '../../common/kit.js';
import type { QualCode } from '../../common/generated.js';
import type { ParamPath } from '../generated.js';
import { bestTier, cite, fact, has, obtained, param, paramBy } from './kit.js';
import { hasAny, POLICY_START } from './vars.js';

const S_115 = '深化市“新 115 人才工程”，对入选第一、二、三层次的，三年培养期内分别给予每人总计 5 万元、2.5 万元、1 万元人才津贴，入选省“151 人才”的，按相应层次给予一次性配套奖励。';
const S_TOP = '对入选衢州市拔尖人才、青年拔尖人才的，市财政分别给予一次性 5 万元、2 万元奖励。';
const S_DIST = '对获得省特级专家、省钱江学者特聘教授、国家“杰出青年科学基金”获得者或相同层次其他奖项的，一次性奖励 100 万元。';
const S_CULTURE = '对获得国家级、省级文化类权威奖项以及进入中国文联常设奖展的，最高奖励 10 万元。';
const S_MATCH = '对获得全国文化名家暨宣传文化系统“四个一批”人才、青年英才和世界级、国家级、省级技能奖项的，给予 1:1 配套奖励。';
const S_SOCIAL = '对取得社会工作者、助理社会工作者资格的，分别给予每人一次性 5000 元、2000 元奖励。';
const S_STREAM = '对落户衢州的直播运营主体，每培养一名社会知名度高、产业带动性强、营销业绩突出的“星级”主播，给予一次性 10 万元奖励，按地方综合贡献给予知名主播最高 100% 的奖励，经认定还可享受相应层次人才待遇。';

const START = () => c(parseDay(POLICY_START), 'date', { label: '政策施行日' });
const afterStart = (d: Expr, what: string): Expr => gte(d, START(), { label: `${what}在政策施行之后`, unmet: `${what}早于政策施行日（2020-04-22）` });

/** The date the first held qualification of `codes` was obtained (in the order given). */
function obtainedOf(codes: QualCode[]): Expr {
  const [head, ...rest] = codes;
  if (!rest.length) return obtained(head!, { label: '取得日期' });
  return when(has(head!), obtained(head!, { label: '取得日期' }), obtainedOf(rest));
}

const layered = (codes: [QualCode, QualCode, QualCode], label: string): Expr =>
  bestTier(
    codes.map((code, i) => ({ code, tier: i + 1 })),
    { label },
  );

export const art18Vars: Record<string, VarDef> = {
  new115Layer: { label: '新115人才工程层次', unit: 'tier', expr: layered(['new115_l1', 'new115_l2', 'new115_l3'], '新115人才工程层次（就高）') },
  zj151Layer: { label: '省151人才工程层次', unit: 'tier', expr: layered(['zj151_l1', 'zj151_l2', 'zj151_l3'], '省151人才工程层次（就高）') },
};

const oneTime = (date: Expr) => ({ kind: 'once' as const, date });

/** A one-time award for obtaining a qualification after the policy took effect. */
function qualificationAward(id: string, code: QualCode, name: string, amount: ParamPath, sentence: string, text: string, verb: string, payer: Payer): RuleDef {
  const when = obtained(code, { label: `${verb}日期` });
  return {
    id,
    benefit: code,
    name,
    clause: cite(18, sentence),
    text,
    kind: 'cash',
    beneficiary: 'person',
    payer,
    eligible: all([has(code, { unmet: `未${verb}${name.replace('奖励', '')}` }), afterStart(when, verb)]),
    amount: param(amount, { label: '一次性奖励' }),
    schedule: oneTime(when),
  };
}

export const art18Rules: RuleDef[] = [
  {
    id: 'art18.new115',
    benefit: 'new115_allowance',
    name: '市“新115人才工程”人才津贴',
    clause: cite(18, '第二句'),
    text: S_115,
    kind: 'cash',
    beneficiary: 'person',
    payer: PAYERS.shared,
    eligible: all([
      tierIn(v('new115Layer'), 1, 3, { label: '入选新115人才工程第一、二、三层次', unmet: '未入选新115人才工程' }),
      afterStart(obtainedOf(['new115_l1', 'new115_l2', 'new115_l3']), '入选'),
    ]),
    amount: paramBy('art18.new115', v('new115Layer'), { label: '三年培养期内津贴总计' }),
    schedule: { kind: 'period', start: obtainedOf(['new115_l1', 'new115_l2', 'new115_l3']), years: param('art18.training_years') },
    interpretations: ['三年培养期自入选之日起算，津贴为培养期内总计金额；同时入选多个层次的就高。'],
  },
  {
    id: 'art18.zj151',
    benefit: 'zj151_matching',
    name: '省“151人才工程”一次性配套奖励',
    clause: cite(18, '第二句'),
    text: S_115,
    kind: 'cash',
    beneficiary: 'person',
    payer: PAYERS.shared,
    eligible: all([
      tierIn(v('zj151Layer'), 1, 3, { label: '入选省151人才工程', unmet: '未入选省151人才工程' }),
      afterStart(obtainedOf(['zj151_l1', 'zj151_l2', 'zj151_l3']), '入选'),
    ]),
    amount: paramBy('art18.zj151', v('zj151Layer'), { label: '配套奖励' }),
    schedule: oneTime(obtainedOf(['zj151_l1', 'zj151_l2', 'zj151_l3'])),
    interpretations: ['“按相应层次给予一次性配套奖励”未写明金额：按新115同层次标准（5 万元、2.5 万元、1 万元），可由参数调整。'],
  },
  qualificationAward('art18.top_talent', 'city_top_talent', '衢州市拔尖人才奖励', 'art18.top_talent', '第三句', S_TOP, '入选', PAYERS.cityFinance),
  qualificationAward('art18.young_top_talent', 'city_young_top_talent', '衢州市青年拔尖人才奖励', 'art18.young_top_talent', '第三句', S_TOP, '入选', PAYERS.cityFinance),
  {
    id: 'art18.distinguished',
    benefit: 'distinguished_award',
    name: '省特级专家、钱江学者特聘教授、国家杰青等一次性奖励',
    clause: cite(18, '第四句'),
    text: S_DIST,
    kind: 'cash',
    beneficiary: 'person',
    payer: PAYERS.shared,
    eligible: all([
      hasAny(['provincial_special_expert', 'qianjiang_scholar', 'nsfc_young_awardee'], '获得省特级专家、省钱江学者特聘教授或国家杰青', '未获得省特级专家、省钱江学者特聘教授或国家“杰出青年科学基金”'),
      afterStart(obtainedOf(['provincial_special_expert', 'qianjiang_scholar', 'nsfc_young_awardee']), '获得'),
    ]),
    amount: param('art18.distinguished_award', { label: '一次性奖励' }),
    schedule: oneTime(obtainedOf(['provincial_special_expert', 'qianjiang_scholar', 'nsfc_young_awardee'])),
    interpretations: ['奖励给予政策施行后获得该称号的人才；同时获得多项的，一次性奖励一次。“相同层次其他奖项”由人才办认定后录入。'],
  },
  {
    id: 'art18.culture_award',
    benefit: 'culture_award',
    name: '文化类权威奖项奖励',
    clause: cite(18, '第五句'),
    text: S_CULTURE,
    kind: 'cash',
    beneficiary: 'person',
    payer: PAYERS.shared,
    upTo: true,
    eligible: all([
      isIn(fact('person.cultureAward.level', { label: '奖项层级' }), ['national', 'provincial', 'cflac'], { label: '获得国家级、省级文化类权威奖项或进入中国文联常设奖展' }),
      afterStart(fact('person.cultureAward.date', { label: '获奖日期', unit: 'date' }), '获奖'),
    ]),
    amount: param('art18.culture_award_cap', { label: '最高奖励' }),
    schedule: oneTime(fact('person.cultureAward.date', { label: '获奖日期', unit: 'date' })),
    interpretations: ['“最高奖励 10 万元”：计算结果为上限，具体金额经评定。'],
  },
  {
    id: 'art18.matching_award',
    benefit: 'culture_skill_matching',
    name: '文化名家、青年英才、技能奖项1:1配套奖励',
    clause: cite(18, '第六句'),
    text: S_MATCH,
    kind: 'cash',
    beneficiary: 'person',
    forEach: 'person.matchingAwards',
    payer: PAYERS.shared,
    eligible: all([
      isIn(fact('person.matchingAwards[].category', { label: '类别' }), ['four_batches', 'young_talent', 'skill_world', 'skill_national', 'skill_provincial'], { label: '属于配套奖励范围' }),
      afterStart(fact('person.matchingAwards[].date', { label: '获奖日期', unit: 'date' }), '获奖'),
    ]),
    amount: percentOf(fact('person.matchingAwards[].award', { label: '上级奖励金额', unit: 'fen' }), param('art18.matching_percent', { label: '配套比例' }), { label: '1:1配套' }),
    schedule: oneTime(fact('person.matchingAwards[].date', { label: '获奖日期', unit: 'date' })),
  },
  qualificationAward('art18.social_worker', 'social_worker', '社会工作者资格奖励', 'art18.social_worker', '第七句', S_SOCIAL, '取得', PAYERS.shared),
  qualificationAward('art18.assistant_social_worker', 'assistant_social_worker', '助理社会工作者资格奖励', 'art18.assistant_social_worker', '第七句', S_SOCIAL, '取得', PAYERS.shared),
  {
    id: 'art18.star_streamer',
    benefit: 'star_streamer',
    name: '“星级”主播培养奖励',
    clause: cite(18, '第八句'),
    text: S_STREAM,
    kind: 'cash',
    beneficiary: 'employer',
    forEach: 'enterprise.streamers',
    payer: PAYERS.shared,
    eligible: all([
      fact('enterprise.streamers[].starred', { label: '经认定为“星级”主播', unmet: '未认定为“星级”主播' }),
      afterStart(fact('enterprise.streamers[].recognizedDate', { label: '认定日期', unit: 'date' }), '认定'),
    ]),
    amount: param('art18.star_streamer', { label: '一次性奖励' }),
    schedule: oneTime(fact('enterprise.streamers[].recognizedDate', { label: '认定日期', unit: 'date' })),
    interpretations: ['奖励给予落户衢州的直播运营主体（按工作/注册地区判断是否在衢州）。'],
  },
  {
    id: 'art18.famous_streamer',
    benefit: 'famous_streamer_contribution',
    name: '知名主播地方综合贡献奖励',
    clause: cite(18, '第八句'),
    text: S_STREAM,
    kind: 'cash',
    beneficiary: 'employer',
    forEach: 'enterprise.streamers',
    payer: PAYERS.shared,
    upTo: true,
    eligible: fact('enterprise.streamers[].famous', { label: '知名主播', unmet: '不是知名主播' }),
    amount: percentOf(fact('enterprise.streamers[].localContribution', { label: '地方综合贡献', unit: 'fen' }), param('art18.famous_streamer_percent', { label: '最高比例' }), { label: '最高奖励' }),
    schedule: oneTime(fact('enterprise.streamers[].recognizedDate', { label: '认定日期', unit: 'date' })),
    interpretations: ['“最高 100%”：计算结果为上限，具体比例经评定。'],
  },
];
