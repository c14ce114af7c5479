// Demo data of the enterprise services, SYNTHETIC (合成数据), made through the same services as real
// work: a 柯城区 enterprise registered and verified (its account `enterprise`), another still waiting
// for verification, problems in each state — one answered and rated, one past its promised working
// days (raised three weeks ago, for the escalation job to find), one just raised — and its demands,
// with majors from the 教育部学科专业目录; its 2025 declarations (made as of 2025-03-01) compiled by the
// city talent office into the 2025 急需紧缺人才目录, published in force from 2025-07-01.

import { formatDay, parseDay } from '@rencai/engine';
import { usccCheckChar } from '@rencai/domain';
import type { Caller, Platform } from '../shared/index.js';
import { actOnProblem, compileCatalogue, declareDemand, raiseProblem, registerEnterprise, verifyEnterprise } from '../enterprises/index.js';
import { publishCatalogue } from '../talent-catalogue/index.js';
import { authenticate } from '../accounts/index.js';
import type { DemoAccount } from './demo-account.js';

const code = (org: string) => `91330802${org}${usccCheckChar(`91330802${org}`)}`;
const inDays = (p: Platform, days: number) => formatDay(p.today() + days);

export async function seedEnterprisesDemo(p: Platform, password: string, clerk: Caller, housing: Caller, cityClerk: Caller): Promise<DemoAccount[]> {
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
  await declareDemand(p, ent, { post: '化工工艺工程师', headcount: 3, degree: 'master', major: '化学工程与技术', majorCode: 'g:0817', salaryMinFen: 1_200_000, salaryMaxFen: 2_000_000, urgency: 'urgent', deadline });
  await declareDemand(p, ent, { post: '有机硅研发工程师', headcount: 2, degree: 'doctor', major: '材料科学与工程', majorCode: 'g:0805', salaryMinFen: 2_500_000, salaryMaxFen: 4_000_000, urgency: 'critical', deadline });
  await declareDemand(p, ent, { post: '设备维护技术员', headcount: 5, degree: 'college', major: '机械设计制造及其自动化', majorCode: 'u:080202', salaryMinFen: 600_000, salaryMaxFen: 900_000, urgency: 'normal', deadline });
  // 2025: declared as of 2025-03-01, compiled and published as that year's catalogue.
  const in2025: Platform = { ...p, today: () => parseDay('2025-03-01') };
  const d25 = { salaryMinFen: 900_000, salaryMaxFen: 1_500_000, deadline: '2025-09-30' };
  await declareDemand(in2025, ent, { ...d25, post: '氟化工工艺工程师', headcount: 4, degree: 'bachelor', majorCode: 'u:0813', urgency: 'critical' });
  await declareDemand(in2025, ent, { ...d25, post: '有机硅材料研发工程师', headcount: 2, degree: 'master', majorCode: 'g:0805', urgency: 'urgent' });
  await declareDemand(in2025, ent, { ...d25, post: '工业软件工程师', headcount: 2, degree: 'bachelor', majorCode: 'u:0809', urgency: 'urgent' });
  await declareDemand(in2025, ent, { ...d25, post: '电气自动化工程师', headcount: 3, degree: 'bachelor', majorCode: 'u:080601', urgency: 'normal' });
  await declareDemand(in2025, ent, { ...d25, post: '安全环保专员', headcount: 1, degree: 'college', major: '安全工程或环境工程', urgency: 'normal' });
  const draft = await compileCatalogue(p, cityClerk, { year: 2025, title: '衢州市急需紧缺人才目录（2025年，合成）' });
  await publishCatalogue(p, cityClerk, draft.id, { effectiveFrom: '2025-07-01' });
  return [{ username: 'enterprise', role: 'enterprise', description: `企业账号（${e.name}，柯城区，已核验）` }];
}
