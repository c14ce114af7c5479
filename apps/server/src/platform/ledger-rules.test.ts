// Ledger rules that span applications, against the database under test: the salary subsidy's
// per-enterprise yearly cap, housing grants capped at the actual price, fiscal shares split exactly,
// a sale within ten years raising a refund receivable, and the list of past decisions a later
// registry change would alter.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entitlement } from '@rencai/engine';
import { postGrants, splitShares, updatePerson, type Caller } from '@rencai/platform';
import { startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let clerk: Caller;
let cityClerk: Client;
beforeAll(async () => {
  h = await startHarness({ persons: 12 });
  cityClerk = await h.login('clerk_city');
  const u = await h.p.db.selectFrom('users').selectAll().where('username', '=', 'clerk_city').executeTakeFirstOrThrow();
  clerk = { userId: u.id, username: u.username, displayName: u.display_name, role: u.role, region: u.region, department: u.department, personId: null, employerId: null };
}, 120_000);
afterAll(async () => h?.close());

const ent = (rule: string, amountFen: number, date: string, payer = 'shared'): Entitlement =>
  ({
    policy: 'quzhou-2020',
    rule,
    benefit: rule,
    name: rule,
    kind: 'cash',
    clause: { doc: '衢委发〔2020〕7号', article: 16, cite: '衢委发〔2020〕7号第16条' },
    text: '',
    beneficiary: 'employer',
    payer: { code: payer, name: payer },
    status: 'granted',
    amountFen,
    schedule: { kind: 'once', description: '', instalments: [{ date, year: Number(date.slice(0, 4)), amountFen, due: true }] },
    explanation: { eligibility: {} as never },
  }) as Entitlement;

// Bare application rows for the grants to hang on; each its own benefit period, as these tests post
// grants for several applications of one applicant straight into the ledger.
let fixtures = 0;
async function newApplication(matter: string, personId: number | null, employerId: number | null, region: string): Promise<number> {
  const r = await h.p.db.insertInto('applications').values({ matter, applicant_kind: personId ? 'person' : 'employer', person_id: personId, employer_id: employerId, region, state: 'reviewing', data: '{}', period_key: `ledger-fixture-${++fixtures}` }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

describe('caps across applications', () => {
  it('keeps an enterprise’s salary subsidy within 100万元 a year over two applications, and starts afresh the next year', async () => {
    const emp = await h.p.db.selectFrom('employers').select(['id', 'region']).where('kind', '=', 'enterprise').executeTakeFirstOrThrow();
    const post = async (amount: number, date: string) => {
      const app = await newApplication('salary_subsidy', null, emp.id, emp.region);
      return h.p.db.transaction().execute((trx) => postGrants(trx, { applicationId: app, personId: null, employerId: emp.id, region: emp.region, actor: clerk }, [ent('art16.salary_subsidy', amount, date)], amount));
    };
    expect((await post(80_000_000, '2025-03-01'))[0]).toMatchObject({ amountFen: 80_000_000 });
    const second = (await post(60_000_000, '2025-09-01'))[0]!;
    expect(second).toMatchObject({ amountFen: 20_000_000, cappedFromFen: 60_000_000 });
    expect(second.note).toContain('单个企业年度上限');
    expect((await post(10_000_000, '2025-12-01'))[0]).toMatchObject({ amountFen: 0, cappedFromFen: 10_000_000 });
    expect((await post(60_000_000, '2026-01-05'))[0]).toMatchObject({ amountFen: 60_000_000 });
  });

  it('never lets housing grants to one person exceed the actual price', async () => {
    const person = await h.p.db.selectFrom('persons').select(['id', 'region']).orderBy('id', 'desc').executeTakeFirstOrThrow();
    const post = async (amount: number) => {
      const app = await newApplication('housing_purchase', person.id, null, person.region);
      return h.p.db.transaction().execute((trx) => postGrants(trx, { applicationId: app, personId: person.id, employerId: null, region: person.region, actor: clerk, purchasePriceFen: 100_000_000 }, [ent('art20.5', amount, '2025-06-30')], amount));
    };
    expect((await post(72_000_000))[0]!.amountFen).toBe(72_000_000);
    expect((await post(72_000_000))[0]).toMatchObject({ amountFen: 28_000_000, cappedFromFen: 72_000_000 });
  });
});

describe('fiscal shares', () => {
  it('splits exactly in fen, rounding the city share half-up and giving the rest to the county', () => {
    expect(splitShares('shared', 12_345, 40)).toEqual({ city_fen: 4_938, county_fen: 7_407, unit_fen: 0 });
    expect(splitShares('shared', 1, 50)).toEqual({ city_fen: 1, county_fen: 0, unit_fen: 0 });
    expect(splitShares('city_finance', 999, 0)).toEqual({ city_fen: 999, county_fen: 0, unit_fen: 0 });
    expect(splitShares('district_finance', 999, 100)).toEqual({ city_fen: 0, county_fen: 999, unit_fen: 0 });
    expect(splitShares('employer_unit', 999, 100)).toEqual({ city_fen: 0, county_fen: 0, unit_fen: 999 });
  });
});

describe('a sale within ten years', () => {
  it('turns the housing grants into a refund receivable; a sale after ten years does not', async () => {
    // Two persons with no applications of their own (so no decision elsewhere in this file depends on them).
    const people = await h.p.db
      .selectFrom('persons')
      .select(['id', 'region'])
      .where((eb) => eb.not(eb.exists(eb.selectFrom('applications').select('applications.id').whereRef('applications.person_id', '=', 'persons.id'))))
      .orderBy('id')
      .limit(2)
      .execute();
    const [a, b] = people as [{ id: number; region: string }, { id: number; region: string }];
    for (const x of [a, b]) {
      const app = await newApplication('housing_purchase', x.id, null, x.region);
      await h.p.db.transaction().execute((trx) => postGrants(trx, { applicationId: app, personId: x.id, employerId: null, region: x.region, actor: clerk, purchasePriceFen: 90_000_000 }, [ent('art20.2', 54_000_000, '2016-07-01')], 54_000_000));
    }
    await updatePerson(h.p, clerk, a.id, { housing: { purchase: { date: '2016-06-30', price: 900000, isFirst: true } } });
    await updatePerson(h.p, clerk, a.id, { housing: { purchase: { date: '2016-06-30', price: 900000, isFirst: true, sold: true, soldDate: '2026-06-30' } } });
    await updatePerson(h.p, clerk, b.id, { housing: { purchase: { date: '2016-06-30', price: 900000, isFirst: true, sold: true, soldDate: '2026-07-01' } } });
    const refunds = await h.p.db.selectFrom('ledger').selectAll().where('kind', '=', 'refund_receivable').where('person_id', 'in', [a.id, b.id]).execute();
    expect(refunds.map((r) => [r.person_id, r.amount_fen, r.clause])).toEqual([[a.id, 54_000_000, '衢委发〔2020〕7号第20条第四句']]);
    // Recording the same sale again does not double the receivable.
    await updatePerson(h.p, clerk, a.id, { name: '改名不影响退回' });
    expect((await h.p.db.selectFrom('ledger').select('id').where('kind', '=', 'refund_receivable').where('person_id', '=', a.id).execute()).length).toBe(1);
  });
});

describe('effect of later changes on past decisions', () => {
  it('lists the decided applications whose facts changed since, with the new amount', async () => {
    const decided = (await cityClerk.req('GET', '/api/v1/applications?state=paid')).json<{ items: Array<{ id: number; personId: number; amountFen: number }> }>();
    const target = decided.items.find((x) => (x.amountFen ?? 0) > 0)!;
    expect(target).toBeTruthy();
    expect((await cityClerk.req('GET', '/api/v1/decisions/changes')).json<Array<{ applicationId: number }>>().map((x) => x.applicationId)).not.toContain(target.id);
    const person = (await cityClerk.req('GET', `/api/v1/persons/${target.personId}`)).json<{ employment: Array<Record<string, unknown>>; version: number }>();
    const employment = person.employment.map((e) => ({ ...e, fullTime: false }));
    expect((await cityClerk.req('PATCH', `/api/v1/persons/${target.personId}`, { employment, reason: '核查为兼职' })).statusCode).toBe(200);
    const changes = (await cityClerk.req('GET', '/api/v1/decisions/changes')).json<Array<{ applicationId: number; factsChanged: boolean; nowFen: number; decidedFen: number }>>();
    expect(changes).toContainEqual(expect.objectContaining({ applicationId: target.id, factsChanged: true, nowFen: 0, decidedFen: target.amountFen }));
  });
});
