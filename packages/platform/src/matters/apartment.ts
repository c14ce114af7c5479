// The in-kind matter 人才公寓申租 (衢委发〔2020〕7号 art. 20 first sentence; art. 22 for talent a county
// recommends): it pays nothing — its approval puts the applicant on the waiting list (轮候) of the
// apartments module, which allocates the units. Eligibility is the policy package's: rule
// art20.apartment or art22.county_recommended.

import type { Matter } from './matter.js';

export const APARTMENT_MATTER: Matter = {
  code: 'talent_apartment',
  policy: 'quzhou-2020',
  name: '人才公寓申租',
  clauses: ['衢委发〔2020〕7号第20条第一句', '衢委发〔2020〕7号第22条'],
  applicant: 'person',
  rules: [],
  inKindRules: ['art20.apartment', 'art22.county_recommended'],
  materials: [
    { code: 'id_card', name: '居民身份证', heldBy: (p) => !!p, heldNote: '人才库已有身份证信息' },
    { code: 'labour_contract', name: '劳动（聘用）合同及社保缴纳证明', heldBy: (p) => !!p && p.employment.some((e) => !e.end && e.fullTime), heldNote: '人才库已有在职全职记录' },
    { code: 'no_house_statement', name: '本人及配偶在衢无自有住房的承诺（不动产登记查询）', heldBy: (p) => p?.housing.hasPurchased === false, heldNote: '人才库已登记未购房' },
  ],
  departments: [
    { code: 'talent_office', name: '人才办（组织部）', checks: '核对全职在衢工作、第20条所列人才层次或租房补助对象（县推荐人才按第22条享受市本级相应层次待遇），确定轮候顺序所依据的层次' },
    { code: 'housing', name: '住建局', checks: '核对本人及配偶在衢无自有住房、未租住其他保障性住房，确认可列入人才公寓轮候名单' },
  ],
  promisedDays: 10,
  proactive: 'none',
  description: '全职在衢、暂未购房的第20条所列人才和租房补助对象（县（市、区）推荐的优秀人才按市本级相应层次）申请租住人才公寓；核准后列入轮候名单，按层次和核准日期顺序配租，不发放资金。',
};
