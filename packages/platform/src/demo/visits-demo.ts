// Demo visits, SYNTHETIC (合成数据), recorded through the visits service like real work: two visits
// by 柯城区's clerk to the demo enterprise — one on policy and talent demand, one collecting a
// problem that goes into the pool. Dated today: a visit cannot predate the enterprise's
// registration, and the demo enterprise registers when the demo is seeded.

import { todayString, type Caller, type Platform } from '../shared/index.js';
import { recordVisit, visitableEnterprises } from '../visits/index.js';

export async function seedVisitsDemo(p: Platform, clerk: Caller): Promise<void> {
  const e = (await visitableEnterprises(p, clerk)).find((x) => x.name.startsWith('衢州氟硅新材料'));
  if (!e) return;
  const today = todayString(p);
  await recordVisit(p, clerk, { enterpriseId: e.id, visitedOn: today, companions: ['李干事（合成）'], topics: ['policy', 'demand'], notes: '宣讲人才新政和企业人才需求申报；企业计划明年引进硕士以上研发人员 5 名（合成）' }, 'demo-visit-1');
  await recordVisit(p, clerk, { enterpriseId: e.id, visitedOn: today, topics: ['problems', 'project'], notes: '跟踪有机硅中试项目进展，收集企业诉求（合成）', problems: [{ category: 'housing', description: '企业新引进博士两名，希望协调人才公寓或租房补贴（合成）' }] }, 'demo-visit-2');
}
