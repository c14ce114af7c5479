// Demo data of 人岗匹配, SYNTHETIC (合成数据), made through the same services as real work: the demo
// talent (林思远, 博士, 材料科学与工程) and three other 柯城区 persons opt in to be found, with wishes;
// the demo enterprise asks to contact 林思远 for its 有机硅研发工程师 demand (pending, for the talent's
// page to answer).

import type { Caller, Platform } from '../shared/index.js';
import { authenticate } from '../accounts/index.js';
import { listDemands } from '../enterprises/index.js';
import { candidatesFor, requestContact, setMyMatching } from '../matching/index.js';

/** `system`: the demo's own account, recorded as the actor of the other persons' opt-ins (as for other demo talents without accounts). */
export async function seedMatchingDemo(p: Platform, password: string, talent: Caller, system: Caller, others: ReadonlyArray<{ id: number; region: string }>): Promise<void> {
  await setMyMatching(p, talent, { open: true, counties: ['kecheng', 'zhizao'], industries: ['C', 'M'], expectedSalaryFen: 3_000_000, skills: ['有机硅', '材料表征'] });
  const wishes = [
    { counties: ['kecheng'], industries: ['C'], skills: ['设备维护', '数控'] },
    { counties: [], industries: ['C', 'I'], skills: ['化工'] },
    { counties: ['kecheng', 'qujiang'], industries: [], skills: [] },
  ];
  for (const [i, o] of others.filter((x) => x.region === 'kecheng').slice(0, wishes.length).entries()) {
    await setMyMatching(p, { ...system, role: 'talent', department: null, personId: o.id, region: o.region }, { open: true, ...wishes[i] });
  }
  const u = await authenticate(p, 'enterprise', password);
  const ent: Caller = { userId: u.id, username: u.username, displayName: u.display_name, role: u.role, region: u.region, department: null, personId: null, employerId: u.employer_id };
  const demand = (await listDemands(p, ent)).find((d) => d.post === '有机硅研发工程师')!;
  const mine = (await candidatesFor(p, ent, demand.id)).candidates.find((c) => c.reasons.some((r) => r.text.startsWith('专业一致')))!;
  await requestContact(p, ent, demand.id, { candidate: mine.candidate });
}
