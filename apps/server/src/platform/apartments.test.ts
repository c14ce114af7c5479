// Talent apartments (人才公寓) through the API, against PGlite in memory or (DATABASE_URL) a real
// PostgreSQL server: an applicant the rules do not make eligible is refused; an application of
// 人才公寓申租 goes through joint review (人才办, 住建局) and approval, which pays nothing and puts the
// talent on the waiting list in the stated order (level before approval date); a housing clerk
// registers units, offers one to the head of the list; the talent declines (keeps their place) and
// accepts the next; the move-in makes the registry fact 租住人才公寓 hold from that day (the rent
// subsidy rule reads it); the tenancy ends and the unit is available again. Every step messages the
// talent and is audited; a repeated step gives the same answer; a unit outside the clerk's regions
// is not found; concurrent offers leave one live tenancy; bad input is named by its field.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calculateRequest } from '@rencai/services';
import * as P from '@rencai/platform';
import { idNumber, ok, startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let talent: Client, clerk: Client, housing: Client, kaihua: Client, hrss: Client;
beforeAll(async () => {
  h = await startHarness({ persons: 12 });
  [talent, clerk, housing, kaihua, hrss] = (await Promise.all(['talent', 'clerk_city', 'review_housing', 'clerk_kaihua', 'review_hrss'].map((u) => h.login(u)))) as [Client, Client, Client, Client, Client];
}, 120_000);
afterAll(async () => h?.close());

type Json = Record<string, unknown>;
interface Tenancy { id: number; status: string; statusText: string; personId: number; apartment: { id: number; status: string; unitNo: string }; moveIn: string | null; endedOn: string | null }
interface Entry { id: number; personId: number; status: string; position: number | null; priority: number; priorityLabel: string; declines: number }
interface Mine { application: { id: number; state: string } | null; eligible: boolean; entry: Entry | null; tenancy: Tenancy | null }

const mine = () => ok<Mine>(talent.req('GET', '/api/v1/me/apartment'));
const waitlist = () => ok<{ order: string; entries: Entry[] }>(clerk.req('GET', '/api/v1/apartments/waitlist'));
const talentPersonId = () => talent.user.personId!;

/** A person in 柯城区 with a current full-time post at the demo talent's employer, and what else is given. */
async function newPerson(extra: Json): Promise<number> {
  const employerId = (await ok<{ employerId: number }>(clerk.req('GET', `/api/v1/persons/${talentPersonId()}`))).employerId;
  const body = { idNumber: idNumber(), name: `公寓测试${extra.housing ? '甲' : '乙'}`, region: 'kecheng', employerId, employment: [{ employerId, region: 'kecheng', fullTime: true, start: '2024-09-01', post: 'other' }], ...extra };
  return (await ok<{ id: number }>(clerk.req('POST', '/api/v1/persons', body), 201)).id;
}

/** Submitted, accepted, both departments agree, approved — for `by` (the talent) or the clerk on a person's behalf. */
async function approvedApplication(by: Client, personId?: number): Promise<number> {
  const app = await ok<{ id: number; materials: Array<{ provided: boolean }> }>(by.req('POST', '/api/v1/applications', { matter: 'talent_apartment', ...(personId ? { personId } : {}) }), 201);
  // Every material of the matter is held by the registry: nothing to upload.
  expect(app.materials.every((m) => m.provided)).toBe(true);
  await ok(by.req('POST', `/api/v1/applications/${app.id}/submit`));
  const accepted = await ok<{ reviews: Array<{ department: string }> }>(clerk.req('POST', `/api/v1/applications/${app.id}/accept`));
  expect(accepted.reviews.map((r) => r.department).sort()).toEqual(['housing', 'talent_office']);
  await ok(clerk.req('POST', `/api/v1/applications/${app.id}/reviews`, { department: 'talent_office', decision: 'approve' }));
  await ok(housing.req('POST', `/api/v1/applications/${app.id}/reviews`, { decision: 'approve' }));
  const done = await ok<{ state: string; amountFen: number | null }>(clerk.req('POST', `/api/v1/applications/${app.id}/approve`));
  expect(done.state).toBe('approved');
  return app.id;
}

let masterId: number;
let unitA: number, unitB: number;

describe('applying for 人才公寓', () => {
  it('refuses an applicant the rules do not make eligible (has bought a home), naming the matter, in Chinese', async () => {
    const owner = await newPerson({ housing: { hasPurchased: true } });
    const res = await clerk.req('POST', '/api/v1/applications', { matter: 'talent_apartment', personId: owner });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ errors: [{ path: 'matter' }] });
    expect(res.json<{ errors: Array<{ message: string }> }>().errors[0]!.message).toContain('已购房');
  });

  it('approval pays nothing and puts the talent on the list: level before approval date', async () => {
    expect(await mine()).toMatchObject({ application: null, eligible: true, entry: null, tenancy: null });
    // A master's graduate (a rent-subsidy target, art. 20 item (4)) approved first, then the demo talent (PhD, item (3)).
    masterId = await newPerson({ housing: { hasPurchased: false } });
    await P.recordRecognition(h.p.db, { personId: masterId, qualifications: [{ code: 'master_fulltime_other' }], basis: '测试：学历认定', validFrom: '2024-09-01', recognisedBy: clerk.user.userId });
    await approvedApplication(clerk, masterId);
    const appId = await approvedApplication(talent);
    const list = await waitlist();
    expect(list.order).toBe('tier_then_date');
    const me = list.entries.find((e) => e.personId === talentPersonId())!;
    const master = list.entries.find((e) => e.personId === masterId)!;
    expect(me).toMatchObject({ status: 'waiting', position: 1, priority: 3, priorityLabel: '第20条第(3)项人才' });
    expect(master).toMatchObject({ status: 'waiting', position: 2 });
    expect(master.priority).toBeGreaterThan(3);
    expect(await mine()).toMatchObject({ application: { id: appId, state: 'approved' }, entry: { position: 1, status: 'waiting' }, tenancy: null });
    // Read again: no second entry (one per application).
    expect((await waitlist()).entries.filter((e) => e.personId === talentPersonId()).length).toBe(1);
    // In-kind: nothing booked in the ledger.
    expect((await h.p.db.selectFrom('ledger').select('id').where('application_id', '=', appId).execute()).length).toBe(0);
  });
});

describe('the stock', () => {
  it('a housing clerk registers units; bad input is named by field; a duplicate names the unit number; another county is refused', async () => {
    const a = await ok<{ id: number; areaText: string; rentText: string; statusText: string }>(clerk.req('POST', '/api/v1/apartments', { region: 'kecheng', project: '衢州未来社区人才公寓 3 幢', unitNo: '1203', areaM2: '45.6', rooms: 1, rent: '1200' }));
    expect(a).toMatchObject({ areaText: '45.60 ㎡', rentText: '1,200 元/月', statusText: '可配租' });
    unitA = a.id;
    unitB = (await ok<{ id: number }>(housing.req('POST', '/api/v1/apartments', { region: 'kecheng', project: '衢州未来社区人才公寓 3 幢', unitNo: '1204', areaM2: 60, rooms: 2, rent: 1500 }))).id;
    const bad = await clerk.req('POST', '/api/v1/apartments', { region: 'kecheng', project: '', areaM2: 'big', rooms: 0, rent: '-1' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path).sort()).toEqual(['areaM2', 'project', 'rent', 'rooms', 'unitNo']);
    const dup = await clerk.req('POST', '/api/v1/apartments', { region: 'kecheng', project: '衢州未来社区人才公寓 3 幢', unitNo: '1203', areaM2: '45.6', rooms: 1, rent: '1200' });
    expect(dup.statusCode).toBe(400);
    expect(dup.json()).toMatchObject({ errors: [{ path: 'unitNo' }] });
    expect((await kaihua.req('POST', '/api/v1/apartments', { region: 'kecheng', project: '某公寓', unitNo: '1', areaM2: 40, rooms: 1, rent: 800 })).json()).toMatchObject({ errors: [{ path: 'region' }] });
  });

  it('outside the clerk’s regions a unit is not found; other roles may not manage', async () => {
    expect((await kaihua.req('POST', `/api/v1/apartments/${unitA}/offer`, {})).statusCode).toBe(404);
    expect((await kaihua.req('POST', `/api/v1/apartments/${unitA}/status`, { status: 'maintenance' })).statusCode).toBe(404);
    expect((await kaihua.req('GET', '/api/v1/apartments')).json<Array<{ id: number }>>().map((u) => u.id)).not.toContain(unitA);
    expect((await ok<Array<{ id: number }>>(clerk.req('GET', '/api/v1/apartments'))).map((u) => u.id)).toContain(unitA);
    expect((await hrss.req('GET', '/api/v1/apartments')).statusCode).toBe(403);
    expect((await talent.req('POST', `/api/v1/apartments/${unitA}/offer`, {})).statusCode).toBe(403);
  });
});

describe('allocation, move-in and tenancy end', () => {
  it('offers to the head of the list; out of order needs a reason; the talent declines and keeps their place', async () => {
    const master = (await waitlist()).entries.find((e) => e.personId === masterId)!;
    expect((await clerk.req('POST', `/api/v1/apartments/${unitA}/offer`, { waitlistId: master.id })).json()).toMatchObject({ errors: [{ path: 'reason' }] });
    const offer = await ok<Tenancy>(clerk.req('POST', `/api/v1/apartments/${unitA}/offer`, {}));
    expect(offer).toMatchObject({ status: 'offered', personId: talentPersonId(), apartment: { id: unitA, status: 'offered' } });
    // The same offer again: the same tenancy; another clerk's offer of the unit is refused.
    const me = (await waitlist()).entries.find((e) => e.personId === talentPersonId())!;
    expect((await ok<Tenancy>(clerk.req('POST', `/api/v1/apartments/${unitA}/offer`, { waitlistId: me.id }))).id).toBe(offer.id);
    expect((await ok<Tenancy>(clerk.req('POST', `/api/v1/apartments/${unitA}/offer`, {}))).id).toBe(offer.id);
    expect((await housing.req('POST', `/api/v1/apartments/${unitA}/offer`, {})).statusCode).toBe(409);
    expect((await h.p.db.selectFrom('apartment_tenancies').select('id').where('apartment_id', '=', unitA).execute()).length).toBe(1);
    expect(await mine()).toMatchObject({ entry: { status: 'offered', position: null }, tenancy: { id: offer.id, status: 'offered' } });
    const declined = await ok<Tenancy>(talent.req('POST', `/api/v1/me/apartment/tenancies/${offer.id}/decline`, { reason: '离单位较远' }));
    expect(declined).toMatchObject({ status: 'declined', apartment: { status: 'available' } });
    expect((await ok<Tenancy>(talent.req('POST', `/api/v1/me/apartment/tenancies/${offer.id}/decline`, {}))).status).toBe('declined');
    expect((await mine()).entry).toMatchObject({ status: 'waiting', position: 1, declines: 1 });
    // Declined: it cannot be accepted any more.
    expect((await talent.req('POST', `/api/v1/me/apartment/tenancies/${offer.id}/accept`)).statusCode).toBe(409);
  });

  it('accepted, moved in: the registry fact holds from that day and the rent subsidy rule sees it; the tenancy ends and the unit is available', async () => {
    const offer = await ok<Tenancy>(housing.req('POST', `/api/v1/apartments/${unitB}/offer`, {}));
    expect(offer.personId).toBe(talentPersonId());
    expect((await clerk.req('POST', `/api/v1/apartments/tenancies/${offer.id}/move-in`, { date: '2026-11-24' })).statusCode).toBe(409); // not accepted yet
    expect((await ok<Tenancy>(talent.req('POST', `/api/v1/me/apartment/tenancies/${offer.id}/accept`))).status).toBe('accepted');
    expect((await ok<Tenancy>(talent.req('POST', `/api/v1/me/apartment/tenancies/${offer.id}/accept`))).status).toBe('accepted');
    expect((await clerk.req('POST', `/api/v1/apartments/tenancies/${offer.id}/move-in`, { date: '2026-11-31' })).json()).toMatchObject({ errors: [{ path: 'date' }] });
    expect((await kaihua.req('POST', `/api/v1/apartments/tenancies/${offer.id}/move-in`, { date: '2026-11-31' })).statusCode).toBe(404);
    const moved = await ok<Tenancy>(clerk.req('POST', `/api/v1/apartments/tenancies/${offer.id}/move-in`, { date: '2026-11-24' }));
    expect(moved).toMatchObject({ status: 'active', moveIn: '2026-11-24', apartment: { status: 'occupied' } });
    expect((await ok<Tenancy>(clerk.req('POST', `/api/v1/apartments/tenancies/${offer.id}/move-in`, { date: '2026-11-24' }))).status).toBe('active');

    // The registry: a new version of the record, and the fact as of each date.
    const person = (await P.personRow(h.p.db, talentPersonId()))!;
    const fact = async (asOf: string) => ((await P.personProfile(h.p.db, person, asOf)).person as Json).talentApartment;
    expect(await fact('2026-11-23')).toBe(false);
    expect(await fact('2026-11-24')).toBe(true);
    const history = await ok<Array<{ reason: string | null }>>(clerk.req('GET', `/api/v1/persons/${talentPersonId()}/history`));
    expect(history.at(-1)!.reason).toContain('人才公寓入住');
    expect((await ok<{ housing: Json }>(clerk.req('GET', `/api/v1/persons/${talentPersonId()}`))).housing.talentApartment).toBe(true);
    // The rent subsidy rule reads the same fact from the record: its condition 未租住人才公寓 holds the day before, not from the move-in.
    const notRenting = async (asOf: string) => {
      const r = calculateRequest({ profile: await P.personProfile(h.p.db, person, asOf), date: asOf, whyNot: true });
      const e = [...r.entitlements, ...(r.notEligible ?? []), ...r.undetermined].find((x) => x.rule === 'art20.rent')!;
      type Node = { label?: string; met?: boolean; children?: Node[] };
      const find = (n: Node): Node | undefined => (n.label === '未租住人才公寓' ? n : (n.children ?? []).map(find).find(Boolean));
      return find(e.explanation.eligibility as Node)?.met;
    };
    expect(await notRenting('2026-11-23')).toBe(true);
    expect(await notRenting('2026-11-24')).toBe(false);

    // Tenancy end: bad input by field, then the end; the fact holds until the day before.
    expect((await kaihua.req('POST', `/api/v1/apartments/tenancies/${offer.id}/end`, { date: 'soon', kind: 'moved' })).statusCode).toBe(404); // another county's, whatever the body
    const bad = await clerk.req('POST', `/api/v1/apartments/tenancies/${offer.id}/end`, { date: 'soon', kind: 'moved' });
    expect(bad.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path).sort()).toEqual(['date', 'kind']);
    expect((await clerk.req('POST', `/api/v1/apartments/tenancies/${offer.id}/end`, { date: '2026-11-20', kind: 'purchase' })).json()).toMatchObject({ errors: [{ path: 'date' }] });
    const ended = await ok<Tenancy>(clerk.req('POST', `/api/v1/apartments/tenancies/${offer.id}/end`, { date: '2026-11-30', kind: 'purchase' }));
    expect(ended).toMatchObject({ status: 'ended', endedOn: '2026-11-30', apartment: { status: 'available' } });
    expect((await ok<Tenancy>(clerk.req('POST', `/api/v1/apartments/tenancies/${offer.id}/end`, { date: '2026-11-30', kind: 'purchase' }))).status).toBe('ended');
    const after = (await P.personRow(h.p.db, talentPersonId()))!;
    expect(((await P.personProfile(h.p.db, after, '2026-11-29')).person as Json).talentApartment).toBe(true);
    expect(((await P.personProfile(h.p.db, after, '2026-11-30')).person as Json).talentApartment).toBe(false);
    expect((await mine()).entry).toMatchObject({ status: 'left' });
    // A clerk editing the housing record keeps the dated tenancy: the fact is still true on a day of it.
    expect((await clerk.req('PATCH', `/api/v1/persons/${talentPersonId()}`, { housing: { hasPurchased: false, talentApartment: false }, reason: '核对住房情况' })).statusCode).toBe(200);
    const edited = (await P.personRow(h.p.db, talentPersonId()))!;
    expect(((await P.personProfile(h.p.db, edited, '2026-11-25')).person as Json).talentApartment).toBe(true);

    // Each step told the talent and was audited.
    const texts = (await ok<{ items: Array<{ text: string }> } | Array<{ text: string }>>(talent.req('GET', '/api/v1/messages')));
    const all = (Array.isArray(texts) ? texts : texts.items).map((m) => m.text).join('\n');
    for (const w of ['轮候名单', '配租通知', '放弃本次人才公寓配租', '已接受人才公寓配租', '入住人才公寓', '退租']) expect(all).toContain(w);
    const actions = (await h.p.db.selectFrom('audit_log').select('action').where('action', 'like', 'apartment.%').execute()).map((r) => r.action);
    for (const a of ['apartment.create', 'apartment.offer', 'apartment.decline', 'apartment.accept', 'apartment.move_in', 'apartment.end']) expect(actions).toContain(a);
    expect((await h.p.db.selectFrom('audit_log').select('action').where('action', '=', 'person.talent_apartment').execute()).length).toBe(2);
  });

  it('concurrent offers leave exactly one live tenancy for the unit and the person', async () => {
    const results = await Promise.all([clerk.req('POST', `/api/v1/apartments/${unitA}/offer`, {}), housing.req('POST', `/api/v1/apartments/${unitA}/offer`, {}), clerk.req('POST', `/api/v1/apartments/${unitB}/offer`, {})]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409, 409]);
    const live = await h.p.db.selectFrom('apartment_tenancies').selectAll().where('person_id', '=', masterId).where('status', 'in', ['offered', 'accepted', 'active']).execute();
    expect(live.length).toBe(1);
    for (const r of results.filter((x) => x.statusCode === 409)) expect(r.json<{ error: string }>().error).toMatch(/[\u4e00-\u9fa5]/);
  });
});
