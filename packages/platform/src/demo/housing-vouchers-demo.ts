// Demo data of 椒江 (台州市椒江区), SYNTHETIC (合成数据): the district's talent-office clerk and its
// 人力社保局、住建局、财政局 reviewers (so 椒江's matters can finish joint review), the city's 商务局
// reviewer (主播奖励 joint review), an employer and two talents of 椒江, a registered seller (售房单位)
// with its verifier, and two 人才房票 issued after the 房票联审 — the demo talent's not yet used, the
// other's redeemed against a purchase contract — so every 房票 page has content. Also two streamers
// recorded for the demo employer (主播奖励 claims name them).

import { checkDigit, usccCheckChar } from '@rencai/domain';
import { formatDay } from '@rencai/engine';
import type { Caller, Platform } from '../shared/index.js';
import { createEmployer, createPerson, recordRecognition, updateEmployer } from '../registry/index.js';
import { applicationRow, attachFile, createApplication, submit } from '../applications/index.js';
import { accept, review } from '../review/index.js';
import { matterByCode } from '../matters/index.js';
import { issueHousingVoucher, myHousingVouchers, redeemHousingVoucher, registerSeller } from '../housing-vouchers/index.js';
import type { DemoAccount } from './demo-account.js';

export type MakeAccount = (username: string, role: 'clerk' | 'reviewer' | 'partner_verifier' | 'talent', region: string, department: string | null, description: string, personId?: number) => Promise<Caller>;

/** A synthetic ID number of 椒江 (GB/T 2260 331002). */
function jjId(birth: string, seq: number): string {
  const body = `331002${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return body + checkDigit(body);
}
const jjUscc = (seq: number) => {
  const body = `913310020${String(seq).padStart(8, '0')}`;
  return body + usccCheckChar(body);
};

/** The demo 椒江 talent's (synthetic) ID number: the buyer's on a purchase contract in the browser journey. */
export const JIAOJIANG_DEMO_TALENT_ID_NUMBER = jjId('1995-06-18', 101);

export async function seedJiaojiangDemo(p: Platform, admin: Caller, hrEmployerId: number, makeAccount: MakeAccount): Promise<DemoAccount[]> {
  const staff: Array<[string, 'clerk' | 'reviewer', string, string, string]> = [
    ['clerk_jiaojiang', 'clerk', 'jiaojiang', 'talent_office', '椒江区人才办经办人员'],
    ['review_jj_hrss', 'reviewer', 'jiaojiang', 'hrss', '椒江区人力社保局审核人员'],
    ['review_jj_housing', 'reviewer', 'jiaojiang', 'housing', '椒江区住建局审核人员（房票联审）'],
    ['review_jj_finance', 'reviewer', 'jiaojiang', 'finance', '椒江区财政局审核人员'],
    ['review_commerce', 'reviewer', 'quzhou_city', 'commerce', '商务局审核人员（主播奖励联审）'],
  ];
  const callers: Record<string, Caller> = {};
  for (const [username, role, region, department, description] of staff) callers[username] = await makeAccount(username, role, region, department, description);
  const clerk = callers.clerk_jiaojiang!;
  const reviewerOf = (dept: string) => Object.values(callers).find((c) => c.role === 'reviewer' && c.region === 'jiaojiang' && c.department === dept)!;

  const employer = await createEmployer(p, admin, { uscc: jjUscc(1), name: '台州椒江智能制造有限公司（合成）', region: 'jiaojiang', kind: 'enterprise', keyIndustry: true, sector: 'other' });
  const talent = async (name: string, birth: string, seq: number, degree: 'master' | 'phd') => {
    const idNumber = jjId(birth, seq);
    const start = formatDay(p.today() - 400);
    const v = await createPerson(p, admin, { idNumber, name, region: 'jiaojiang', employerId: employer.id, education: [{ degree, fullTime: true }], employment: [{ employerId: employer.id, region: 'jiaojiang', fullTime: true, start, post: 'other' }], housing: { hasPurchased: false } });
    await recordRecognition(p.db, { personId: v.id, qualifications: [{ code: degree === 'phd' ? 'phd_fulltime' : 'master_fulltime_other' }], basis: '演示数据：学历认定（合成）', validFrom: start, recognisedBy: admin.userId });
    return { id: v.id, idNumber };
  };
  const demoTalent = await talent('周海宁', '1995-06-18', 101, 'master'); // JIAOJIANG_DEMO_TALENT_ID_NUMBER
  const other = await talent('叶晓岚', '1992-03-09', 102, 'phd');
  const talentCaller = await makeAccount('talent_jiaojiang', 'talent', 'jiaojiang', null, '椒江区人才（房票持有人）', demoTalent.id);

  // The 房票联审 of each, agreed by 人才办、住建局、财政局, then approved and issued by the district's clerk.
  const pdf = Buffer.from('%PDF-1.4\n% rencai 演示材料（合成）\n');
  const voucherFor = async (personId: number, amountFen: number, key: string) => {
    const app = await createApplication(p, clerk, { matter: 'jj_housing_voucher', personId });
    for (const m of matterByCode(app.matter)!.materials) await attachFile(p, clerk, app.id, m.code, `${m.name}.pdf`, pdf);
    await submit(p, clerk, app.id);
    await accept(p, clerk, app.id);
    for (const d of matterByCode((await applicationRow(p.db, app.id))!.matter)!.departments) await review(p, d.code === 'talent_office' ? clerk : reviewerOf(d.code), app.id, { decision: 'approve' });
    return issueHousingVoucher(p, clerk, app.id, { amountFen, requestKey: key });
  };
  await voucherFor(demoTalent.id, 300_000_00, 'demo-housing-voucher-1');
  await voucherFor(other.id, 280_000_00, 'demo-housing-voucher-2');

  // The seller (registered by the district's clerk) and its verifier, who redeemed the second voucher.
  await registerSeller(p, clerk, { code: 'jj_seller', name: '椒江置业有限公司（合成）', kind: 'developer', uscc: jjUscc(2), contactName: '王经理', contactPhone: '13905760000' });
  const verifier = await makeAccount('partner_seller', 'partner_verifier', 'jiaojiang', 'jj_seller', '售房单位核验员（椒江置业 人才房票核销）');
  // The code as its holder reads it (only the holder sees it whole; this talent has no demo account).
  const holder: Caller = { userId: admin.userId, username: 'system', displayName: '叶晓岚', role: 'talent', region: 'jiaojiang', department: null, personId: other.id, employerId: null };
  const code = (await myHousingVouchers(p, holder))[0]!.code;
  await redeemHousingVoucher(p, verifier, { code, requestKey: 'demo-housing-redeem-1', buyerIdNumber: other.idNumber, contractNo: 'JJ-DEMO-0001', houseAddress: '椒江区心海社区 3 幢 1201 室（合成）', totalPriceFen: 1_800_000_00, contractDate: formatDay(p.today()) });
  void talentCaller;

  // The demo employer's live streamers, recorded with the document they rest on (主播奖励 claims name them).
  await updateEmployer(p, admin, hrEmployerId, { facts: { streamers: [
    { name: '衢州小柚（合成）', platform: '抖音', starred: true, recognizedDate: formatDay(p.today() - 120), famous: false },
    { name: '柯城阿明（合成）', platform: '淘宝直播', starred: false, famous: true, localContribution: '1200000' },
  ] } }, undefined, '演示数据：市商务局“星级”主播认定、知名主播地方综合贡献核定（合成）');

  return [
    ...staff.map(([username, role, , , description]) => ({ username, role, description })),
    { username: 'talent_jiaojiang', role: 'talent', description: '椒江区人才（房票持有人）' },
    { username: 'partner_seller', role: 'partner_verifier', description: '售房单位核验员（椒江置业 人才房票核销）' },
  ];
}
