// 第19条 实施长效激励：对全职在衢工作的高层次人才按八个层次给予每人每年的人才津贴。
// One rule per item; a person who matches several items gets the highest only (就高不重复).

import { all, c, eq, max, parseDay, plusYears, tierIn, v, when, type Expr, type RuleDef } from '@rencai/engine';
import { PAYERS } from '../../common/kit.js';
import { cite, fact, param, paramBy } from './kit.js';
import { POLICY_START } from './vars.js';

const ITEMS: Array<{ item: number; tiers: number[]; name: string; text: string }> = [
  { item: 1, tiers: [1], name: '顶尖人才津贴', text: '（1）中国科学院、中国工程院两院院士等顶尖人才每人每年 50 万元' },
  { item: 2, tiers: [2], name: '国家级领军人才津贴', text: '（2）国家“万人计划”中科技创新创业领军人才、“长江学者奖励计划”教授及相应层次人才每人每年 30 万元' },
  { item: 3, tiers: [3], name: '第三层次人才津贴', text: '（3）国家“引才计划”人才、国家有突出贡献的中青年专家、省特级专家及相应层次人才每人每年 10 万元' },
  { item: 4, tiers: [4], name: '第四层次人才津贴', text: '（4）省级“引才计划”人才、国家“杰出青年科学基金”项目完成人、省“钱江学者”特聘教授、省领军型创新创业团队带头人及相应层次人才每人每年 8 万元' },
  { item: 5, tiers: [5], name: '第五层次人才津贴', text: '（5）国务院特殊津贴专家、省有突出贡献的中青年专家、省“万人计划”中科技创新创业领军人才、省杰出教师、省特级校长、省特级教师、省名中医、省重点学科带头人、省文化名家及相应层次人才每人每年 6 万元' },
  { item: 6, tiers: [6], name: '第六层次人才津贴', text: '（6）省“万人计划”中除科技创新创业领军人才之外的人选，市名校长、名师、市名医（专家）、名中医、国家级工艺美术大师及相应层次人才每人每年 4 万元' },
  { item: 7, tiers: [7], name: '第七层次人才津贴', text: '（7）正高级专业技术职称人员、市杰出技能人才、省级工艺美术大师、全日制博士研究生及相应层次人才每人每年 2 万元' },
  { item: 8, tiers: [8, 9], name: '第八层次人才津贴', text: '（8）重点产业领域企业中从事本专业技术岗位的副高级专业技术职称人员、由单位聘用的高级社会工作师，给予每人每年 1 万元人才津贴；在企事业紧缺职业（工种）一线对口岗位工作的高级技师、技师，分别给予每人每年 1 万元、5000 元的人才津贴' },
];

/** The day the allowance year begins: arrival, or the policy's start for an earlier arrival. */
const yearStart = (): Expr =>
  max([fact('person.arrivalDate', { label: '全职来衢日期', unit: 'date' }), c(parseDay(POLICY_START), 'date', { label: '政策施行日' })], { label: '津贴起算日' });

/**
 * The first instalment's day. "每人每年" rewards a year worked in Quzhou: by default (parameter
 * art19.payment_timing = completed) a year's allowance is due once that year is completed, so no
 * instalment is listed for a year still running; "advance" pays at the start of each year.
 */
const firstPayment = (): Expr =>
  when(
    eq(param('art19.payment_timing', { label: '津贴发放时点' }), c('completed')),
    plusYears(yearStart(), c(1, 'years'), { label: '第一个津贴年度满一年之日' }),
    yearStart(),
    { label: '首次发放日' },
  );

const LEAD = '对全职在衢工作的高层次人才给予以下津贴奖励：';

export const art19Rules: RuleDef[] = ITEMS.map(({ item, tiers, name, text }) => ({
  id: `art19.${item}`,
  benefit: `talent_allowance_${item}`,
  name,
  clause: cite(19, item),
  text: `${LEAD}${text}`,
  kind: 'cash',
  beneficiary: 'person',
  payer: PAYERS.shared,
  eligible: all([
    v('fullTime', { unmet: '津贴仅给予全职在衢工作的人才' }),
    tierIn(v('art19Tier'), tiers[0]!, tiers[tiers.length - 1]!, { label: `人才层次为第(${item})项（多项符合时就高）`, unmet: `人才层次不是第(${item})项（就高享受一项）` }),
  ]),
  amount: paramBy('art19.allowance', v('art19Tier'), { label: '津贴标准' }),
  schedule: { kind: 'yearly', start: firstPayment() },
  interpretations: [
    '同一人符合本条多项的，按最高一项享受，不重复享受。',
    '津贴按年度发放：自全职来衢之日（政策施行前来衢的，自 2020-04-22）起每满一年为一个津贴年度，全职在衢期间持续；“每人每年”按已满的年度计发，每个津贴年度满一年之日起发放该年度津贴，未满一年的年度不列为到期（可调参数“人才津贴每个年度的发放时点”）。',
    '“及相应层次人才”由人才办认定（档案中的“人才办认定的津贴层次”），与目录资格同等对待。',
  ],
}));
