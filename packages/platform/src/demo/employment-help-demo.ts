// Demo of help for key employment groups in 温岭, SYNTHETIC (合成数据), made through the same services as
// real work: 温岭's clerk (clerk_wenling) and a community helper (helper_wenling) serving two
// communities; a 温岭 enterprise with two open demands, for job matching; four persons of the key groups,
// three assigned to the helper three days after their file was opened, with contacts, and one already employed.

import { checkDigit, usccCheckChar } from '@rencai/domain';
import { formatDay, parseDay } from '@rencai/engine';
import type { Caller, Platform } from '../shared/index.js';
import { authenticate } from '../accounts/index.js';
import { declareDemand, registerEnterprise, verifyEnterprise } from '../enterprises/index.js';
import { assignHelper, createHelpPerson, logContact, recordOutcome, setHelperCommunities } from '../employment-help/index.js';
import type { DemoAccount } from './demo-account.js';

export type MakeAccount = (username: string, role: 'clerk' | 'helper', region: string, department: string | null, description: string) => Promise<Caller>;

const id = (birth: string, seq: string) => `331081${birth}${seq}${checkDigit(`331081${birth}${seq}`)}`;
const COMMUNITIES = [
  { code: '331081001001', name: '太平街道东门社区（合成）' },
  { code: '331081002003', name: '城东街道新河社区（合成）' },
];

export async function seedEmploymentHelpDemo(p: Platform, password: string, make: MakeAccount): Promise<DemoAccount[]> {
  const clerk = await make('clerk_wenling', 'clerk', 'wenling', 'talent_office', '温岭市人才办经办人员');
  const helper = await make('helper_wenling', 'helper', 'wenling', null, '温岭市帮扶工作人员（太平街道、城东街道）');
  await setHelperCommunities(p, clerk, helper.userId, { communities: COMMUNITIES });
  // A 温岭 enterprise with open demands, so that matching finds work nearby.
  const body = '91331081MA2DEMW01';
  const e = await registerEnterprise(p, { industry: 'C', region: 'wenling', size: 'medium', creditCode: body + usccCheckChar(body), name: '温岭泵业机电有限公司（合成）', contactName: '林经理（合成）', contactPhone: '13905760100', username: 'enterprise_wenling', password }, 'demo-enterprise-wenling', { demo: true });
  await verifyEnterprise(p, clerk, e.id);
  const u = await authenticate(p, 'enterprise_wenling', password);
  const ent: Caller = { userId: u.id, username: u.username, displayName: u.display_name, role: u.role, region: u.region, department: null, personId: null, employerId: u.employer_id };
  const deadline = formatDay(p.today() + 90);
  await declareDemand(p, ent, { post: '水泵装配技术员', headcount: 6, degree: 'college', major: '机械设计制造及其自动化', majorCode: 'u:080202', salaryMinFen: 600_000, salaryMaxFen: 850_000, urgency: 'urgent', deadline });
  await declareDemand(p, ent, { post: '仓储物流专员', headcount: 2, degree: 'none', major: '不限', salaryMinFen: 500_000, salaryMaxFen: 650_000, urgency: 'normal', deadline });

  const day = (n: number) => formatDay(p.today() - n);
  const [a, c] = [COMMUNITIES[0]!, COMMUNITIES[1]!];
  const files = [
    { name: '陈晓东（合成）', idNumber: id('19900312', '031'), group: 'registered_unemployed', degree: 'college', major: '机械设计制造及其自动化', skills: '钳工、叉车证（合成）', wishes: '希望在温岭本地从事机电装配（合成）', communityCode: a.code, communityName: a.name, registeredOn: day(60) },
    { name: '王丽娟（合成）', idNumber: id('19780705', '042'), group: 'hard_to_employ', degree: 'none', skills: '缝纫（合成）', wishes: '离家近、时间灵活的工作（合成）', communityCode: a.code, communityName: a.name, registeredOn: day(45) },
    { name: '林一鸣（合成）', idNumber: id('20030118', '015'), group: 'graduate', degree: 'bachelor', major: '电子商务', skills: '直播运营（合成）', wishes: '电商运营岗位（合成）', communityCode: c.code, communityName: c.name, registeredOn: day(30) },
    { name: '赵海燕（合成）', idNumber: id('19850921', '026'), group: 'registered_unemployed', degree: 'none', skills: '餐饮服务（合成）', wishes: '暂未明确（合成）', communityCode: c.code, communityName: c.name, registeredOn: day(10) },
  ];
  const made = [];
  for (const f of files) made.push(await createHelpPerson(p, clerk, f));
  // Each assigned three days after the file was opened (as of that day).
  for (const x of made.slice(0, 3)) await assignHelper({ ...p, today: () => parseDay(x.registeredOn) + 3 }, clerk, x.id, { helperId: helper.userId });
  await logContact(p, helper, made[0]!.id, { contactedOn: day(20), way: 'visit', content: '上门了解求职意愿，推荐温岭泵业机电有限公司水泵装配技术员岗位（合成）' });
  await logContact(p, helper, made[0]!.id, { contactedOn: day(12), way: 'phone', content: '跟进面试情况，企业同意录用（合成）' });
  await recordOutcome(p, helper, made[0]!.id, { kind: 'employed', outcomeOn: day(7), employer: '温岭泵业机电有限公司（合成）' });
  await logContact(p, helper, made[1]!.id, { contactedOn: day(5), way: 'wechat', content: '推送社区就近灵活就业岗位信息（合成）' });
  return [
    { username: 'clerk_wenling', role: 'clerk', description: '温岭市人才办经办人员（就业帮扶）' },
    { username: 'helper_wenling', role: 'helper', description: '温岭市帮扶工作人员（太平街道东门社区、城东街道新河社区，合成）' },
    { username: 'enterprise_wenling', role: 'enterprise', description: `企业账号（${e.name}，温岭市，已核验）` },
  ];
}
