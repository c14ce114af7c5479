// 椒江 人才房票 through the API, against PGlite in memory or (DATABASE_URL) PostgreSQL: the 房票联审
// (人才办、住建局、财政局) approved with the amount and validity the approver sets within the local
// parameters → the voucher bound to the talent, messaged and audited → a registered seller redeems it
// once against the holder's purchase contract → one grant and one payment in the ledger (rule
// voucher, 区财政, 椒江); refusals naming the field (amount above the cap, someone else's ID number,
// expired, cancelled, another region's seller, a used voucher); 1,000 concurrent redemptions → one.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as P from '@rencai/platform';
import { startHarness, idNumber, multipart, ok, PDF, uscc, YUAN, type Client, type Harness } from './harness.js';

let h: Harness;
let admin: Client, clerk: Client, seller: Client, otherSeller: Client;
const reviewers: Record<string, Client> = {};
let employerId: number;
let seq = 0;

beforeAll(async () => {
  h = await startHarness({ persons: 20 });
  admin = await h.login('admin');
  const made: Array<[string, 'clerk' | 'reviewer', string | null]> = [
    ['hv_clerk', 'clerk', 'talent_office'],
    ['hv_housing', 'reviewer', 'housing'],
    ['hv_finance', 'reviewer', 'finance'],
  ];
  for (const [username, role, department] of made) await P.createUser(h.p, { username, password: P.DEMO_PASSWORD, displayName: username, role, region: 'jiaojiang', department }, null, { demo: true, mustChangePassword: false });
  clerk = await h.login('hv_clerk');
  reviewers.talent_office = clerk;
  reviewers.housing = await h.login('hv_housing');
  reviewers.finance = await h.login('hv_finance');
  // A registered seller of 椒江 (through the API) and, for the region check, one of 柯城 (made directly).
  await ok(admin.req('POST', '/api/v1/housing-sellers', { code: 'jj_developer', name: '椒江置业有限公司（合成）', kind: 'developer', uscc: uscc() }));
  await P.addCardPartner(h.p, null, { code: 'kc_agent', name: '柯城房屋销售（合成）', region: 'kecheng', services: ['housing_voucher'] });
  await h.p.db.insertInto('housing_sellers').values({ partner: 'kc_agent', name: '柯城房屋销售（合成）', kind: 'agent', uscc: uscc() }).execute();
  for (const [username, dept] of [['hv_seller', 'jj_developer'], ['hv_seller_kc', 'kc_agent']] as const) {
    await P.createUser(h.p, { username, password: P.DEMO_PASSWORD, displayName: username, role: 'partner_verifier', region: dept === 'kc_agent' ? 'kecheng' : 'jiaojiang', department: dept }, null, { demo: true, mustChangePassword: false });
  }
  seller = await h.login('hv_seller');
  otherSeller = await h.login('hv_seller_kc');
  employerId = (await ok<{ id: number }>(clerk.req('POST', '/api/v1/employers', { uscc: uscc(), name: '椒江测试科技有限公司', region: 'jiaojiang', kind: 'enterprise', keyIndustry: false, sector: 'other' }), 201)).id;
}, 120_000);
afterAll(async () => h?.close());

type Voucher = P.HousingVoucherView;
const errorPaths = (body: { errors?: Array<{ path: string }> }) => (body.errors ?? []).map((e) => e.path);

/** A 椒江 talent whose 房票联审 every department agreed: their person id, ID number and application id. */
async function reviewedTalent(): Promise<{ personId: number; id: string; appId: number }> {
  const id = idNumber();
  const personId = (await ok<{ id: number }>(clerk.req('POST', '/api/v1/persons', { idNumber: id, name: `房票人${++seq}`, region: 'jiaojiang', employerId, education: [{ degree: 'master', fullTime: true }], employment: [{ employerId, region: 'jiaojiang', fullTime: true, start: '2024-03-01', post: 'other' }] }), 201)).id;
  await P.recordRecognition(h.p.db, { personId, qualifications: [{ code: 'master_fulltime_other' }], basis: '学历认定（测试）', validFrom: '2024-03-01', recognisedBy: clerk.user.userId });
  return { personId, id, appId: await reviewedApplication(personId) };
}

/** A 房票联审 application of the person, filed, accepted and agreed by 人才办、住建局、财政局. */
async function reviewedApplication(personId: number): Promise<number> {
  const app = await ok<{ id: number; materials: Array<{ code: string; provided: boolean }>; reviews: Array<{ department: string }> }>(clerk.req('POST', '/api/v1/applications', { matter: 'jj_housing_voucher', personId }), 201);
  for (const m of app.materials.filter((x) => !x.provided)) await ok(clerk.req('POST', `/api/v1/applications/${app.id}/files`, multipart({ material: m.code }, { name: `${m.code}.pdf`, content: PDF })), 201);
  await ok(clerk.req('POST', `/api/v1/applications/${app.id}/submit`));
  const accepted = await ok<{ reviews: Array<{ department: string }> }>(clerk.req('POST', `/api/v1/applications/${app.id}/accept`));
  expect(accepted.reviews.map((r) => r.department).sort()).toEqual(['finance', 'housing', 'talent_office']);
  for (const r of accepted.reviews) await ok(reviewers[r.department]!.req('POST', `/api/v1/applications/${app.id}/reviews`, { decision: 'approve' }));
  return app.id;
}

async function issued(amountFen = 300_000 * YUAN): Promise<{ personId: number; id: string; voucher: Voucher; code: string }> {
  const t = await reviewedTalent();
  const voucher = await ok<Voucher>(clerk.req('POST', `/api/v1/applications/${t.appId}/housing-voucher`, { amountFen, requestKey: `issue-${t.appId}-key` }));
  const code = (await h.p.db.selectFrom('housing_vouchers').select('code').where('id', '=', voucher.id).executeTakeFirstOrThrow()).code;
  return { ...t, voucher, code };
}

const contract = (code: string, buyerIdNumber: string, extra: Record<string, unknown> = {}) => ({ code, buyerIdNumber, contractNo: `JJ-2026-${++seq}`, houseAddress: '椒江区心海社区 3 幢 1201 室', totalPriceFen: 1_800_000 * YUAN, contractDate: '2026-11-23', requestKey: `redeem-${seq}-key`, ...extra });

describe('椒江人才房票', () => {
  it('the 联审 approves with an amount within the cap; the talent sees it; a seller redeems it once; the ledger holds one grant and its payment', async () => {
    const t = await reviewedTalent();
    // Above the local cap (40 万 example), a validity beyond the local term, no request key: refused naming each field.
    const bad = await clerk.req('POST', `/api/v1/applications/${t.appId}/housing-voucher`, { amountFen: 400_001 * YUAN, validTo: '2030-01-01' });
    expect(bad.statusCode).toBe(400);
    expect(errorPaths(bad.json())).toEqual(['amountFen', 'validTo', 'requestKey']);
    expect(bad.json().errors[0].message).toContain('不超过 40 万元');
    expect((await reviewers.housing!.req('POST', `/api/v1/applications/${t.appId}/housing-voucher`, { amountFen: 1, requestKey: 'by-reviewer-1' })).statusCode).toBe(403);

    const v = await ok<Voucher>(clerk.req('POST', `/api/v1/applications/${t.appId}/housing-voucher`, { amountFen: 293_862_07, requestKey: 'issue-main-0001' }));
    expect(v).toMatchObject({ personId: t.personId, amountFen: 293_862_07, validFrom: '2026-11-23', validTo: '2027-11-22', status: 'issued', statusText: '未使用' });
    expect(v.code).toMatch(/^[A-Z0-9]{2}\*{8}[A-Z0-9]{2}$/);
    // Sent again (same key, or the same application): the same voucher, not a second one.
    expect((await ok<Voucher>(clerk.req('POST', `/api/v1/applications/${t.appId}/housing-voucher`, { amountFen: 293_862_07, requestKey: 'issue-main-0001' }))).id).toBe(v.id);
    expect((await ok<Voucher>(clerk.req('POST', `/api/v1/applications/${t.appId}/housing-voucher`, { amountFen: 100, requestKey: 'issue-main-0002' }))).id).toBe(v.id);
    expect(await h.p.db.selectFrom('housing_vouchers').select('id').where('person_id', '=', t.personId).execute()).toHaveLength(1);
    expect((await h.p.db.selectFrom('applications').select('state').where('id', '=', t.appId).executeTakeFirstOrThrow()).state).toBe('approved');
    expect(await h.p.db.selectFrom('audit_log').selectAll().where('action', '=', 'housing_voucher.issue').where('entity_id', '=', String(v.id)).execute()).toHaveLength(1);
    expect((await h.p.db.selectFrom('messages').select('text').where('person_id', '=', t.personId).execute()).some((m) => m.text.includes('房票面额 293862.07 元'))).toBe(true);

    // A second 房票联审 of the same talent is not issued a second voucher (a repeat benefit).
    const second = await clerk.req('POST', `/api/v1/applications/${await reviewedApplication(t.personId)}/housing-voucher`, { amountFen: 100 * YUAN, requestKey: 'issue-second-0001' });
    expect(second.statusCode).toBe(409);
    expect(second.json().errors).toEqual([{ path: 'applicationId', message: expect.stringContaining('已持有房票') }]);

    // The talent sees it with the full code.
    await P.createUser(h.p, { username: 'hv_talent', password: P.DEMO_PASSWORD, displayName: '房票人才', role: 'talent', region: 'jiaojiang', personId: t.personId }, null, { demo: true, mustChangePassword: false });
    const talent = await h.login('hv_talent');
    const mine = await ok<Voucher[]>(talent.req('GET', '/api/v1/me/housing-vouchers'));
    expect(mine).toHaveLength(1);
    const code = mine[0]!.code;
    expect(code).toMatch(/^[A-Z0-9]{12}$/);

    // Refusals naming the field: bad input; someone else's ID number; a contract dated before issue; another region's seller; a talent.
    const badInput = await seller.req('POST', '/api/v1/housing-vouchers/redeem', { code: 'x', buyerIdNumber: '123', contractNo: '', houseAddress: '', totalPriceFen: -1, contractDate: '2026-13-01', requestKey: 'k' });
    expect(badInput.statusCode).toBe(400);
    expect(errorPaths(badInput.json())).toEqual(['code', 'requestKey', 'buyerIdNumber', 'contractNo', 'houseAddress', 'totalPriceFen', 'contractDate']);
    const someoneElse = await seller.req('POST', '/api/v1/housing-vouchers/redeem', contract(code, idNumber()));
    expect(someoneElse.statusCode).toBe(422);
    expect(someoneElse.json().errors).toEqual([{ path: 'buyerIdNumber', message: expect.stringContaining('与房票持有人不符') }]);
    expect(errorPaths((await seller.req('POST', '/api/v1/housing-vouchers/redeem', contract(code, t.id, { contractDate: '2026-11-01' }))).json())).toEqual(['contractDate']);
    const foreign = await otherSeller.req('POST', '/api/v1/housing-vouchers/redeem', contract(code, t.id));
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().errors).toEqual([{ path: 'code', message: expect.stringContaining('椒江区') }]);
    expect((await talent.req('POST', '/api/v1/housing-vouchers/redeem', contract(code, t.id))).statusCode).toBe(403);

    // Redeemed by the holder's contract; the same request resent answers the same; another request is refused.
    const body = contract(code.toLowerCase().replace(/(.{4})/g, '$1-'), t.id.toLowerCase());
    const red = await ok<P.HousingRedemptionAnswer>(seller.req('POST', '/api/v1/housing-vouchers/redeem', body));
    expect(red).toMatchObject({ voucherId: v.id, amountFen: 293_862_07, statusText: '已核销', contractNo: body.contractNo });
    expect(red.holderName).toContain('*');
    expect(await ok<P.HousingRedemptionAnswer>(seller.req('POST', '/api/v1/housing-vouchers/redeem', body))).toEqual(red);
    const again = await seller.req('POST', '/api/v1/housing-vouchers/redeem', contract(code, t.id));
    expect(again.statusCode).toBe(409);
    expect(again.json().errors).toEqual([{ path: 'code', message: '该房票已核销，不能重复使用' }]);

    // The ledger: one grant and its payment, rule voucher, 区财政, 椒江, all county money.
    const rows = await h.p.db.selectFrom('ledger').selectAll().where('application_id', '=', t.appId).orderBy('id').execute();
    expect(rows.map((r) => [r.kind, r.rule, r.payer, r.region, r.amount_fen, r.county_fen, r.city_fen])).toEqual([
      ['grant', 'voucher', 'district_finance', 'jiaojiang', 293_862_07, 293_862_07, 0],
      ['payment', 'voucher', 'district_finance', 'jiaojiang', 293_862_07, 293_862_07, 0],
    ]);
    expect(rows[0]!.clause).toContain('椒江区');
    const redemption = await h.p.db.selectFrom('housing_voucher_redemptions').selectAll().where('voucher_id', '=', v.id).executeTakeFirstOrThrow();
    expect(redemption).toMatchObject({ partner: 'jj_developer', contract_no: body.contractNo, total_price_fen: 1_800_000 * YUAN, instalment_key: rows[0]!.instalment_key });

    // The talent and the clerk see it redeemed; it can no longer be cancelled.
    expect((await ok<Voucher[]>(talent.req('GET', '/api/v1/me/housing-vouchers')))[0]).toMatchObject({ status: 'redeemed', statusText: '已核销', redemption: { sellerName: '椒江置业有限公司（合成）', contractNo: body.contractNo } });
    expect((await ok<Voucher[]>(clerk.req('GET', '/api/v1/housing-vouchers'))).find((x) => x.id === v.id)).toMatchObject({ status: 'redeemed' });
    expect((await clerk.req('POST', `/api/v1/housing-vouchers/${v.id}/cancel`, { reason: '测试作废' })).statusCode).toBe(409);
    // A clerk of another region does not see it; cancelling it answers 404.
    const kecheng = await h.login('clerk_kecheng');
    expect((await ok<Voucher[]>(kecheng.req('GET', '/api/v1/housing-vouchers'))).map((x) => x.id)).not.toContain(v.id);
    expect((await kecheng.req('POST', `/api/v1/housing-vouchers/${v.id}/cancel`, { reason: '测试作废' })).statusCode).toBe(404);
  });

  it('refuses an expired or a cancelled voucher, naming the code', async () => {
    const expired = await issued();
    await h.p.db.updateTable('housing_vouchers').set({ valid_from: '2026-01-01', valid_to: '2026-11-22' }).where('id', '=', expired.voucher.id).execute();
    const r1 = await seller.req('POST', '/api/v1/housing-vouchers/redeem', contract(expired.code, expired.id));
    expect(r1.statusCode).toBe(409);
    expect(r1.json().errors).toEqual([{ path: 'code', message: '该房票已于 2026-11-22 过期，不能核销' }]);
    expect((await ok<Voucher[]>(clerk.req('GET', '/api/v1/housing-vouchers'))).find((x) => x.id === expired.voucher.id)).toMatchObject({ status: 'expired', statusText: '已过期' });

    const cancelled = await issued();
    expect(errorPaths((await clerk.req('POST', `/api/v1/housing-vouchers/${cancelled.voucher.id}/cancel`, { reason: '' })).json())).toEqual(['reason']);
    expect(await ok<Voucher>(clerk.req('POST', `/api/v1/housing-vouchers/${cancelled.voucher.id}/cancel`, { reason: '本人放弃购房' }))).toMatchObject({ status: 'cancelled', statusText: '已作废', cancelReason: '本人放弃购房' });
    const r2 = await seller.req('POST', '/api/v1/housing-vouchers/redeem', contract(cancelled.code, cancelled.id));
    expect(r2.statusCode).toBe(409);
    expect(r2.json().errors).toEqual([{ path: 'code', message: '该房票已作废，不能核销' }]);
    expect(await h.p.db.selectFrom('ledger').select('id').where('rule', '=', 'voucher').where('person_id', 'in', [expired.personId, cancelled.personId]).execute()).toEqual([]);
  });

  it('1,000 concurrent redemptions of one voucher: exactly one succeeds, one grant and one payment', async () => {
    const t = await issued(200_000 * YUAN);
    const row = await h.p.db.selectFrom('users').selectAll().where('username', '=', 'hv_seller').executeTakeFirstOrThrow();
    const caller: P.Caller = { userId: row.id, username: row.username, displayName: row.display_name, role: 'partner_verifier', region: row.region, department: row.department, personId: null, employerId: null };
    const results = await Promise.allSettled(Array.from({ length: 1000 }, (_, i) => P.redeemHousingVoucher(h.p, caller, { ...contract(t.code, t.id), requestKey: `concurrent-${i}-key` })));
    const done = results.filter((r) => r.status === 'fulfilled');
    expect(done).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => (r.reason as P.PlatformError).status);
    expect(new Set(refused)).toEqual(new Set([409]));
    expect(await h.p.db.selectFrom('housing_voucher_redemptions').select('id').where('voucher_id', '=', t.voucher.id).execute()).toHaveLength(1);
    const ledger = await h.p.db.selectFrom('ledger').select(['kind', 'amount_fen']).where('person_id', '=', t.personId).where('rule', '=', 'voucher').execute();
    expect(ledger.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'grant', amount_fen: 200_000 * YUAN },
      { kind: 'payment', amount_fen: 200_000 * YUAN },
    ]);
  }, 60_000);
});
