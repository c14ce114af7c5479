// Demo data of the talent card, SYNTHETIC (合成数据): cards for every person the rules make eligible
// (the bulk run), two partner organisations — 衢州市人民医院 (医疗绿色通道) with a verifier account and
// 衢州市公交集团 (公交乘车优惠) — and a few recorded uses of the demo talent's card.

import type { Caller, Platform } from '../shared/index.js';
import { addCardPartner, cardCode, issueDueCards, verifyCard } from '../cards/index.js';
import type { DemoAccount } from './demo-account.js';

export type MakeAccount = (username: string, role: 'partner_verifier', region: string, department: string, description: string) => Promise<Caller>;

export async function seedCardsDemo(p: Platform, talent: Caller, makeAccount: MakeAccount): Promise<DemoAccount[]> {
  await issueDueCards(p);
  await addCardPartner(p, null, { code: 'quzhou_hospital', name: '衢州市人民医院（合成）', region: 'quzhou_city', services: ['medical_green_channel'] });
  await addCardPartner(p, null, { code: 'quzhou_bus', name: '衢州市公交集团（合成）', region: 'quzhou_city', services: ['bus'] });
  const description = '合作单位核验员（衢州市人民医院 医疗绿色通道）';
  const hospital = await makeAccount('partner_hospital', 'partner_verifier', 'quzhou_city', 'quzhou_hospital', description);
  for (const k of [1, 2]) {
    const { code } = await cardCode(p, talent, 'live');
    await verifyCard(p, hospital, { code, service: 'medical_green_channel', requestId: `demo-hospital-use-${k}` });
  }
  return [{ username: 'partner_hospital', role: 'partner_verifier', description }];
}
