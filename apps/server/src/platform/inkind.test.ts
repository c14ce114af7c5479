// The in-kind services through the API, against PGlite in memory or (DATABASE_URL) PostgreSQL: a
// county recommends a talent and the city accepts (the registry fact opens the services); 子女就学
// through the joint review with 教育局 to a placement, the child's name masked and its reveal audited;
// health-check slots booked never above capacity under concurrency, cancelled, attended as a card use;
// 教育券 issued once per request, redeemed exactly once under many concurrent attempts, expired and
// cancelled ones refused; 特优贷 referrals answered by the bank they were sent to only; Chinese errors
// naming the field.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as P from '@rencai/platform';
import { startHarness, ok, type Client, type Harness } from './harness.js';

let h: Harness;
let talent: Client, cityClerk: Client, countyClerk: Client, education: Client, finance: Client, hospital: Client, school: Client, bank: Client;
let countyTalent: Client;
let countyPersonId: number;

beforeAll(async () => {
  h = await startHarness({ persons: 20 });
  [talent, cityClerk, countyClerk, education, finance, hospital, school, bank] = (await Promise.all(
    ['talent', 'clerk_city', 'clerk_kecheng', 'review_education', 'review_finance', 'partner_hospital', 'partner_school', 'partner_bank'].map((u) => h.login(u)),
  )) as [Client, Client, Client, Client, Client, Client, Client, Client];
  // A talent of 柯城区 whom the rules give no city-level standing yet, with an account of their own.
  const persons = await h.p.db.selectFrom('persons').selectAll().where('region', '=', 'kecheng').orderBy('id').execute();
  for (const person of persons) {
    if (!(await P.standingOf(h.p, person)).eligible) {
      countyPersonId = person.id;
      break;
    }
  }
  expect(countyPersonId).toBeGreaterThan(0);
  await P.createUser(h.p, { username: 'county_talent', password: P.DEMO_PASSWORD, displayName: '县推荐人才', role: 'talent', region: 'kecheng', personId: countyPersonId }, null, { demo: true, mustChangePassword: false });
  countyTalent = await h.login('county_talent');
}, 120_000);
afterAll(async () => h?.close());

const errorPaths = (body: { errors?: Array<{ path: string; message: string }> }) => (body.errors ?? []).map((e) => e.path);
const audits = async (action: string) => h.p.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();
const messagesOf = async (personId: number) => (await h.p.db.selectFrom('messages').select('text').where('person_id', '=', personId).execute()).map((m) => m.text);

describe('county recommendation (art. 22)', () => {
  it('a county recommends, the city accepts; the registry fact opens the city-level services', async () => {
    const before = await ok<P.Standing>(countyTalent.req('GET', '/api/v1/me/services'));
    expect(before).toMatchObject({ eligible: false, countyRecommended: false });
    // 子女就学 is refused while the talent has no standing.
    const refused = await countyTalent.req('POST', '/api/v1/schooling', { childName: '张小明', stage: 'primary', grade: '一年级', wishedArea: '柯城区' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toContain('不符合人才子女就学的条件');

    const bad = await countyClerk.req('POST', '/api/v1/recommendations', { personId: countyPersonId, tier: 12, reason: '好' });
    expect(bad.statusCode).toBe(400);
    expect(errorPaths(bad.json())).toEqual(['tier', 'reason']);
    expect(bad.json().errors[0].message).toContain('相应层次');
    expect((await cityClerk.req('POST', '/api/v1/recommendations', { personId: countyPersonId, tier: 7, reason: '县级重点产业骨干人才' })).statusCode).toBe(403);
    const cityPerson = await h.p.db.selectFrom('persons').select('id').where('region', '=', 'quzhou_city').executeTakeFirstOrThrow();
    expect((await countyClerk.req('POST', '/api/v1/recommendations', { personId: cityPerson.id, tier: 7, reason: '县级重点产业骨干人才' })).statusCode).toBe(404);

    const rec = await ok<P.RecommendationView>(countyClerk.req('POST', '/api/v1/recommendations', { personId: countyPersonId, tier: 7, reason: '县级重点产业骨干人才' }));
    expect(rec).toMatchObject({ status: 'pending', statusText: '待市本级确认', regionName: '柯城区', tierText: '第19条第(7)项相应层次' });
    expect((await countyClerk.req('POST', '/api/v1/recommendations', { personId: countyPersonId, tier: 7, reason: '再次推荐同一人' })).statusCode).toBe(409);
    expect((await countyClerk.req('POST', `/api/v1/recommendations/${rec.id}/decide`, { decision: 'accept' })).statusCode).toBe(403);
    expect(errorPaths((await cityClerk.req('POST', `/api/v1/recommendations/${rec.id}/decide`, { decision: 'refuse' })).json())).toEqual(['reason']);
    const listed = await ok<P.RecommendationView[]>(cityClerk.req('GET', '/api/v1/recommendations'));
    expect(listed.map((r) => r.id)).toContain(rec.id);

    const accepted = await ok<P.RecommendationView>(cityClerk.req('POST', `/api/v1/recommendations/${rec.id}/decide`, { decision: 'accept' }));
    expect(accepted).toMatchObject({ status: 'accepted', statusText: '市本级已确认' });
    expect((await cityClerk.req('POST', `/api/v1/recommendations/${rec.id}/decide`, { decision: 'accept' })).statusCode).toBe(409);
    // The registry holds the recognised claim; the rule grants city-level treatment.
    const recognition = await h.p.db.selectFrom('recognitions').selectAll().where('person_id', '=', countyPersonId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(recognition.facts).toEqual({ countyRecommended: true });
    expect(await audits('inkind.recommend.accept')).toHaveLength(1);
    const after = await ok<P.Standing>(countyTalent.req('GET', '/api/v1/me/services'));
    expect(after).toMatchObject({ eligible: true, countyRecommended: true });
    expect((await messagesOf(countyPersonId)).some((t) => t.includes('享受市本级相应层次的人才待遇'))).toBe(true);
  });
});

describe('子女就学 through the joint review with 教育局', () => {
  it('is requested, reviewed by both departments, placed; the child’s name is masked and its reveal audited; others get 404', async () => {
    const bad = await countyTalent.req('POST', '/api/v1/schooling', { childName: '', stage: 'college', grade: '一年级', wishedArea: '柯城区' });
    expect(bad.statusCode).toBe(400);
    expect(errorPaths(bad.json())).toEqual(['childName', 'stage']);
    expect(bad.json().errors[1].message).toContain('学段');

    // The matter is filed from 我的服务 (the request holds the child's data), not as a bare application.
    const bare = await countyTalent.req('POST', '/api/v1/applications', { matter: 'child_schooling', data: {} });
    expect(bare.statusCode).toBe(400);
    expect(errorPaths(bare.json())).toEqual(['data.schoolRequest']);

    const req = await ok<P.SchoolRequestView>(countyTalent.req('POST', '/api/v1/schooling', { childName: '张小明', stage: 'primary', grade: '一年级', wishedArea: '柯城区', wishedSchool: '柯城区实验小学', hukouNote: '户籍在柯城区' }));
    expect(req).toMatchObject({ childName: '张*明', stageName: '小学', status: 'pending', statusText: '办理中' });
    expect(JSON.stringify(req)).not.toContain('张小明');
    const stored = await h.p.db.selectFrom('inkind_school_requests').selectAll().where('id', '=', req.id).executeTakeFirstOrThrow();
    expect(stored.child_name_enc).not.toContain('张小明');
    const appId = req.applicationId!;
    expect((await h.p.db.selectFrom('applications').select(['matter', 'state']).where('id', '=', appId).executeTakeFirstOrThrow())).toEqual({ matter: 'child_schooling', state: 'submitted' });

    await ok(cityClerk.req('POST', `/api/v1/applications/${appId}/accept`));
    // 教育局 sees it once routed, masked; a department it was not routed to does not.
    expect((await ok<P.SchoolRequestView[]>(education.req('GET', '/api/v1/schooling'))).map((r) => r.id)).toContain(req.id);
    expect((await finance.req('GET', `/api/v1/schooling/${req.id}`)).statusCode).toBe(404);
    expect((await talent.req('GET', `/api/v1/schooling/${req.id}`)).statusCode).toBe(404);
    expect(errorPaths((await education.req('POST', `/api/v1/schooling/${req.id}/reveal`, { purpose: '' })).json())).toEqual(['purpose']);
    expect(await ok(education.req('POST', `/api/v1/schooling/${req.id}/reveal`, { purpose: '核对户籍' }))).toEqual({ childName: '张小明' });
    expect((await audits('inkind.school.reveal'))[0]).toMatchObject({ actor_id: education.user.userId, detail: { field: 'childName', purpose: '核对户籍' } });

    // Deciding before every department agreed is refused by the joint review.
    expect((await cityClerk.req('POST', `/api/v1/schooling/${req.id}/decide`, { school: '柯城区实验小学' })).statusCode).toBe(409);
    await ok(cityClerk.req('POST', `/api/v1/applications/${appId}/reviews`, { decision: 'approve' }));
    await ok(education.req('POST', `/api/v1/applications/${appId}/reviews`, { decision: 'approve' }));
    expect(errorPaths((await cityClerk.req('POST', `/api/v1/schooling/${req.id}/decide`, {})).json())).toEqual(['school']);
    expect((await education.req('POST', `/api/v1/schooling/${req.id}/decide`, { school: '柯城区实验小学' })).statusCode).toBe(403);
    const placed = await ok<P.SchoolRequestView>(cityClerk.req('POST', `/api/v1/schooling/${req.id}/decide`, { school: '柯城区实验小学' }));
    expect(placed).toMatchObject({ status: 'placed', statusText: '已安排学校', school: '柯城区实验小学' });
    expect((await h.p.db.selectFrom('applications').select('state').where('id', '=', appId).executeTakeFirstOrThrow()).state).toBe('approved');
    expect((await messagesOf(countyPersonId)).some((t) => t.includes('安排至「柯城区实验小学」'))).toBe(true);
    expect((await cityClerk.req('POST', `/api/v1/schooling/${req.id}/decide`, { reason: '学位已满' })).statusCode).toBe(409);
    expect((await ok<P.SchoolRequestView[]>(countyTalent.req('GET', '/api/v1/schooling')))[0]).toMatchObject({ id: req.id, status: 'placed' });
  });

  it('a decision half made — the application approved, the request still open — is completed by deciding again', async () => {
    const req = await ok<P.SchoolRequestView>(countyTalent.req('POST', '/api/v1/schooling', { childName: '张小红', stage: 'primary', grade: '三年级', wishedArea: '柯城区' }));
    const appId = req.applicationId!;
    await ok(cityClerk.req('POST', `/api/v1/applications/${appId}/accept`));
    await ok(cityClerk.req('POST', `/api/v1/applications/${appId}/reviews`, { decision: 'approve' }));
    await ok(education.req('POST', `/api/v1/applications/${appId}/reviews`, { decision: 'approve' }));
    await ok(cityClerk.req('POST', `/api/v1/applications/${appId}/approve`)); // as if the request's own step had failed after it
    const placed = await ok<P.SchoolRequestView>(cityClerk.req('POST', `/api/v1/schooling/${req.id}/decide`, { school: '柯城区新星小学' }));
    expect(placed).toMatchObject({ status: 'placed', school: '柯城区新星小学' });
    // Deciding the other way than the application went is still refused.
    const other = await ok<P.SchoolRequestView>(countyTalent.req('POST', '/api/v1/schooling', { childName: '张小刚', stage: 'primary', grade: '二年级', wishedArea: '柯城区' }));
    await ok(cityClerk.req('POST', `/api/v1/applications/${other.applicationId!}/accept`));
    await ok(cityClerk.req('POST', `/api/v1/applications/${other.applicationId!}/reviews`, { decision: 'approve' }));
    await ok(education.req('POST', `/api/v1/applications/${other.applicationId!}/reviews`, { decision: 'approve' }));
    await ok(cityClerk.req('POST', `/api/v1/applications/${other.applicationId!}/approve`));
    expect((await cityClerk.req('POST', `/api/v1/schooling/${other.id}/decide`, { reason: '学位已满' })).statusCode).toBe(409);
  });
});

describe('医疗保健: green-channel slots', () => {
  it('books within capacity under concurrency, cancels, and the hospital marks attended as a card use', async () => {
    const badSlot = await hospital.req('POST', '/api/v1/health/slots', { day: '2026-13-01', period: '', capacity: 0 });
    expect(errorPaths(badSlot.json())).toEqual(['day', 'period', 'capacity']);
    expect((await talent.req('POST', '/api/v1/health/slots', { day: '2026-11-30', period: '上午', capacity: 3 })).statusCode).toBe(403);
    const slot = await ok<P.SlotView>(hospital.req('POST', '/api/v1/health/slots', { day: '2026-11-30', period: '14:00–15:00', capacity: 3 }));
    expect(slot).toMatchObject({ capacity: 3, booked: 0, left: 3 });

    // Six card holders book the three places at once: exactly three get one.
    const holders = await h.p.db.selectFrom('talent_cards').select('person_id').where('status', '=', 'active').orderBy('person_id').limit(6).execute();
    expect(holders.length).toBe(6);
    const callers: P.Caller[] = holders.map((x, i) => ({ userId: talent.user.userId, username: `holder${i}`, displayName: '持卡人才', role: 'talent', region: 'quzhou_city', department: null, personId: x.person_id, employerId: null }));
    const outcomes = await Promise.allSettled(callers.map((c) => P.bookSlot(h.p, c, slot.id)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(3);
    for (const o of outcomes.filter((x) => x.status === 'rejected')) expect((o as PromiseRejectedResult).reason.message).toContain('已约满');
    expect((await h.p.db.selectFrom('inkind_health_slots').select('booked').where('id', '=', slot.id).executeTakeFirstOrThrow()).booked).toBe(3);

    // The demo talent books a slot of the demo hospital, not twice; cancels and books again.
    const open = (await ok<P.SlotView[]>(talent.req('GET', '/api/v1/health/slots'))).find((s) => s.id !== slot.id && s.left > 0)!;
    const booking = await ok<P.BookingView>(talent.req('POST', `/api/v1/health/slots/${open.id}/book`));
    expect(booking).toMatchObject({ status: 'booked', statusText: '已预约' });
    expect((await talent.req('POST', `/api/v1/health/slots/${open.id}/book`)).statusCode).toBe(409);
    await ok(talent.req('POST', `/api/v1/health/bookings/${booking.id}/cancel`));
    expect((await talent.req('POST', `/api/v1/health/bookings/${booking.id}/cancel`)).statusCode).toBe(409);
    const again = await ok<P.BookingView>(talent.req('POST', `/api/v1/health/slots/${open.id}/book`));
    expect((await h.p.db.selectFrom('inkind_health_slots').select('booked').where('id', '=', open.id).executeTakeFirstOrThrow()).booked).toBe(1);

    // The hospital sees its bookings with masked names; another partner's verifier is refused; a wrong id is 404.
    const seen = await ok<P.BookingView[]>(hospital.req('GET', '/api/v1/health/bookings'));
    expect(seen.find((b) => b.id === again.id)).toMatchObject({ maskedName: '林*远', status: 'booked' });
    expect((await school.req('GET', '/api/v1/health/bookings')).statusCode).toBe(403);
    expect((await hospital.req('POST', '/api/v1/health/bookings/999999/attend')).statusCode).toBe(404);
    const uses = async () => Number((await h.p.db.selectFrom('card_uses').select((eb) => eb.fn.countAll().as('n')).where('service', '=', 'medical_green_channel').executeTakeFirstOrThrow()).n);
    const n = await uses();
    expect(await ok(hospital.req('POST', `/api/v1/health/bookings/${again.id}/attend`))).toMatchObject({ status: 'attended', cardUseRecorded: true });
    expect(await ok(hospital.req('POST', `/api/v1/health/bookings/${again.id}/attend`))).toMatchObject({ status: 'attended' });
    expect(await uses()).toBe(n + 1);
    expect((await ok<P.BookingView[]>(talent.req('GET', '/api/v1/me/health/bookings'))).find((b) => b.id === again.id)).toMatchObject({ status: 'attended', statusText: '已就诊' });
  });
});

describe('教育券', () => {
  it('is issued once per request, shown to the talent, redeemed exactly once among many concurrent attempts', async () => {
    const talentPerson = talent.user.personId!;
    const bad = await cityClerk.req('POST', '/api/v1/vouchers', { personId: talentPerson, amountFen: -5, purpose: '', validTo: '2026-02-30', requestKey: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(errorPaths(bad.json())).toEqual(['amountFen', 'purpose', 'validTo', 'requestKey']);
    expect(bad.json().errors[0].message).toContain('面额');
    // A clerk of another county does not see the talent (柯城区).
    const kaihua = await h.login('clerk_kaihua');
    expect((await kaihua.req('POST', '/api/v1/vouchers', { personId: talentPerson, purpose: '子女教育费用', requestKey: 'voucher-county-1' })).statusCode).toBe(404);
    const body = { personId: talentPerson, amountFen: 300_000, purpose: '子女教育费用', requestKey: 'voucher-test-0001' };
    const v = await ok<P.VoucherView>(cityClerk.req('POST', '/api/v1/vouchers', body));
    expect(v).toMatchObject({ amountFen: 300_000, status: 'issued', statusText: '未使用', validFrom: '2026-11-23' });
    expect((await ok<P.VoucherView>(cityClerk.req('POST', '/api/v1/vouchers', body))).id).toBe(v.id);
    // Without an amount: the local parameter's (2000 元).
    const byDefault = await ok<P.VoucherView>(cityClerk.req('POST', '/api/v1/vouchers', { personId: talentPerson, purpose: '子女教育费用', requestKey: 'voucher-test-0002' }));
    expect(byDefault).toMatchObject({ amountFen: 200_000, validTo: '2027-11-22' });
    const mine = await ok<P.VoucherView[]>(talent.req('GET', '/api/v1/me/vouchers'));
    expect(mine.find((x) => x.id === v.id)!.code).toMatch(/^[A-Z0-9]{12}$/);
    expect((await ok<P.VoucherView[]>(cityClerk.req('GET', '/api/v1/vouchers'))).find((x) => x.id === v.id)!.code).toContain('*');

    expect(errorPaths((await school.req('POST', '/api/v1/vouchers/redeem', { code: 'abc', requestKey: 'k' })).json())).toEqual(['code', 'requestKey']);
    expect((await school.req('POST', '/api/v1/vouchers/redeem', { code: 'ZZZZZZZZZZZZ', requestKey: 'redeem-none-1' })).statusCode).toBe(404);
    expect((await hospital.req('POST', '/api/v1/vouchers/redeem', { code: v.code, requestKey: 'redeem-hosp-1' })).statusCode).toBe(403);
    const attempts = await Promise.all(Array.from({ length: 100 }, (_, i) => school.req('POST', '/api/v1/vouchers/redeem', { code: v.code.toLowerCase(), requestKey: `redeem-concurrent-${i}` })));
    const codes = attempts.map((r) => r.statusCode);
    expect(codes.filter((s) => s === 200)).toHaveLength(1);
    expect(codes.filter((s) => s === 409)).toHaveLength(99);
    expect(attempts.find((r) => r.statusCode === 409)!.json().error).toContain('已使用');
    const winner = attempts.find((r) => r.statusCode === 200)!;
    expect(winner.json()).toMatchObject({ maskedName: '林*远', amountFen: 300_000, statusText: '已核销' });
    expect(await h.p.db.selectFrom('inkind_voucher_redemptions').selectAll().where('voucher_id', '=', v.id).execute()).toHaveLength(1);
    expect((await ok<P.VoucherView[]>(talent.req('GET', '/api/v1/me/vouchers'))).find((x) => x.id === v.id)).toMatchObject({ status: 'redeemed', statusText: '已使用' });
    expect((await cityClerk.req('POST', `/api/v1/vouchers/${v.id}/cancel`, { reason: '误发' })).statusCode).toBe(409);
  });

  it('a resent request answers as the first; cancelled and expired vouchers are refused', async () => {
    const talentPerson = talent.user.personId!;
    const v = await ok<P.VoucherView>(cityClerk.req('POST', '/api/v1/vouchers', { personId: talentPerson, amountFen: 100_000, purpose: '子女教育费用', requestKey: 'voucher-test-0003' }));
    const code = (await ok<P.VoucherView[]>(talent.req('GET', '/api/v1/me/vouchers'))).find((x) => x.id === v.id)!.code;
    const first = await ok(school.req('POST', '/api/v1/vouchers/redeem', { code, requestKey: 'redeem-resent-1' }));
    expect(await ok(school.req('POST', '/api/v1/vouchers/redeem', { code, requestKey: 'redeem-resent-1' }))).toEqual(first);
    expect((await school.req('POST', '/api/v1/vouchers/redeem', { code, requestKey: 'redeem-resent-2' })).statusCode).toBe(409);

    const c = await ok<P.VoucherView>(cityClerk.req('POST', '/api/v1/vouchers', { personId: talentPerson, purpose: '子女教育费用', requestKey: 'voucher-test-0004' }));
    expect(errorPaths((await cityClerk.req('POST', `/api/v1/vouchers/${c.id}/cancel`, {})).json())).toEqual(['reason']);
    expect(await ok(cityClerk.req('POST', `/api/v1/vouchers/${c.id}/cancel`, { reason: '重复签发' }))).toMatchObject({ status: 'cancelled', statusText: '已作废' });
    const cCode = (await h.p.db.selectFrom('inkind_vouchers').select('code').where('id', '=', c.id).executeTakeFirstOrThrow()).code;
    const cancelled = await school.req('POST', '/api/v1/vouchers/redeem', { code: cCode, requestKey: 'redeem-cancelled-1' });
    expect(cancelled.statusCode).toBe(409);
    expect(cancelled.json().error).toContain('已作废');

    const e = await ok<P.VoucherView>(cityClerk.req('POST', '/api/v1/vouchers', { personId: talentPerson, purpose: '子女教育费用', requestKey: 'voucher-test-0005' }));
    await h.p.db.updateTable('inkind_vouchers').set({ valid_from: '2025-01-01', valid_to: '2025-12-31' }).where('id', '=', e.id).execute();
    const eCode = (await h.p.db.selectFrom('inkind_vouchers').select('code').where('id', '=', e.id).executeTakeFirstOrThrow()).code;
    const expired = await school.req('POST', '/api/v1/vouchers/redeem', { code: eCode, requestKey: 'redeem-expired-1' });
    expect(expired.statusCode).toBe(409);
    expect(expired.json().error).toContain('已于 2025-12-31 过期');
    expect((await ok<P.VoucherView[]>(talent.req('GET', '/api/v1/me/vouchers'))).find((x) => x.id === e.id)).toMatchObject({ status: 'expired', statusText: '已过期' });
  });
});

describe('特优贷 referrals', () => {
  it('the talent is referred to a partner bank, which alone sees and answers it', async () => {
    // 特优贷 opens from 银卡 (art23.services.bank_loan): the demo talent (普通卡) is refused until recognised at tier (4).
    const banks = await ok<Array<{ code: string; name: string }>>(talent.req('GET', '/api/v1/loans/banks'));
    expect(banks.map((b) => b.code)).toEqual(['quzhou_bank']);
    const refused = await talent.req('POST', '/api/v1/loans/referrals', { partner: 'quzhou_bank', amountFen: 50_000_000 });
    expect(refused.statusCode).toBe(403);
    await h.p.db.transaction().execute((trx) => P.recordRecognition(trx, { personId: talent.user.personId!, qualifications: [], tierArt19: 4, basis: '测试：第19条第(4)项', validFrom: '2026-01-01', recognisedBy: cityClerk.user.userId }));

    const bad = await talent.req('POST', '/api/v1/loans/referrals', { partner: 'quzhou_hospital', amountFen: 0 });
    expect(errorPaths(bad.json())).toEqual(['partner', 'amountFen']);
    expect(bad.json().errors[0].message).toContain('合作银行');
    const ref = await ok<P.ReferralView>(talent.req('POST', '/api/v1/loans/referrals', { partner: 'quzhou_bank', amountFen: 50_000_000, note: '首套房' }));
    expect(ref).toMatchObject({ status: 'pending', statusText: '待银行答复', partnerName: '衢州市人才银行（合成）' });

    expect((await bank.req('GET', '/api/v1/loans/referrals')).json()).toEqual([expect.objectContaining({ id: ref.id, maskedName: '林*远', amountFen: 50_000_000 })]);
    // Another partner's verifier: not a bank (403), and a referral to another bank answers 404.
    expect((await hospital.req('GET', '/api/v1/loans/referrals')).statusCode).toBe(403);
    await P.addCardPartner(h.p, null, { code: 'other_bank', name: '另一家银行', region: 'quzhou_city', services: ['bank_loan'] });
    await P.createUser(h.p, { username: 'partner_other_bank', password: P.DEMO_PASSWORD, displayName: '另一家银行核验员', role: 'partner_verifier', region: 'quzhou_city', department: 'other_bank' }, null, { demo: true, mustChangePassword: false });
    const other = await h.login('partner_other_bank');
    expect(await ok(other.req('GET', '/api/v1/loans/referrals'))).toEqual([]);
    expect((await other.req('POST', `/api/v1/loans/referrals/${ref.id}/answer`, { decision: 'decline', reason: '不符合条件' })).statusCode).toBe(404);

    expect(errorPaths((await bank.req('POST', `/api/v1/loans/referrals/${ref.id}/answer`, { decision: 'approve' })).json())).toEqual(['approvedFen', 'rateText']);
    expect(errorPaths((await bank.req('POST', `/api/v1/loans/referrals/${ref.id}/answer`, { decision: 'maybe' })).json())).toEqual(['decision']);
    const answered = await ok<P.ReferralView>(bank.req('POST', `/api/v1/loans/referrals/${ref.id}/answer`, { decision: 'approve', approvedFen: 40_000_000, rateText: 'LPR 减 50 个基点' }));
    expect(answered).toMatchObject({ status: 'approved', approvedFen: 40_000_000, rateText: 'LPR 减 50 个基点' });
    expect((await bank.req('POST', `/api/v1/loans/referrals/${ref.id}/answer`, { decision: 'decline', reason: '重复答复' })).statusCode).toBe(409);
    expect((await ok<P.ReferralView[]>(talent.req('GET', '/api/v1/me/loans/referrals')))[0]).toMatchObject({ id: ref.id, statusText: '银行已同意', approvedFen: 40_000_000 });
    expect((await messagesOf(talent.user.personId!)).some((t) => t.includes('已同意您的“特优贷”申请'))).toBe(true);
  });
});
