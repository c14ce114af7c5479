// Demo data of the in-kind services, SYNTHETIC (合成数据): a school (教育券) and a bank (特优贷) as card
// partners, each with a verifier account; the education bureau's reviewer (子女就学 joint review);
// health-check slots published by the demo hospital for the coming days; a voucher for the demo talent.

import { formatDay } from '@rencai/engine';
import type { Caller, Platform } from '../shared/index.js';
import { addCardPartner } from '../cards/index.js';
import { issueVoucher, publishSlot } from '../inkind/index.js';
import type { DemoAccount } from './demo-account.js';

export type MakeInkindAccount = (username: string, role: 'partner_verifier' | 'reviewer', region: string, department: string, description: string) => Promise<Caller>;

export async function seedInkindDemo(p: Platform, talent: Caller, cityClerk: Caller, hospital: Caller | undefined, makeAccount: MakeInkindAccount): Promise<DemoAccount[]> {
  await addCardPartner(p, null, { code: 'quzhou_school', name: '衢州市实验学校（合成）', region: 'quzhou_city', services: ['education_voucher'] });
  await addCardPartner(p, null, { code: 'quzhou_bank', name: '衢州市人才银行（合成）', region: 'quzhou_city', services: ['bank_loan'] });
  const accounts: Array<[string, 'partner_verifier' | 'reviewer', string, string]> = [
    ['review_education', 'reviewer', 'education', '教育局审核人员（子女就学联审）'],
    ['partner_school', 'partner_verifier', 'quzhou_school', '合作单位核验员（衢州市实验学校 教育券）'],
    ['partner_bank', 'partner_verifier', 'quzhou_bank', '合作单位核验员（衢州市人才银行 特优贷）'],
  ];
  for (const [username, role, department, description] of accounts) await makeAccount(username, role, 'quzhou_city', department, description);
  if (hospital) for (const k of [1, 2, 3]) await publishSlot(p, hospital, { day: formatDay(p.today() + k), period: '08:30–10:00', capacity: 5 });
  if (talent.personId) await issueVoucher(p, cityClerk, { personId: talent.personId, purpose: '子女学前教育费用', requestKey: 'demo-voucher-talent-1' }).catch(() => undefined);
  return accounts.map(([username, role, , description]) => ({ username, role, description }));
}
