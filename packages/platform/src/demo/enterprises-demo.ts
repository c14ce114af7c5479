// Demo data of the enterprise services, SYNTHETIC (合成数据), made through the same services as real
// work: a 柯城区 enterprise registered and verified (its account `enterprise`), another still waiting
// for verification, problems in each state — one answered and rated, one past its promised working
// days (raised three weeks ago, for the escalation job to find), one just raised — and its demands.

import { formatDay } from '@rencai/engine';
import { usccCheckChar } from '@rencai/domain';
import type { Caller, Platform } from '../shared/index.js';
import { actOnProblem, declareDemand, raiseProblem, registerEnterprise, verifyEnterprise } from '../enterprises/index.js';
import { authenticate } from '../accounts/index.js';
import type { DemoAccount } from './demo-account.js';

const code = (org: string) => `91330802${org}${usccCheckChar(`91330802${org}`)}`;
const inDays = (p: Platform, days: number) => formatDay(p.today() + days);

export async function seedEnterprisesDemo(p: Platform, password: string, clerk: Caller, housing: Caller): Promise<DemoAccount[]> {
  const form = { industry: 'C', region: 'kecheng', size: 'medium', contactName: '周经理（合成）', contactPhone: '13905700100' };
  const e = await registerEnterprise(p, { ...form, creditCode: code('MA2DEMA01'), name: '衢州氟硅新材料有限公司（合成）', username: 'enterprise', password }, 'demo-enterprise-1', { demo: true });
  await verifyEnterprise(p, clerk, e.id);
  await registerEnterprise(p, { ...form, industry: 'I', size: 'small', creditCode: code('MA2DEMA02'), name: '衢州云栖软件有限公司（合成）', contactName: '陈主管（合成）', contactPhone: '13905700101', username: 'enterprise_pending', password: `Pending-${Math.random().toString(36).slice(2)}-2026` }, 'demo-enterprise-2');
  const u = await authenticate(p, 'enterprise', password);
  const ent: Caller = { userId: u.id, username: u.username, displayName: u.display_name, role: u.role, region: u.region, department: null, personId: null, employerId: u.employer_id };
  // Answered and rated.
  const housed = await raiseProblem(p, ent, { category: 'housing', description: '新引进的两名博士希望尽快入住人才公寓，请告知配租批次（合成）' }, 'demo-problem-1');
  await actOnProblem(p, housing, housed.id, 'answer', { answer: '已列入本月人才公寓配租批次，月底前可办理入住（合成）' });
  await actOnProblem(p, ent, housed.id, 'rate', { rating: 5, note: '答复及时（合成）' });
  // Raised three weeks ago and not answered: past its 5 working days.
  const earlier: Platform = { ...p, today: () => p.today() - 21 };
  await raiseProblem(earlier, ent, { category: 'talent', description: '急需化工工艺工程师 3 名，希望对接高校专场招聘（合成）' }, 'demo-problem-2');
  await raiseProblem(p, ent, { category: 'schooling', description: '外地引进工程师子女转学入学咨询（合成）' }, 'demo-problem-3');
  const deadline = inDays(p, 120);
  await declareDemand(p, ent, { post: '化工工艺工程师', headcount: 3, degree: 'master', major: '化学工程与技术', salaryMinFen: 1_200_000, salaryMaxFen: 2_000_000, urgency: 'urgent', deadline });
  await declareDemand(p, ent, { post: '有机硅研发工程师', headcount: 2, degree: 'doctor', major: '材料科学与工程', salaryMinFen: 2_500_000, salaryMaxFen: 4_000_000, urgency: 'critical', deadline });
  await declareDemand(p, ent, { post: '设备维护技术员', headcount: 5, degree: 'college', major: '机械设计制造及其自动化', salaryMinFen: 600_000, salaryMaxFen: 900_000, urgency: 'normal', deadline });
  return [{ username: 'enterprise', role: 'enterprise', description: `企业账号（${e.name}，柯城区，已核验）` }];
}
