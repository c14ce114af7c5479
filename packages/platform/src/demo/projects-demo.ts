// Demo data of the projects registry, SYNTHETIC (合成数据), made through the same services as real
// work: a 双领 class-B project of the demo enterprise in 柯城区 (landed, settled, its first yearly
// assessment passed) and a provincial postdoc station in 衢江区 when the demo has an employer there.

import { formatDay } from '@rencai/engine';
import type { Caller, Platform } from '../shared/index.js';
import { listEmployers } from '../registry/index.js';
import { assessProject, createProject } from '../projects/index.js';

export async function seedProjectsDemo(p: Platform, clerk: Caller, kechengEmployerId: number): Promise<void> {
  const day = (n: number) => formatDay(p.today() - n);
  const reviewed = day(420);
  const made = await createProject(p, clerk, {
    kind: 'shuangling',
    name: '高性能氟硅材料产业化项目（合成）',
    employerId: kechengEmployerId,
    details: { class: 'B', reviewResult: 'passed', reviewDate: reviewed, landingDate: day(390), settlementDate: day(380) },
    reason: '演示数据：“衢时代双领”项目评定文件（合成）',
  });
  const assessedOn = day(40);
  await assessProject(p, clerk, made.id, { year: Number(assessedOn.slice(0, 4)) - 1, outcome: 'pass', assessedOn, evidence: '演示数据：年度考核结果通报（合成）' });
  const qujiang = (await listEmployers(p, clerk, { pageSize: 200 })).items.find((e) => e.region === 'qujiang');
  if (qujiang) await createProject(p, clerk, { kind: 'postdoc_station', name: '省级博士后科研工作站（合成）', employerId: qujiang.id, details: { level: 'provincial', setUpDate: day(300) }, reason: '演示数据：工作站批复文件（合成）' });
}
