// Demo of leaders' contact with high-level talents, SYNTHETIC (合成数据), made through the same services
// as real work: the city leader (leader) assigned two high-level talents of 柯城区 two months ago — the
// demo talent and a synthetic one of the registry, neither employed by a registered enterprise, so the
// problems they raised stay in this module's list (one later solved by a service team); contacts; two service teams; the year's satisfaction
// survey with answers of synthetic talents (six of one county, two of another: 样本不足 there), entered as if
// from paper questionnaires.

import { formatDay } from '@rencai/engine';
import { REGIONS } from '@rencai/policies';
import type { Caller, Platform } from '../shared/index.js';
import { personsIn } from '../registry/index.js';
import { answerSurvey, assignLeader, createTeam, listContactProblems, openSurvey, recordContact, solveContactProblem } from '../leader-contact/index.js';

const CITY = REGIONS.filter((r) => r.city === 'quzhou').map((r) => r.code);

export async function seedLeaderContactDemo(p: Platform, cityClerk: Caller, leader: Caller, talentPersonId: number): Promise<void> {
  const day = (n: number) => formatDay(p.today() - n);
  const then = { ...p, today: () => p.today() - 60 };
  await assignLeader(then, cityClerk, { personId: talentPersonId, leaderId: leader.userId });
  // A second high-level talent of the city from the synthetic registry: the first the rules place in art. 19's tiers.
  let other: number | null = null;
  for (const x of await personsIn(p.db, CITY, 60)) {
    if (x.id === talentPersonId || other) continue;
    other = await assignLeader(then, cityClerk, { personId: x.id, leaderId: leader.userId }).then((t) => t.personId, () => null);
  }
  await recordContact(p, leader, talentPersonId, { contactedOn: day(45), way: 'visit', content: '走访了解科研进展和生活情况，宣讲人才新政（合成）', problems: [{ category: 'schooling', description: '孩子明年上小学，希望了解人才子女就学安排（合成）' }] }, 'demo-leader-contact-1');
  await recordContact(p, leader, talentPersonId, { contactedOn: day(10), way: 'phone', content: '电话回访子女就学办理情况（合成）' }, 'demo-leader-contact-2');
  if (other) await recordContact(p, leader, other, { contactedOn: day(20), way: 'forum', content: '参加高层次人才座谈会（合成）', problems: [{ category: 'housing', description: '单位新引进博士较多，人才公寓房源紧张（合成）' }] }, 'demo-leader-contact-3');
  const team = await createTeam(p, cityClerk, { region: 'kecheng', name: '柯城区人才服务团（第一团）', members: [{ name: '张明（合成）', unit: '区委人才办' }, { name: '李华（合成）', unit: '区教育局' }, { name: '王芳（合成）', unit: '区人力社保局' }], servedPersons: [talentPersonId] });
  await createTeam(p, cityClerk, { region: 'kaihua', name: '开化县人才服务团（根缘小镇）', members: [{ name: '陈刚（合成）', unit: '县委人才办' }, { name: '刘洋（合成）', unit: '华埠镇人民政府' }] });
  const own = (await listContactProblems(p, cityClerk, { state: 'open' })).find((x) => x.category === 'schooling');
  if (own) await solveContactProblem(p, cityClerk, own.id, { answer: '已协调区教育局，按人才子女就学政策安排就近入学（合成）', solvedOn: day(12), teamId: team.id });
  await openSurvey(p, cityClerk, { year: Number(day(0).slice(0, 4)) });
  const year = Number(day(0).slice(0, 4));
  const levels = ['very_satisfied', 'satisfied', 'satisfied', 'very_satisfied', 'basic', 'satisfied'] as const;
  // Six answers from the county with the most synthetic talents, two from the next (样本不足 there).
  const everyone = (await personsIn(p.db, CITY, 400)).filter((x) => x.id !== talentPersonId);
  const counties = [...new Set(everyone.map((x) => x.region))].sort((a, b) => everyone.filter((x) => x.region === b).length - everyone.filter((x) => x.region === a).length);
  const respondents = [...everyone.filter((x) => x.region === counties[0]).slice(0, 6), ...everyone.filter((x) => x.region === counties[1]).slice(0, 2)];
  for (const [n, x] of respondents.entries()) {
    const l = levels[n % levels.length]!;
    const talent: Caller = { userId: cityClerk.userId, username: cityClerk.username, displayName: cityClerk.displayName, role: 'talent', region: x.region, department: null, personId: x.id, employerId: null };
    await answerSurvey(p, talent, { year, overall: l, items: { policy_cash: l, services: n % 3 === 0 ? 'basic' : 'satisfied', environment: 'satisfied' }, comment: n === 0 ? '希望人才公寓配套更完善（合成）' : '' });
  }
}
