// Demo data of 天台 (台州市天台县) 和盈模式, SYNTHETIC (合成数据), made through the dividends service like
// real work. The source, seed document 003 (天台县创新“和盈模式”推动低收入人群持续增收):
//   “根据民政低收入在册名单，村干部调查核实，相关部门联审，乡镇确认公示，审定备案，精准圈定持股对象，
//   优先照顾困难农户。2020年，该县雷峰乡状塘村养鸡项目，综合考虑状塘村 30户低收入农户劳动力情况、家庭
//   情况、收入情况等因素，选定其中 9户为持股对象，年底每户获得 1000元分红。”
// 天台's clerk (clerk_tiantai); four households of the list (names, ID numbers and village codes
// invented): three of 雷峰乡状塘村 filed as shareholders of 浙江和盈畜牧科技有限公司 (the seed's company),
// one of 龙溪乡 in public notice; and this year's round, 1000 元 per household as the seed states, not
// yet paid (the browser journey pays it).

import { checkDigit } from '@rencai/domain';
import { formatDay } from '@rencai/engine';
import type { Caller, Platform } from '../shared/index.js';
import { addHouseholds, createRound, takeStep } from '../dividends/index.js';
import type { DemoAccount } from './demo-account.js';

/** A synthetic ID number of 天台 (GB/T 2260 331023). */
function ttId(birth: string, seq: number): string {
  const body = `331023${birth}${String(seq).padStart(3, '0')}`;
  return body + checkDigit(body);
}

export async function seedTiantaiDemo(p: Platform, makeClerk: (username: string, description: string) => Promise<Caller>): Promise<DemoAccount[]> {
  const clerk = await makeClerk('clerk_tiantai', '天台县人才办经办人员（和盈持股分红）');
  const day = (ago: number) => formatDay(p.today() - ago);
  const households = [
    { headName: '王春明', idNumber: ttId('19620314', 211), townshipCode: '331023203', villageCode: '331023203201', villageName: '状塘村（合成）', members: 3 },
    { headName: '陈秀英', idNumber: ttId('19580721', 222), townshipCode: '331023203', villageCode: '331023203201', villageName: '状塘村（合成）', members: 2 },
    { headName: '许国平', idNumber: ttId('19700905', 231), townshipCode: '331023203', villageCode: '331023203201', villageName: '状塘村（合成）', members: 4 },
    { headName: '张立明', idNumber: ttId('19661118', 241), townshipCode: '331023202', villageCode: '331023202203', villageName: '龙溪村（合成）', members: 1 },
  ];
  const ids = await addHouseholds(p, clerk, households.map((h) => ({ ...h, listedFrom: '2020-01-01' })));
  for (const [n, id] of ids.entries()) {
    await takeStep(p, clerk, id, 'verify', { selectionDate: day(60), note: '村干部入户核实：劳动力、家庭、收入情况符合（合成）' });
    await takeStep(p, clerk, id, 'review', { note: '民政、农业农村、乡村振兴等部门联审同意（合成）' });
    await takeStep(p, clerk, id, 'publicize', n < 3 ? { noticeFrom: day(40), noticeDays: 7 } : { noticeFrom: day(2), noticeDays: 7 });
    if (n < 3) await takeStep(p, clerk, id, 'file', { company: '浙江和盈畜牧科技有限公司', shares: 1 });
  }
  await createRound(p, clerk, { year: Number(day(0).slice(0, 4)), company: '浙江和盈畜牧科技有限公司', basis: 'per_household', amountFen: 1000_00, paidOn: day(0) });
  return [{ username: 'clerk_tiantai', role: 'clerk', description: clerk.displayName }];
}
