// 椒江 人才房票 through the API, against PGlite in memory or (DATABASE_URL) PostgreSQL: the 房票联审
// (人才办、住建局、财政局) approved with the amount and validity the approver sets within the local
// parameters → the voucher bound to the talent, messaged and audited → a registered seller redeems it
// once against the holder's purchase contract → one grant and one payment in the ledger (rule
// voucher, 区财政, 椒江); refusals naming the field (amount above the cap, someone else's ID number,
// expired, cancelled, another region's seller, a used voucher); 1,000 concurrent redemptions → one.
// The budget: an issued voucher is a commitment against the 椒江 envelope, one beyond it is held for a
// second clerk; redemption, cancellation and expiry release it. Sellers registered by a 椒江 clerk with
// a verifier account, deactivated with a reason.

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
    ['hv_clerk2', 'clerk', 'talent_office'],
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

  it('an issued voucher is committed against the 椒江 envelope; one beyond it is held for a second clerk; redemption, cancellation and expiry release it', async () => {
    type Budget = { id: number; version: number; committedFen: number; paidFen: number; reservedFen: number; remainingFen: number };
    const env = await ok<Budget>(clerk.req('POST', '/api/v1/budgets', { fund: '椒江区人才专项资金', payer: 'district_finance', region: 'jiaojiang', year: 2026, amountFen: 100_000_000 * YUAN, source: '椒江区2026年预算（合成）', reason: '测试' }), 201);
    const c0 = env.committedFen;
    await ok(clerk.req('PATCH', `/api/v1/budgets/${env.id}`, { amountFen: c0 + 500_000 * YUAN, reason: '按测试调整额度' }));
    const budget = () => ok<Budget>(clerk.req('GET', `/api/v1/budgets/${env.id}`));

    // Within the envelope: issued, and committed at once (reserved, not yet paid).
    const a = await issued(300_000 * YUAN);
    expect(a.voucher.status).toBe('issued');
    expect(await budget()).toMatchObject({ committedFen: c0 + 300_000 * YUAN, reservedFen: expect.any(Number), remainingFen: 200_000 * YUAN });
    const reserved0 = (await budget()).reservedFen;

    // Beyond it: held, not told to the talent, not committed; the same clerk cannot confirm it.
    const b = await issued(300_000 * YUAN);
    expect(b.voucher).toMatchObject({ status: 'held', statusText: '超出预算额度，待第二人复核', budgetExcess: expect.stringMatching(/^椒江区人才专项资金.*超出 /) });
    expect((await h.p.db.selectFrom('messages').select('text').where('person_id', '=', b.personId).execute()).some((m) => m.text.includes('房票面额'))).toBe(false);
    expect((await budget()).committedFen).toBe(c0 + 300_000 * YUAN);
    expect((await seller.req('POST', '/api/v1/housing-vouchers/redeem', contract(b.code, b.id))).statusCode).toBe(404);
    expect((await clerk.req('POST', `/api/v1/housing-vouchers/${b.voucher.id}/confirm`, { reason: '同一人复核' })).statusCode).toBe(403);
    // A second clerk: still beyond, so only with a reason.
    const clerk2 = await h.login('hv_clerk2');
    const noReason = await clerk2.req('POST', `/api/v1/housing-vouchers/${b.voucher.id}/confirm`, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([{ path: 'reason', message: expect.stringContaining('超额发放须写明理由') }]);
    const confirmed = await ok<Voucher>(clerk2.req('POST', `/api/v1/housing-vouchers/${b.voucher.id}/confirm`, { reason: '区政府同意追加安排' }));
    expect(confirmed).toMatchObject({ status: 'issued', overrideReason: '区政府同意追加安排' });
    expect((await clerk2.req('POST', `/api/v1/housing-vouchers/${b.voucher.id}/confirm`, { reason: '再次复核' })).statusCode).toBe(409);
    expect((await h.p.db.selectFrom('messages').select('text').where('person_id', '=', b.personId).execute()).some((m) => m.text.includes('房票面额 300000.00 元'))).toBe(true);
    expect(await budget()).toMatchObject({ committedFen: c0 + 600_000 * YUAN, remainingFen: -100_000 * YUAN, reservedFen: reserved0 + 300_000 * YUAN });
    expect(await h.p.db.selectFrom('audit_log').select('action').where('entity', '=', 'housing_voucher').where('entity_id', '=', String(b.voucher.id)).orderBy('seq').execute()).toEqual([{ action: 'housing_voucher.budget_flag' }, { action: 'housing_voucher.confirm' }]);

    // Cancelling one releases its commitment; redeeming the other turns its commitment into the ledger's grant and payment.
    await ok(clerk.req('POST', `/api/v1/housing-vouchers/${a.voucher.id}/cancel`, { reason: '本人放弃购房' }));
    expect((await budget()).committedFen).toBe(c0 + 300_000 * YUAN);
    const paid0 = (await budget()).paidFen;
    await ok(seller.req('POST', '/api/v1/housing-vouchers/redeem', contract(b.code, b.id)));
    expect(await budget()).toMatchObject({ committedFen: c0 + 300_000 * YUAN, reservedFen: reserved0 - 300_000 * YUAN, paidFen: paid0 + 300_000 * YUAN });

    // Expiry ends a commitment on its last day: one that ended yesterday no longer counts.
    const c = await issued(50_000 * YUAN);
    expect((await budget()).committedFen).toBe(c0 + 350_000 * YUAN);
    await h.p.db.updateTable('budget_commitments').set({ expires_on: '2026-11-22' }).where('source', '=', 'housing_voucher').where('ref', '=', String(c.voucher.id)).execute();
    expect((await budget()).committedFen).toBe(c0 + 300_000 * YUAN);
  });

  it('a 椒江 clerk registers a seller with its verifier account, naming each bad field; a deactivated seller cannot redeem', async () => {
    const bad = await clerk.req('POST', '/api/v1/housing-sellers', { code: 'X', name: '', kind: 'bank', uscc: '123', contactPhone: '12', verifier: { username: 'a b', displayName: '', password: 'short' } });
    expect(bad.statusCode).toBe(400);
    expect(errorPaths(bad.json())).toEqual(['code', 'name', 'kind', 'uscc', 'contactPhone', 'verifier.username', 'verifier.displayName', 'verifier.password']);
    expect((await (await h.login('clerk_kecheng')).req('POST', '/api/v1/housing-sellers', { code: 'kc_x', name: '柯城置业', kind: 'agent', uscc: uscc() })).statusCode).toBe(403);

    const code = uscc();
    const s = await ok<P.SellerView>(clerk.req('POST', '/api/v1/housing-sellers', { code: 'jj_agent', name: '椒江房屋销售有限公司（合成）', kind: 'agent', uscc: code, contactName: '陈联系', contactPhone: '13905761234', verifier: { username: 'jj_agent_1', displayName: '核验员甲', password: 'Initial-pass-123' } }));
    expect(s).toMatchObject({ code: 'jj_agent', kindText: '房屋销售单位', contactName: '陈联系', contactPhone: '139****1234', active: true });
    expect(await h.p.db.selectFrom('users').select(['role', 'department', 'region', 'must_change_password']).where('username', '=', 'jj_agent_1').executeTakeFirstOrThrow()).toEqual({ role: 'partner_verifier', department: 'jj_agent', region: 'jiaojiang', must_change_password: true });
    const dup = await clerk.req('POST', '/api/v1/housing-sellers', { code: 'jj_agent2', name: '重复登记', kind: 'agent', uscc: code });
    expect(dup.statusCode).toBe(409);
    expect(errorPaths(dup.json())).toEqual(['uscc']);
    const taken = await clerk.req('POST', '/api/v1/housing-sellers', { code: 'jj_agent3', name: '重名账号', kind: 'agent', uscc: uscc(), verifier: { username: 'jj_agent_1', displayName: '乙', password: 'Initial-pass-123' } });
    expect(errorPaths(taken.json())).toEqual(['verifier.username']);
    expect(await h.p.db.selectFrom('card_partners').select('code').where('code', '=', 'jj_agent3').execute()).toEqual([]);

    // Its verifier redeems until it is deactivated (with a reason); afterwards refused.
    await P.createUser(h.p, { username: 'jj_agent_2', password: P.DEMO_PASSWORD, displayName: '核验员乙', role: 'partner_verifier', region: 'jiaojiang', department: 'jj_agent' }, null, { demo: true, mustChangePassword: false });
    const verifier = await h.login('jj_agent_2');
    expect(await ok(verifier.req('GET', '/api/v1/housing-sellers/me'))).toMatchObject({ name: '椒江房屋销售有限公司（合成）' });
    expect(errorPaths((await clerk.req('POST', '/api/v1/housing-sellers/jj_agent/deactivate', { reason: '' })).json())).toEqual(['reason']);
    expect(await ok<P.SellerView>(clerk.req('POST', '/api/v1/housing-sellers/jj_agent/deactivate', { reason: '营业执照已注销' }))).toMatchObject({ active: false, deactivateReason: '营业执照已注销' });
    expect((await clerk.req('POST', '/api/v1/housing-sellers/jj_agent/deactivate', { reason: '再次停用' })).statusCode).toBe(409);
    expect((await clerk.req('POST', '/api/v1/housing-sellers/nobody/deactivate', { reason: '不存在' })).statusCode).toBe(404);
    const t = await issued(10_000 * YUAN);
    const refused = await verifier.req('POST', '/api/v1/housing-vouchers/redeem', contract(t.code, t.id));
    expect(refused.statusCode).toBe(403);
    expect(JSON.stringify(refused.json())).toContain('已停用');
    expect((await ok<P.SellerView[]>(clerk.req('GET', '/api/v1/housing-sellers'))).at(-1)).toMatchObject({ code: 'jj_agent', active: false });
  });
});
