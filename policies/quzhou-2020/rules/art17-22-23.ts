// Non-cash provisions: 第17条 重大投资项目高管和研发骨干享受省市级领军人才待遇；第22条 县（市、区）
// 推荐的优秀人才享受市本级相应层次待遇；第23条 高层次人才服务“电子一卡通”。

import { all, tierIn, v, type RuleDef } from '@rencai/engine';
import { PAYERS } from '../../common/kit.js';
import { cite, fact } from './kit.js';

export const inKindRules: RuleDef[] = [
  {
    id: 'art17.leading_treatment',
    benefit: 'art17_leading_treatment',
    name: '重大投资项目高管、技术研发骨干享受省市级领军人才待遇',
    clause: cite(17, '第三句'),
    text: '对世界 500 强、跨国公司、境外行业龙头企业等在我市投资项目，且实际利用外资 1000 万美元（含）以上，或新引进实际固定资产投资 5 亿元（含）以上，或其他牵引性强、具有整合产业链能力及其他重大产业招商项目主体，可推荐若干名高管和技术研发骨干享受省市级领军人才待遇。',
    kind: 'in_kind',
    beneficiary: 'person',
    payer: PAYERS.shared,
    eligible: v('art17Leading', { unmet: '不是第17条投资项目推荐的高管或技术研发骨干' }),
    interpretations: ['“省市级领军人才待遇”按第19条第(4)项、第20条第(1)项执行（可调参数“‘省市级领军人才待遇’对应的层次”），由此产生的津贴和购房补助在对应条款中计算。'],
  },
  {
    id: 'art22.county_recommended',
    benefit: 'county_recommended_city_treatment',
    name: '县（市、区）推荐优秀人才享受市本级待遇（公寓承租、子女就学、医疗保健）',
    clause: cite(22, '第一句'),
    text: '对县（市、区）推荐的优秀人才，在公寓承租、子女就学、医疗保健等方面享受市本级相应层次的人才待遇。',
    kind: 'in_kind',
    beneficiary: 'person',
    payer: PAYERS.shared,
    eligible: fact('person.countyRecommended', { label: '县（市、区）推荐的优秀人才', unmet: '不是县（市、区）推荐的优秀人才' }),
  },
  {
    id: 'art23.talent_card',
    benefit: 'talent_card',
    name: '高层次人才服务“电子一卡通”',
    clause: cite(23, '第二句'),
    text: '推行高层次人才服务“电子一卡通”，提供创新创业、医疗保健、文体休闲、交通出行、出入境签证等方面的优惠政策和便捷服务。',
    kind: 'in_kind',
    beneficiary: 'person',
    payer: PAYERS.shared,
    eligible: all([v('fullTime'), tierIn(v('art19Tier'), 1, 9, { label: '属于第19条所列高层次人才', unmet: '不属于第19条所列高层次人才' })]),
    interpretations: ['“高层次人才”按第19条所列八个层次（含相应层次）确定。'],
  },
];
