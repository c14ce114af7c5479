// Money safety through the API, against PGlite in memory or (DATABASE_URL) a real PostgreSQL
// server: an instalment is paid through one path only (a batch or by hand, never both — enforced by
// the database, also when the two race), a bank result reports lines already booked instead of
// refusing the file, one open application per applicant, matter and benefit period (with the
// clerk shown the others), a stale adjusted amount does not leave an application stuck, and a
// change of receiving account needs the version, a reason, is audited and tells the holder.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { insertPayment, payInstalment, createBatch, type Caller } from '@rencai/platform';
import type { DB, Transaction } from '@rencai/store';
import { testDatabaseKind } from '@rencai/store/testing';
import { startHarness, multipart, type Client, type Harness } from './harness.js';

let h: Harness;
let cityClerk: Client, talent: Client, hr: Client, leader: Client, finance: Client;
let clerk: Caller;
beforeAll(async () => {
  h = await startHarness({ persons: 40 });
  [cityClerk, talent, hr, leader, finance] = (await Promise.all(['clerk_city', 'talent', 'hr', 'leader', 'review_finance'].map((u) => h.login(u)))) as [Client, Client, Client, Client, Client];
  const u = await h.p.db.selectFrom('users').selectAll().where('username', '=', 'clerk_city').executeTakeFirstOrThrow();
  clerk = { userId: u.id, username: u.username, displayName: u.display_name, role: u.role, region: u.region, department: u.department, personId: null, employerId: null };
}, 120_000);
afterAll(async () => h?.close());

type ErrorBody = { error: string; errors: Array<{ path: string; message: string }> };
const errorOf = (res: { json: () => unknown }) => res.json() as ErrorBody;

/** A payee with a registered receiving account in `region`. */
async function payee(region: string): Promise<number> {
  const r = await h.p.db.selectFrom('persons').select('id').where('region', '=', region).where('bank_account_enc', 'is not', null).orderBy('id').executeTakeFirstOrThrow();
  return r.id;
}

/** A due grant instalment straight in the ledger (what an approval posts). */
async function grant(key: string, personId: number, region: string): Promise<void> {
  await h.p.db
    .insertInto('ledger')
    .values({ kind: 'grant', person_id: personId, employer_id: null, region, rule: 'art19.7', benefit: '兑付路径测试', clause: '衢委发〔2020〕7号第19条', payer: 'city_finance', year: 2026, due_on: '2026-11-01', amount_fen: 100_000, city_fen: 100_000, county_fen: 0, unit_fen: 0, instalment_key: key, idempotency_key: `grant:${key}` })
    .execute();
}

async function batchKeys(batchId: number): Promise<string[]> {
  return (await h.p.db.selectFrom('batch_items').select('instalment_key').where('batch_id', '=', batchId).orderBy('instalment_key').execute()).map((x) => x.instalment_key);
}

/** The bank's result file for a batch, every line paid, `first` (if given) on the first data row. */
async function bankResult(batchId: number, first?: string): Promise<ReturnType<typeof multipart>> {
  const keys = await batchKeys(batchId);
  const ordered = first ? [first, ...keys.filter((k) => k !== first)] : keys;
  const csv = `兑付键,结果,银行流水号\n${ordered.map((k, i) => `${k},成功,BANK${batchId}-${i}`).join('\n')}\n`;
  return multipart({}, { name: 'result.csv', content: Buffer.from(csv) });
}

const payments = (key: string) => h.p.db.selectFrom('ledger').select(['id', 'batch_id']).where('kind', '=', 'payment').where('instalment_key', '=', key).execute();
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Holds a transaction open (its writes uncommitted, its locks held) until `release` is called. */
function held<T>(work: (trx: Transaction<DB>) => Promise<T>) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let wrote!: () => void;
  const written = new Promise<void>((r) => (wrote = r));
  const done = h.p.db.transaction().execute(async (trx) => {
    const out = await work(trx);
    wrote();
    await gate;
    return out;
  });
  return { written, release, done };
}

/** On a PostgreSQL server: waits until some transaction is blocked on a per-instalment lock (so the race is really on). */
async function untilBlockedOnLock(): Promise<void> {
  if (testDatabaseKind() !== 'postgres') return sleep(50); // PGlite runs one transaction at a time: the other simply waits its turn
  for (let i = 0; i < 200; i++) {
    const r = await sql<{ n: number }>`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted`.execute(h.p.db);
    if (r.rows[0]!.n > 0) return;
    await sleep(25);
  }
  throw new Error('no transaction waited on the instalment lock');
}

describe('one payment path per instalment', () => {
  it('an instalment in an open batch cannot be paid by hand (409, and the database refuses it too); the bank result then books the whole batch', async () => {
    const region = 'jiangshan';
    const person = await payee(region);
    await grant('path:a1', person, region);
    await grant('path:a2', person, region);
    const created = await cityClerk.req('POST', '/api/v1/payment-batches', { region }, { 'idempotency-key': 'path-test-jiangshan-1' });
    expect(created.statusCode).toBe(201);
    const batch = created.json<{ id: number }>();
    expect(await batchKeys(batch.id)).toEqual(expect.arrayContaining(['path:a1', 'path:a2']));

    const byHand = await cityClerk.req('POST', '/api/v1/ledger/payments', { instalmentKey: 'path:a1' }, { 'idempotency-key': 'path-test-manual-a1' });
    expect(byHand.statusCode).toBe(409);
    expect(errorOf(byHand).error).toContain(`兑付批次 #${batch.id}`);
    // Not only the code: a payment row written straight into the ledger is refused by the database.
    const g = await h.p.db.selectFrom('ledger').selectAll().where('kind', '=', 'grant').where('instalment_key', '=', 'path:a1').executeTakeFirstOrThrow();
    await expect(h.p.db.transaction().execute((trx) => insertPayment(trx, g, 'path-test-direct-a1', clerk, null))).rejects.toMatchObject({ code: 'RC001' });
    // Nor can a batch's payment name an instalment that is not one of its lines.
    await grant('path:a3', person, region);
    const g3 = await h.p.db.selectFrom('ledger').selectAll().where('kind', '=', 'grant').where('instalment_key', '=', 'path:a3').executeTakeFirstOrThrow();
    await expect(h.p.db.transaction().execute((trx) => insertPayment(trx, g3, 'path-test-direct-a3', clerk, batch.id))).rejects.toMatchObject({ code: 'RC002' });
    expect(await payments('path:a1')).toEqual([]);

    const result = await cityClerk.req('POST', `/api/v1/payment-batches/${batch.id}/result`, await bankResult(batch.id));
    expect(result.statusCode).toBe(200);
    expect(result.json()).toMatchObject({ alreadyPaid: false, alreadyBooked: [], batch: { state: 'paid' } });
    expect(await payments('path:a1')).toEqual([expect.objectContaining({ batch_id: batch.id })]);
  });

  it('an instalment paid by hand does not enter a batch (createBatch leaves it out, and the database refuses a batch line for it)', async () => {
    const region = 'changshan';
    const person = await payee(region);
    await grant('path:b1', person, region);
    const paid = await cityClerk.req('POST', '/api/v1/ledger/payments', { instalmentKey: 'path:b1' }, { 'idempotency-key': 'path-test-manual-b1' });
    expect(paid.statusCode).toBe(201);
    const created = await cityClerk.req('POST', '/api/v1/payment-batches', { region }, { 'idempotency-key': 'path-test-changshan-1' });
    if (created.statusCode === 201) expect(await batchKeys(created.json<{ id: number }>().id)).not.toContain('path:b1');
    else expect(created.statusCode).toBe(409); // nothing else due in the region
    const b = await h.p.db.insertInto('payment_batches').values({ region, state: 'open', total_fen: 100_000, items: 1, created_by: clerk.userId, idempotency_key: 'path-test-direct-b1' }).returning('id').executeTakeFirstOrThrow();
    await expect(h.p.db.insertInto('batch_items').values({ batch_id: b.id, instalment_key: 'path:b1', amount_fen: 100_000 }).execute()).rejects.toMatchObject({ code: 'RC003' });
  });

  it('racing: a batch taking an instalment while a clerk pays it by hand — the manual payment waits for the batch and is refused', async () => {
    const region = 'longyou';
    const person = await payee(region);
    await grant('path:c1', person, region);
    // The batch's transaction has written its line and not committed yet…
    const batch = held(async (trx) => {
      const b = await trx.insertInto('payment_batches').values({ region, state: 'open', total_fen: 100_000, items: 1, created_by: clerk.userId, idempotency_key: 'path-race-c1' }).returning('id').executeTakeFirstOrThrow();
      await trx.insertInto('batch_items').values({ batch_id: b.id, instalment_key: 'path:c1', amount_fen: 100_000 }).execute();
      return b.id;
    });
    await batch.written;
    // …when the clerk pays the same instalment: on a server, the clerk's checks run before the batch
    // commits and see nothing; the database holds the payment at the instalment's lock.
    const manual = payInstalment(h.p, clerk, 'path:c1', 'path-race-manual-c1').then(
      () => 'paid',
      (e: { status?: number; message: string }) => `${e.status}:${e.message}`,
    );
    await untilBlockedOnLock();
    batch.release();
    const batchId = await batch.done;
    expect(await manual).toBe(`409:该分期已列入兑付批次 #${batchId}（待兑付），由银行按批次转账并导入结果入账，不能另行登记兑付`);
    expect(await payments('path:c1')).toEqual([]);
  });

  it('racing: a clerk paying an instalment while a batch is made — the batch waits for the payment and leaves the instalment out', async () => {
    const region = 'kaihua';
    const person = await payee(region);
    await grant('path:d1', person, region);
    const g = await h.p.db.selectFrom('ledger').selectAll().where('kind', '=', 'grant').where('instalment_key', '=', 'path:d1').executeTakeFirstOrThrow();
    const manual = held((trx) => insertPayment(trx, g, 'path-race-manual-d1', clerk, null));
    await manual.written;
    const batch = createBatch(h.p, clerk, region, 'path-race-kaihua-1').then(
      (b) => ({ id: b.id as number | undefined, status: 201 }),
      (e: { status?: number }) => ({ id: undefined, status: e.status }),
    );
    await untilBlockedOnLock();
    manual.release();
    await manual.done;
    const made = await batch;
    // Refused as a whole (the database found the payment when the line was written), or made without it.
    if (made.id !== undefined) expect(await batchKeys(made.id)).not.toContain('path:d1');
    else expect(made.status).toBe(409);
    expect((await h.p.db.selectFrom('batch_items').select('batch_id').where('instalment_key', '=', 'path:d1').execute()).length).toBe(0);
    expect(await payments('path:d1')).toHaveLength(1);
  });

  it('a bank result with a line already booked elsewhere (from before the two paths were kept apart) books the rest, reports that line, and closes the batch', async () => {
    const region = 'zhizao';
    const person = await payee(region);
    await grant('path:e1', person, region);
    await grant('path:e2', person, region);
    const created = await cityClerk.req('POST', '/api/v1/payment-batches', { region }, { 'idempotency-key': 'path-test-zhizao-1' });
    const batch = created.json<{ id: number; items: number }>();
    expect(await batchKeys(batch.id)).toEqual(expect.arrayContaining(['path:e1', 'path:e2']));
    // The situation an older version allowed: the clerk paid a batched instalment by hand.
    const g = await h.p.db.selectFrom('ledger').selectAll().where('kind', '=', 'grant').where('instalment_key', '=', 'path:e1').executeTakeFirstOrThrow();
    await sql`alter table ledger disable trigger ledger_payment_one_path`.execute(h.p.db);
    const manual = await h.p.db.transaction().execute((trx) => insertPayment(trx, g, 'path-legacy-manual-e1', clerk, null));
    await sql`alter table ledger enable trigger ledger_payment_one_path`.execute(h.p.db);

    const result = await cityClerk.req('POST', `/api/v1/payment-batches/${batch.id}/result`, await bankResult(batch.id, 'path:e1'));
    expect(result.statusCode).toBe(200);
    const r = result.json<{ paid: number; alreadyPaid: boolean; batch: { state: string }; alreadyBooked: Array<{ row: number; instalmentKey: string; paymentId: number; message: string }> }>();
    expect(r).toMatchObject({ paid: batch.items - 1, alreadyPaid: false, batch: { state: 'paid' } });
    expect(r.alreadyBooked).toEqual([{ row: 2, instalmentKey: 'path:e1', paymentId: manual.id, message: expect.stringContaining('可能重复支付') }]);
    expect(r.alreadyBooked[0]!.message).toContain('经办人员另行登记兑付');
    expect(await payments('path:e1')).toEqual([{ id: manual.id, batch_id: null }]);
    expect(await payments('path:e2')).toEqual([expect.objectContaining({ batch_id: batch.id })]);
    const audit = await h.p.db.selectFrom('audit_log').selectAll().where('action', '=', 'batch.paid').where('entity_id', '=', String(batch.id)).executeTakeFirstOrThrow();
    expect(audit.detail).toMatchObject({ items: batch.items - 1, alreadyBooked: [{ instalmentKey: 'path:e1', paymentId: manual.id }] });
    // Imported again: nothing more happens.
    expect((await cityClerk.req('POST', `/api/v1/payment-batches/${batch.id}/result`, await bankResult(batch.id))).json()).toMatchObject({ paid: 0, alreadyPaid: true });
  });
});

describe('one open application per applicant, matter and benefit period', () => {
  it('refuses a second open application with a 409 naming the first; a withdrawn or rejected one frees the period', async () => {
    const mine = (await talent.req('GET', '/api/v1/applications')).json<{ items: Array<{ id: number; matter: string; state: string }> }>().items;
    const allowance = mine.find((a) => a.matter === 'talent_allowance' && a.state === 'submitted')!;
    const second = await talent.req('POST', '/api/v1/applications', { matter: 'talent_allowance' });
    expect(second.statusCode).toBe(409);
    expect(errorOf(second).error).toBe(`已有一份「人才津贴」申报件 #${allowance.id}（已提交（待受理））：同一申报人同一事项同一期间只能有一份，如需重新申报，请先撤回原申报件`);
    expect(errorOf(second).errors).toEqual([{ path: 'matter', message: `已有申报件 #${allowance.id}（已提交（待受理））` }]);
    // The clerk filing for the same person is told the same.
    expect(errorOf(await cityClerk.req('POST', '/api/v1/applications', { matter: 'talent_allowance', personId: talent.user.personId })).error).toContain(`#${allowance.id}`);

    // The talent's 租房补助 was withdrawn (demo data): a new one may be filed, but only one.
    const withdrawn = mine.find((a) => a.matter === 'rent_subsidy' && a.state === 'withdrawn')!;
    const first = await talent.req('POST', '/api/v1/applications', { matter: 'rent_subsidy' });
    expect(first.statusCode).toBe(201);
    const draft = first.json<{ id: number }>();
    const again = await talent.req('POST', '/api/v1/applications', { matter: 'rent_subsidy' });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).error).toContain(`#${draft.id}（草稿）`);
    // The clerk's view lists the applicant's other applications for the same benefit.
    const view = (await cityClerk.req('GET', `/api/v1/applications/${draft.id}`)).json<{ related: { applications: Array<{ id: number; stateLabel: string }>; payments: unknown[] } }>();
    expect(view.related.applications).toEqual([expect.objectContaining({ id: withdrawn.id, stateLabel: '已撤回' })]);
    expect((await talent.req('POST', `/api/v1/applications/${draft.id}/withdraw`, { reason: '重新填写' })).statusCode).toBe(200);
    expect((await talent.req('POST', '/api/v1/applications', { matter: 'rent_subsidy' })).statusCode).toBe(201);

    // A paid allowance holds its period: the entitlement was granted and paid.
    const paid = (await cityClerk.req('GET', '/api/v1/applications?state=paid&matter=talent_allowance')).json<{ items: Array<{ id: number; personId: number }> }>().items[0]!;
    const repeat = await cityClerk.req('POST', '/api/v1/applications', { matter: 'talent_allowance', personId: paid.personId });
    expect(errorOf(repeat).error).toContain(`#${paid.id}（已兑付）`);
    expect(errorOf(repeat).error).toContain('该期间的待遇已核定，不能重复申报');
    const paidView = (await cityClerk.req('GET', `/api/v1/applications/${paid.id}`)).json<{ related: { payments: Array<{ applicationId: number; amountFen: number }> } }>();
    expect(paidView.related.payments.length).toBeGreaterThan(0);
    expect(paidView.related.payments.every((x) => x.applicationId === paid.id && x.amountFen > 0)).toBe(true);
  });

  it('yearly matters hold one period per year; a work station is one station per application', async () => {
    const staff = (await hr.req('GET', '/api/v1/persons')).json<{ items: Array<{ id: number }> }>().items[0]!;
    const salary = (year: number) => hr.req('POST', '/api/v1/applications', { matter: 'salary_subsidy', data: { year, experts: [{ personId: staff.id, salary: '900000', qualified: true }] } });
    const y2026 = await salary(2026);
    expect(y2026.statusCode).toBe(201);
    const dup = await salary(2026);
    expect(dup.statusCode).toBe(409);
    expect(errorOf(dup).error).toContain(`（2026 年度）申报件 #${y2026.json<{ id: number }>().id}（草稿）`);
    expect((await salary(2025)).statusCode).toBe(201);
    const both = await hr.req('POST', '/api/v1/applications', { matter: 'work_station', data: { academicianStation: { established: '2025-06-01', academicians: 1, excellent: 'none' }, postdocStation: { level: 'national', established: '2025-03-01' } } });
    expect(errorOf(both).errors).toEqual([{ path: 'data', message: expect.stringContaining('请分别申报') }]);
    expect((await hr.req('POST', '/api/v1/applications', { matter: 'work_station', data: { postdocStation: { level: 'national', established: '2025-03-01' } } })).statusCode).toBe(201);
    expect((await hr.req('POST', '/api/v1/applications', { matter: 'work_station', data: { postdocStation: { level: 'provincial', established: '2025-04-01' } } })).statusCode).toBe(409);
    expect((await hr.req('POST', '/api/v1/applications', { matter: 'work_station', data: { academicianStation: { established: '2025-06-01', academicians: 1, excellent: 'none' } } })).statusCode).toBe(201);
  });

  it('two requests at once create one application; the database itself refuses a second open row', async () => {
    const person = await h.p.db.selectFrom('persons').select(['id', 'region', 'employer_id']).where('region', '=', 'kecheng').where((eb) => eb.not(eb.exists(eb.selectFrom('applications').select('applications.id').whereRef('applications.person_id', '=', 'persons.id')))).orderBy('id').executeTakeFirstOrThrow();
    const [a, b] = await Promise.all([0, 1].map(() => cityClerk.req('POST', '/api/v1/applications', { matter: 'housing_purchase', personId: person.id })));
    expect([a!.statusCode, b!.statusCode].sort()).toEqual([201, 409]);
    const rows = await h.p.db.selectFrom('applications').select('id').where('person_id', '=', person.id).where('matter', '=', 'housing_purchase').execute();
    expect(rows).toHaveLength(1);
    await expect(
      h.p.db.insertInto('applications').values({ matter: 'housing_purchase', applicant_kind: 'person', person_id: person.id, employer_id: person.employer_id, region: person.region, state: 'submitted', data: '{}', period_key: 'once' }).execute(),
    ).rejects.toMatchObject({ code: '23505' });
  });
});

describe('an adjusted amount whose facts changed before the second approval', () => {
  it('is discarded (recorded, the clerk told) instead of leaving the application stuck; the clerk approves again', async () => {
    const list = (await cityClerk.req('GET', '/api/v1/applications?state=reviewing&matter=talent_allowance')).json<{ items: Array<{ id: number; personId: number }> }>();
    let target: { id: number; personId: number; computedFen: number } | undefined;
    for (const a of list.items) {
      const fen = (await cityClerk.req('GET', `/api/v1/applications/${a.id}/computation`)).json<{ computedFen: number }>().computedFen;
      if (fen > 100) {
        target = { ...a, computedFen: fen };
        break;
      }
    }
    expect(target, 'an allowance in joint review with an amount').toBeDefined();
    const id = target!.id;
    expect((await cityClerk.req('POST', `/api/v1/applications/${id}/reviews`, { decision: 'approve' })).statusCode).toBe(200);
    expect((await finance.req('POST', `/api/v1/applications/${id}/reviews`, { decision: 'approve' })).statusCode).toBe(200);
    const adjusted = await cityClerk.req('POST', `/api/v1/applications/${id}/approve`, { amountFen: target!.computedFen - 100, reason: '按实际在岗月数评定（测试）' });
    expect(adjusted.json()).toMatchObject({ state: 'reviewing', decision: { approvedFen: target!.computedFen - 100, secondApproved: false } });
    // The registry changes before the leader confirms: the person's post is now part-time.
    const person = (await cityClerk.req('GET', `/api/v1/persons/${target!.personId}`)).json<{ employment: Array<Record<string, unknown>>; version: number }>();
    expect((await cityClerk.req('PATCH', `/api/v1/persons/${target!.personId}`, { employment: person.employment.map((e) => ({ ...e, fullTime: false })), reason: '核查为兼职' }, { 'if-match': String(person.version) })).statusCode).toBe(200);

    const confirm = await leader.req('POST', `/api/v1/applications/${id}/confirm-adjustment`);
    expect(confirm.statusCode).toBe(409);
    expect(errorOf(confirm).error).toMatch(/^核定后人才库事实已变化：原调整金额已作废/);
    const after = (await cityClerk.req('GET', `/api/v1/applications/${id}`)).json<{ state: string; decision: unknown; events: Array<{ action: string; reason: string | null }> }>();
    expect(after).toMatchObject({ state: 'reviewing', decision: null });
    expect(after.events.at(-1)).toMatchObject({ action: 'adjust.discard', reason: expect.stringContaining('作废') });
    const audit = await h.p.db.selectFrom('audit_log').selectAll().where('action', '=', 'application.adjust_discard').where('entity_id', '=', String(id)).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_id: leader.user.userId, detail: { approvedFen: target!.computedFen - 100, computedFen: target!.computedFen, decidedBy: cityClerk.user.userId } });
    expect((await cityClerk.req('GET', '/api/v1/messages')).json<Array<{ text: string; applicationId: number }>>().some((m) => m.applicationId === id && m.text.includes('作废'))).toBe(true);
    // Nothing pending any more: the clerk decides again on the facts as they are now.
    const again = await cityClerk.req('POST', `/api/v1/applications/${id}/approve`);
    expect(again.statusCode).toBe(200);
    expect(again.json<{ state: string }>().state).not.toBe('reviewing');
  });
});

describe('a change of receiving account', () => {
  it('needs the version last seen (428 without, 409 stale) and a reason; it is audited and the holder is told', async () => {
    const me = talent.user.personId!;
    const url = `/api/v1/persons/${me}`;
    const account = { bankName: '中国银行衢州分行', bankAccount: '6217856000123456789' };
    const { version } = (await talent.req('GET', url)).json<{ version: number }>();
    const noVersion = await talent.req('PATCH', url, { ...account, reason: '本人登记收款账户' });
    expect(noVersion.statusCode).toBe(428);
    expect(errorOf(noVersion).error).toContain('If-Match');
    const noReason = await talent.req('PATCH', url, account, { 'if-match': String(version) });
    expect(noReason.statusCode).toBe(400);
    expect(errorOf(noReason).errors).toEqual([{ path: 'reason', message: expect.stringContaining('变更收款账户须说明原因') }]);
    expect((await talent.req('PATCH', url, { ...account, reason: '本人登记收款账户' }, { 'if-match': String(version - 1) })).statusCode).toBe(409);
    const set = await talent.req('PATCH', url, { ...account, reason: '本人登记收款账户' }, { 'if-match': String(version) });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ bankAccountMasked: '6217***********6789', version: version + 1 });

    // A clerk changes it: the same terms, and the holder is told who, what and why (masked).
    const changed = await cityClerk.req('PATCH', url, { bankName: '衢州农商银行', bankAccount: '6230910000001234567', reason: '本人持新卡到窗口办理' }, { 'if-match': String(version + 1) });
    expect(changed.statusCode).toBe(200);
    const msg = (await talent.req('GET', '/api/v1/messages')).json<Array<{ text: string }>>()[0]!.text;
    expect(msg).toBe('收款账户已变更：衢州农商银行 6230***********4567（原为：中国银行衢州分行 6217***********6789）。办理人：市人才办经办人员（全市）；原因：本人持新卡到窗口办理。如非您本人或本单位办理，请立即联系人才办。');
    const audit = await h.p.db.selectFrom('audit_log').selectAll().where('action', '=', 'person.bank_account').where('entity_id', '=', String(me)).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_id: cityClerk.user.userId, detail: { reason: '本人持新卡到窗口办理', before: { bankAccountMasked: '6217***********6789' }, after: { bankName: '衢州农商银行', bankAccountMasked: '6230***********4567' } } });
    expect(JSON.stringify(audit)).not.toContain('6230910000001234567');
    // Other edits keep If-Match optional.
    expect((await cityClerk.req('PATCH', url, { phone: '13905700001' })).statusCode).toBe(200);

    // An employer's account: the same, and the organisation's HR reads the message.
    const org = `/api/v1/employers/${hr.user.employerId}`;
    const e = (await hr.req('GET', org)).json<{ version: number }>();
    expect((await hr.req('PATCH', org, { bankName: '中国建设银行衢州分行', bankAccount: '33050161234500001234', reason: '更换基本户' })).statusCode).toBe(428);
    expect((await cityClerk.req('PATCH', org, { bankName: '中国建设银行衢州分行', bankAccount: '33050161234500001234' }, { 'if-match': String(e.version) })).statusCode).toBe(400);
    expect((await hr.req('PATCH', org, { bankName: '中国建设银行衢州分行', bankAccount: '33050161234500001234', reason: '更换基本户' }, { 'if-match': String(e.version) })).statusCode).toBe(200);
    expect((await hr.req('GET', '/api/v1/messages')).json<Array<{ text: string }>>()[0]!.text).toMatch(/^收款账户已变更：中国建设银行衢州分行 3305\*+1234/);
    const versions = await h.p.db.selectFrom('record_versions').select('reason').where('entity', '=', 'employer').where('entity_id', '=', hr.user.employerId!).orderBy('version', 'desc').executeTakeFirstOrThrow();
    expect(versions.reason).toBe('更换基本户');
  });
});
