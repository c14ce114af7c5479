// Paying what the policy says, through the platform's real workflow over HTTP — registry, tier
// recognition, application, acceptance, joint review by each department's own member, approval,
// ledger — for each family of money rules of 衢委发〔2020〕7号, with amounts computed by hand
// from the policy text and its parameters, and checked against the public calculator
// (POST /api/v1/calculate) for the same facts and date. Per-rule decisions (open rules decided
// later, or closed), the expert- and year-attributed salary subsidy with its caps at both limits,
// and the fact homes the rules need. Runs on PGlite and (DATABASE_URL) PostgreSQL.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entitlement } from '@rencai/engine';
import { createUser, DEMO_PASSWORD, expertYearsSubsidized, postGrants, salaryGrantedInYear, type Caller } from '@rencai/platform';
import { idNumber, multipart, ok, PDF, startHarness, TODAY, uscc, YUAN, type Client, type Harness } from './harness.js';
import { describeClaims } from './claims-cases.js';
import { describeProjects } from './projects-cases.js';

let h: Harness;
let clerk: Client;
let leader: Client;
const members: Record<string, Client> = {};
beforeAll(async () => {
  h = await startHarness({ persons: 20 });
  clerk = await h.login('clerk_city');
  leader = await h.login('leader');
  members.talent_office = clerk;
  for (const [dept, user] of Object.entries({ hrss: 'review_hrss', finance: 'review_finance', housing: 'review_housing', science: 'review_science', sci_assoc: 'review_assoc' })) members[dept] = await h.login(user);
}, 180_000);
afterAll(async () => h?.close());
// Every cash rule claimable (椒江, 衢江 and the 衢委发〔2020〕7号 families without a matter before): claims-cases.ts.
describeClaims(() => h);
// Projects, teams and platforms and the staged 双领 money: projects-cases.ts.
describeProjects(() => h);


/** Numbers the test's own employers and persons by name. */
let seq = 0;
type Json = Record<string, unknown>;
interface Detail {
  id: number;
  state: string;
  amountFen: number | null;
  materials: Array<{ code: string; provided: boolean }>;
  reviews: Array<{ department: string }>;
  decision: { seq: number; computedFen: number; approvedFen: number; pending: boolean; secondApproved: boolean; rules: Array<{ key: string; status: string; computedFen: number }>; open: Array<{ key: string }> } | null;
  decisions: Array<{ seq: number; computedFen: number; approvedFen: number; rules: Array<{ key: string; status: string; computedFen: number; reason?: string }>; open: Array<{ key: string }>; factsHash: string; asOf: string; policies: unknown }>;
  openRules: Array<{ key: string; rule: string; name: string; missing: Array<{ fact: string; label: string; where?: string }> }>;
}


async function newEmployer(extra: Json = {}): Promise<number> {
  return (await ok<{ id: number }>(clerk.req('POST', '/api/v1/employers', { uscc: uscc(), name: `测试${++seq}科技有限公司`, region: 'kecheng', kind: 'enterprise', keyIndustry: true, sector: 'digital_economy', ...extra }), 201)).id;
}

/** A person with one current full-time post at `employerId` from `start`, and what else is given. */
async function newPerson(employerId: number, start: string, post: Json = {}, extra: Json = {}): Promise<number> {
  const body = { idNumber: idNumber(), name: `测试人${++seq}`, region: 'kecheng', employerId, employment: [{ employerId, region: 'kecheng', fullTime: true, start, post: 'other', ...post }], ...extra };
  return (await ok<{ id: number }>(clerk.req('POST', '/api/v1/persons', body), 201)).id;
}

/** Creates the application, uploads what the registry does not hold, submits, accepts, and has every department agree through its own member. */
async function reviewed(matter: string, who: { personId?: number; employerId?: number }, data?: Json): Promise<Detail> {
  const app = await ok<Detail>(clerk.req('POST', '/api/v1/applications', { matter, ...who, ...(data ? { data } : {}) }), 201);
  for (const m of app.materials.filter((x) => !x.provided)) await ok(clerk.req('POST', `/api/v1/applications/${app.id}/files`, multipart({ material: m.code }, { name: `${m.code}.pdf`, content: PDF })), 201);
  await ok(clerk.req('POST', `/api/v1/applications/${app.id}/submit`));
  const accepted = await ok<Detail>(clerk.req('POST', `/api/v1/applications/${app.id}/accept`));
  for (const r of accepted.reviews) await ok(members[r.department]!.req('POST', `/api/v1/applications/${app.id}/reviews`, { decision: 'approve' }));
  return accepted;
}

/** The full workflow to the clerk's approval. */
async function approved(matter: string, who: { personId?: number; employerId?: number }, data?: Json, body: Json = {}): Promise<Detail> {
  const app = await reviewed(matter, who, data);
  return ok<Detail>(clerk.req('POST', `/api/v1/applications/${app.id}/approve`, body));
}

/** A tier recognition (认定) through its own workflow. */
async function recognise(personId: number, data: Json): Promise<void> {
  const d = await approved('tier_recognition', { personId }, data);
  expect(d.state).toBe('approved');
}

interface Line { kind: string; rule: string; amountFen: number; year: number | null; dueOn: string; note: string | null; payer: string; unitFen: number; instalmentKey: string; subject: string | null; subjectPersonId: number | null }
const grants = async (applicationId: number) => (await ok<{ lines: Line[] }>(clerk.req('GET', `/api/v1/ledger?applicationId=${applicationId}`))).lines.filter((l) => l.kind === 'grant');
const booked = async (applicationId: number) => (await grants(applicationId)).reduce((s, l) => s + l.amountFen, 0);

interface Ent { rule: string; status: string; totalFen?: number; amountFen?: number }
/** The public calculator for the same facts and date: granted amount per rule (sum over rows). */
async function calculator(profile: Json, rules: string[]): Promise<{ granted: Record<string, number>; upTo: Record<string, number>; obligations: Ent[]; undetermined: string[] }> {
  const r = await ok<{ entitlements: Ent[]; obligations: Ent[]; undetermined: Ent[] }>(h.app.inject({ method: 'POST', url: '/api/v1/calculate', payload: { profile, date: TODAY } }) as never);
  const pick = (status: string) => {
    const out: Record<string, number> = {};
    for (const e of r.entitlements.filter((x) => rules.includes(x.rule) && x.status === status)) out[e.rule] = (out[e.rule] ?? 0) + (e.totalFen ?? e.amountFen ?? 0);
    return out;
  };
  return { granted: pick('granted'), upTo: pick('up_to'), obligations: r.obligations, undetermined: r.undetermined.filter((e) => rules.includes(e.rule)).map((e) => e.rule) };
}
const sum = (o: Record<string, number>) => Object.values(o).reduce((s, x) => s + x, 0);

const ART19 = ['art19.1', 'art19.2', 'art19.3', 'art19.4', 'art19.5', 'art19.6', 'art19.7', 'art19.8'];
const ART20 = ['art20.1', 'art20.2', 'art20.3', 'art20.4', 'art20.5'];
const ART18 = ['art18.new115', 'art18.zj151', 'art18.top_talent', 'art18.young_top_talent', 'art18.distinguished', 'art18.culture_award', 'art18.matching_award', 'art18.social_worker', 'art18.assistant_social_worker'];
const STATIONS = ['art16.academician_station', 'art16.academician_station_excellent', 'art16.postdoc_station'];

describe('talent allowance (第19条): yearly from arrival, tier by recognition and by the nature of the post', () => {
  it('a recognised full-time PhD gets 2万 a year (item 7) for each year since arrival; approved = booked = calculator', async () => {
    const emp = await newEmployer();
    const person = await newPerson(emp, '2024-03-01');
    await recognise(person, { qualifications: ['phd_fulltime'] });
    const d = await approved('talent_allowance', { personId: person });
    // Arrival 2024-03-01; each year's allowance is due once the year is completed (每人每年, per
    // completed year): 2025-03-01 and 2026-03-01 up to 2026-11-23, two years × 20,000 元.
    const hand = 2 * 20_000 * YUAN;
    expect(d).toMatchObject({ state: 'scheduled', amountFen: hand, decision: { computedFen: hand, approvedFen: hand } });
    expect((await grants(d.id)).map((l) => [l.dueOn, l.amountFen])).toEqual([['2025-03-01', 20_000 * YUAN], ['2026-03-01', 20_000 * YUAN]]);
    const calc = await calculator({ region: 'kecheng', person: { qualifications: ['phd_fulltime'], fullTime: true, arrivalDate: '2024-03-01', post: 'other', employerType: 'enterprise', keyIndustryEnterprise: true } }, ART19);
    expect(calc.granted).toEqual({ 'art19.7': hand });
  });

  it('a technician counts (5000 元 a year, item 8) only in a shortage front-line post: recorded yes pays, recorded no decides 0, unrecorded stays open until recorded', async () => {
    const emp = await newEmployer();
    const yes = await newPerson(emp, '2025-01-10', { shortageFrontlinePost: true });
    const no = await newPerson(emp, '2025-01-10', { shortageFrontlinePost: false });
    const unknown = await newPerson(emp, '2025-01-10');
    for (const p of [yes, no, unknown]) await recognise(p, { qualifications: ['technician'] });
    // Arrival 2025-01-10: one completed allowance year (due 2026-01-10) × 5,000 元.
    const paid = await approved('talent_allowance', { personId: yes });
    expect(paid).toMatchObject({ state: 'scheduled', amountFen: 5_000 * YUAN });
    expect(await booked(paid.id)).toBe(5_000 * YUAN);
    const calc = await calculator({ region: 'kecheng', person: { qualifications: ['technician'], fullTime: true, arrivalDate: '2025-01-10', post: 'other', employerType: 'enterprise', keyIndustryEnterprise: true, shortageFrontlinePost: true } }, ART19);
    expect(calc.granted).toEqual({ 'art19.8': 5_000 * YUAN });
    // “No” is recorded, so the rules decide: nothing to pay, every item decided (not met), nothing open.
    const zero = await approved('talent_allowance', { personId: no });
    expect(zero).toMatchObject({ state: 'approved', amountFen: 0, openRules: [] });
    expect(zero.decision!.rules.map((r) => r.status)).toEqual(Array(8).fill('not_eligible'));
    // Not recorded: items 1–7 are decided (not met whatever the answer), item 8 stays open with the fact it needs and where it is recorded.
    const waiting = await approved('talent_allowance', { personId: unknown });
    expect(waiting).toMatchObject({ state: 'approved', amountFen: 0 });
    expect(waiting.openRules).toEqual([{ key: 'art19.8', rule: 'art19.8', name: '第八层次人才津贴', missing: [{ fact: 'person.shortageFrontlinePost', label: '在紧缺职业（工种）一线对口岗位工作', where: '人才档案（工作经历：当日岗位）', home: 'employment' }] }]);
    expect(waiting.decision!.rules.map((r) => r.key)).toEqual(ART19.slice(0, 7));
    await ok(clerk.req('PATCH', `/api/v1/persons/${unknown}`, { employment: [{ employerId: emp, region: 'kecheng', fullTime: true, start: '2025-01-10', post: 'other', shortageFrontlinePost: true }] }));
    const decided = await ok<Detail>(clerk.req('POST', `/api/v1/applications/${waiting.id}/open-rules/decide`));
    expect(decided).toMatchObject({ state: 'scheduled', amountFen: 5_000 * YUAN, openRules: [] });
    expect(decided.decisions.map((d) => [d.seq, d.approvedFen])).toEqual([[1, 0], [2, 5_000 * YUAN]]);
    expect(await booked(waiting.id)).toBe(5_000 * YUAN);
  });
});

describe('deciding twice at once', () => {
  it('two clerks approving the same application at the same moment: one decision, the other a 409; so for deciding its open rules', async () => {
    const emp = await newEmployer();
    const p = await newPerson(emp, '2021-01-01');
    await recognise(p, { qualifications: [{ code: 'new115_l2' }, { code: 'social_worker', obtained: '2023-06-01' }] });
    const app = await reviewed('talent_award', { personId: p }, { cultureAward: { level: 'none' }, matchingAwards: [] });
    const other = await h.login('clerk_kecheng');
    const codes = (await Promise.all([clerk.req('POST', `/api/v1/applications/${app.id}/approve`), other.req('POST', `/api/v1/applications/${app.id}/approve`)])).map((r) => r.statusCode);
    expect(codes.sort()).toEqual([200, 409]);
    await recognise(p, { qualifications: [{ code: 'new115_l2', obtained: '2021-06-01' }] });
    const again = (await Promise.all([clerk.req('POST', `/api/v1/applications/${app.id}/open-rules/decide`), other.req('POST', `/api/v1/applications/${app.id}/open-rules/decide`)])).map((r) => r.statusCode);
    expect(again.sort()).toEqual([200, 409]);
    const decisions = await h.p.db.selectFrom('decisions').select('seq').where('application_id', '=', app.id).orderBy('seq').execute();
    expect(decisions.map((d) => d.seq)).toEqual([1, 2]);
    expect(await booked(app.id)).toBe((5_000 + 25_000) * YUAN);
  });
});

describe('housing purchase subsidy (第20条): area × the half-year price, 120 % for teachers and doctors, capped at the price, refunded on a sale within ten years', () => {
  // Bought 2025-08-01: the 2025 second-half average new-home price of the parameter file, 13,400 元/m².
  const PRICE = 13_400;
  const profile = (quals: string[], post: string, price: number, extra: Json = {}) => ({
    region: 'kecheng',
    person: { qualifications: quals, fullTime: true, arrivalDate: '2023-01-01', post, employerType: 'enterprise', keyIndustryEnterprise: true, serviceAgreementYears: 5, hasPurchased: true, purchase: { date: '2025-08-01', price, isFirst: true }, ...extra },
  });

  it('a teacher with a “双一流” master’s degree: 30 m² × 120 % = 36 m² × 13,400 = 482,400 元; sold within ten years, the same amount is due back', async () => {
    const emp = await newEmployer();
    const person = await newPerson(emp, '2023-01-01', { post: 'teacher', serviceAgreementYears: 5 }, { housing: { purchase: { date: '2025-08-01', price: 1_200_000, isFirst: true } } });
    await recognise(person, { qualifications: ['master_fulltime_dfc'] });
    const d = await approved('housing_purchase', { personId: person });
    const hand = 36 * PRICE * YUAN;
    expect(d).toMatchObject({ state: 'scheduled', amountFen: hand, decision: { computedFen: hand } });
    expect((await grants(d.id)).map((l) => [l.rule, l.amountFen])).toEqual([['art20.5', hand]]);
    expect((await calculator(profile(['master_fulltime_dfc'], 'teacher', 1_200_000), ART20)).granted).toEqual({ 'art20.5': hand });
    // Sold 2026-10-01, 14 months after buying: the subsidy is refunded in full.
    const v = (await ok<{ version: number }>(clerk.req('GET', `/api/v1/persons/${person}`))).version;
    await ok(clerk.req('PATCH', `/api/v1/persons/${person}`, { housing: { purchase: { date: '2025-08-01', price: 1_200_000, isFirst: true, sold: true, soldDate: '2026-10-01' } } }, { 'if-match': String(v) }));
    const refund = (await ok<{ lines: Line[] }>(clerk.req('GET', `/api/v1/ledger?personId=${person}`))).lines.filter((l) => l.kind === 'refund_receivable');
    expect(refund.map((l) => l.amountFen)).toEqual([hand]);
    const calc = await calculator(profile(['master_fulltime_dfc'], 'teacher', 1_200_000, { purchase: { date: '2025-08-01', price: 1_200_000, isFirst: true, sold: true, soldDate: '2026-10-01' } }), ART20);
    expect(calc.obligations.find((o) => o.rule === 'art20.refund')?.amountFen).toBe(hand);
  });

  it('a doctor with a PhD: 60 m² × 120 % = 72 m² × 13,400 = 964,800 元, capped at the actual price of 900,000 元', async () => {
    const emp = await newEmployer({ kind: 'hospital', sector: 'livelihood' });
    const person = await newPerson(emp, '2023-01-01', { post: 'doctor', serviceAgreementYears: 3 }, { housing: { purchase: { date: '2025-08-01', price: 900_000, isFirst: true } } });
    await recognise(person, { qualifications: ['phd_fulltime'] });
    const d = await approved('housing_purchase', { personId: person });
    expect(72 * PRICE).toBe(964_800);
    expect(d).toMatchObject({ amountFen: 900_000 * YUAN, decision: { computedFen: 900_000 * YUAN } });
    expect(await booked(d.id)).toBe(900_000 * YUAN);
    const { keyIndustryEnterprise: _k, ...doctor } = profile(['phd_fulltime'], 'doctor', 900_000).person;
    const calc = await calculator({ region: 'kecheng', person: { ...doctor, employerType: 'public_institution', serviceAgreementYears: 3 } }, ART20);
    expect(calc.granted).toEqual({ 'art20.5': 900_000 * YUAN });
  });

  it('self-employment instead of a three-year agreement: recorded yes pays 60 m² × 13,400 = 804,000 元; recorded no is decided (0), no longer undetermined', async () => {
    const emp = await newEmployer();
    const founder = await newPerson(emp, '2023-01-01', { serviceAgreementYears: 0, selfEmployed: true }, { housing: { purchase: { date: '2025-08-01', price: 1_500_000, isFirst: true } } });
    const employee = await newPerson(emp, '2023-01-01', { serviceAgreementYears: 2, selfEmployed: false }, { housing: { purchase: { date: '2025-08-01', price: 1_500_000, isFirst: true } } });
    for (const p of [founder, employee]) await recognise(p, { qualifications: ['phd_fulltime'] });
    const d = await approved('housing_purchase', { personId: founder });
    expect(d).toMatchObject({ state: 'scheduled', amountFen: 60 * PRICE * YUAN });
    expect(await booked(d.id)).toBe(804_000 * YUAN);
    expect((await calculator(profile(['phd_fulltime'], 'other', 1_500_000, { serviceAgreementYears: 0, selfEmployed: true }), ART20)).granted).toEqual({ 'art20.3': 804_000 * YUAN });
    const none = await approved('housing_purchase', { personId: employee });
    expect(none).toMatchObject({ state: 'approved', amountFen: 0, openRules: [] });
    expect(none.decision!.rules.find((r) => r.key === 'art20.3')).toMatchObject({ status: 'not_eligible', reason: '未签订三年以上服务协议，也不是自主创业' });
  });
});

describe('rent subsidy (第20条): 60 % of twelve months’ minimum wage, three years', () => {
  // 柯城区: wage class 2, 2,070 元 a month since 2021-08-01 → 2,070 × 12 × 60 % = 14,904 元 a year.
  const YEAR = 14_904;
  it('a master’s graduate renting: three years of 14,904 元 = 44,712 元', async () => {
    const emp = await newEmployer();
    const person = await newPerson(emp, '2024-09-01', {}, { housing: { hasPurchased: false, talentApartment: false } });
    await recognise(person, { qualifications: ['master_fulltime_other'] });
    const d = await approved('rent_subsidy', { personId: person });
    expect(2070 * 12 * 0.6).toBe(YEAR);
    expect(d).toMatchObject({ state: 'scheduled', amountFen: 3 * YEAR * YUAN });
    expect((await grants(d.id)).map((l) => [l.dueOn, l.amountFen, l.payer])).toEqual([['2024-09-01', YEAR * YUAN, 'shared'], ['2025-09-01', YEAR * YUAN, 'shared'], ['2026-09-01', YEAR * YUAN, 'shared']]);
    const calc = await calculator({ region: 'kecheng', person: { qualifications: ['master_fulltime_other'], fullTime: true, arrivalDate: '2024-09-01', post: 'other', employerType: 'enterprise', keyIndustryEnterprise: true, hasPurchased: false, talentApartment: false } }, ['art20.rent']);
    expect(calc.granted).toEqual({ 'art20.rent': 3 * YEAR * YUAN });
  });

  it('a fresh graduate of 衢州学院 (talent facts in the registry) at a public institution: the same amount, paid by the institution', async () => {
    const school = await newEmployer({ kind: 'school', sector: 'livelihood', keyIndustry: false });
    const person = await newPerson(school, '2024-09-01', {}, { housing: { hasPurchased: false, talentApartment: false }, facts: { freshGraduate: true, graduateOf: '衢州学院' } });
    const view = await ok<{ facts: Json }>(clerk.req('GET', `/api/v1/persons/${person}`));
    expect(view.facts).toEqual({ freshGraduate: true, graduateOf: 'quzhou_university' });
    await recognise(person, { qualifications: ['bachelor_fulltime'] });
    const d = await approved('rent_subsidy', { personId: person });
    expect(d).toMatchObject({ amountFen: 3 * YEAR * YUAN });
    const lines = await grants(d.id);
    expect(lines.every((l) => l.payer === 'employer_unit' && l.unitFen === l.amountFen)).toBe(true);
    const calc = await calculator({ region: 'kecheng', person: { qualifications: ['bachelor_fulltime'], fullTime: true, arrivalDate: '2024-09-01', post: 'other', employerType: 'public_institution', hasPurchased: false, talentApartment: false, freshGraduate: true, graduateOf: 'quzhou_university' } }, ['art20.rent']);
    expect(calc.granted).toEqual({ 'art20.rent': 3 * YEAR * YUAN });
  });
});

describe('enterprise salary subsidy (第16条): 30 % of salaries of 80万 or more, 100万 per enterprise per claimed year, 3 years per expert', () => {
  const expertsOf = (ids: number[], salaries: number[]) => ids.map((personId, i) => ({ personId, salary: String(salaries[i]), qualified: true }));
  const enterprise = (experts: Array<{ name: string; salary: number; yearsSubsidized: number }>) => ({ region: 'kecheng', enterprise: { name: 'x', sector: 'digital_economy', experts: experts.map((x) => ({ ...x, qualified: true })) } });

  it('three experts (200万, 150万, 80万 → 60万 + 45万 + 24万 = 129万) are capped at 100万, booked per expert under the claimed year', async () => {
    const emp = await newEmployer();
    const xs = [await newPerson(emp, '2022-01-01'), await newPerson(emp, '2022-01-01'), await newPerson(emp, '2022-01-01')];
    const d = await approved('salary_subsidy', { employerId: emp }, { year: 2026, experts: expertsOf(xs, [2_000_000, 1_500_000, 800_000]) });
    expect(d).toMatchObject({ state: 'scheduled', amountFen: 1_000_000 * YUAN, decision: { computedFen: 1_000_000 * YUAN } });
    const lines = await grants(d.id);
    expect(lines.map((l) => [l.subjectPersonId, l.amountFen, l.year])).toEqual([[xs[0], 600_000 * YUAN, 2026], [xs[1], 400_000 * YUAN, 2026]]);
    expect(lines[0]!.subject).toMatch(new RegExp(`（${xs[0]}）$`));
    const calc = await calculator(enterprise([{ name: 'a', salary: 2_000_000, yearsSubsidized: 0 }, { name: 'b', salary: 1_500_000, yearsSubsidized: 0 }, { name: 'c', salary: 800_000, yearsSubsidized: 0 }]), ['art16.salary_subsidy']);
    expect(calc.granted).toEqual({ 'art16.salary_subsidy': 1_000_000 * YUAN });

    // A back-year claim (2025, made in 2026) is booked under 2025: the full 2026 does not take it.
    const back = await approved('salary_subsidy', { employerId: emp }, { year: 2025, experts: expertsOf([xs[0]!], [1_000_000]) });
    expect(back).toMatchObject({ amountFen: 300_000 * YUAN });
    expect((await grants(back.id)).map((l) => [l.amountFen, l.year, l.note])).toEqual([[300_000 * YUAN, 2025, null]]);
  });

  it('an expert subsidised for three claimed years gets 0 for a fourth, whatever the order of the claims; the third year is still paid in full', async () => {
    const emp = await newEmployer();
    const x = await newPerson(emp, '2021-01-01');
    const amounts: number[] = [];
    for (const year of [2024, 2022, 2025]) {
      const d = await approved('salary_subsidy', { employerId: emp }, { year, experts: expertsOf([x], [1_000_000]) });
      amounts.push(await booked(d.id));
    }
    expect(amounts).toEqual([300_000 * YUAN, 300_000 * YUAN, 300_000 * YUAN]); // the third year: at the limit, paid
    for (const year of [2026, 2023]) {
      const d = await approved('salary_subsidy', { employerId: emp }, { year, experts: expertsOf([x], [1_000_000]) });
      expect(d).toMatchObject({ state: 'approved', amountFen: 0, decision: { computedFen: 0, approvedFen: 0 } });
      expect(d.decision!.rules).toEqual([expect.objectContaining({ key: 'art16.salary_subsidy', status: 'not_eligible', reason: '没有符合条件的高薪专家（年薪80万元以上、资助未满3年）' })]);
      expect(await booked(d.id)).toBe(0);
    }
    const calc = await calculator(enterprise([{ name: 'x', salary: 1_000_000, yearsSubsidized: 3 }]), ['art16.salary_subsidy']);
    expect(calc.granted).toEqual({});
    const years = await h.p.db.selectFrom('ledger').select(['year', 'amount_fen']).where('kind', '=', 'grant').where('subject_person_id', '=', x).orderBy('year').execute();
    expect(years).toEqual([{ year: 2022, amount_fen: 300_000 * YUAN }, { year: 2024, amount_fen: 300_000 * YUAN }, { year: 2025, amount_fen: 300_000 * YUAN }]);
  });

  it('two approvals racing for an expert’s third and fourth year: exactly one is booked (the count is taken under the expert’s lock)', async () => {
    const emp = await newEmployer();
    const x = await newPerson(emp, '2021-01-01');
    for (const year of [2021, 2022]) await approved('salary_subsidy', { employerId: emp }, { year, experts: expertsOf([x], [1_000_000]) });
    const a = await reviewed('salary_subsidy', { employerId: emp }, { year: 2023, experts: expertsOf([x], [1_000_000]) });
    const b = await reviewed('salary_subsidy', { employerId: emp }, { year: 2024, experts: expertsOf([x], [1_000_000]) });
    const [ra, rb] = await Promise.all([clerk.req('POST', `/api/v1/applications/${a.id}/approve`), clerk.req('POST', `/api/v1/applications/${b.id}/approve`)]);
    expect([ra.statusCode, rb.statusCode]).toEqual([200, 200]);
    expect([await booked(a.id), await booked(b.id)].sort((m, n) => m - n)).toEqual([0, 300_000 * YUAN]);
    const years = await h.p.db.selectFrom('ledger').select('year').distinct().where('kind', '=', 'grant').where('subject_person_id', '=', x).where('amount_fen', '>', 0).execute();
    expect(years.length).toBe(3);
  });
});

describe('salary-subsidy caps in the ledger itself (whatever the rules computed before the lock)', () => {
  const ent = (amountFen: number, date: string): Entitlement =>
    ({ policy: 'quzhou-2020', rule: 'art16.salary_subsidy', benefit: 'salary_subsidy', name: '企业高层次人才薪酬补助', kind: 'cash', clause: { cite: '衢委发〔2020〕7号第16条第四句' }, text: '', beneficiary: 'employer', payer: { code: 'shared', name: '' }, status: 'granted', amountFen, schedule: { kind: 'once', description: '', instalments: [{ date, year: Number(date.slice(0, 4)), amountFen, due: true }] }, explanation: { eligibility: {} } }) as unknown as Entitlement;
  let actor: Caller;
  beforeAll(async () => {
    const u = await h.p.db.selectFrom('users').selectAll().where('username', '=', 'clerk_city').executeTakeFirstOrThrow();
    actor = { userId: u.id, username: u.username, displayName: u.display_name, role: u.role, region: u.region, department: u.department, personId: null, employerId: null };
  });
  const post = async (employerId: number, data: Json, amountFen: number, date: string, experts?: Array<{ personId: number; amountFen: number }>) => {
    const app = await h.p.db.insertInto('applications').values({ matter: 'salary_subsidy', applicant_kind: 'employer', employer_id: employerId, region: 'kecheng', state: 'reviewing', data: JSON.stringify(data), period_key: `ledger-cap-${++seq}` }).returning('id').executeTakeFirstOrThrow();
    return h.p.db.transaction().execute((trx) => postGrants(trx, { applicationId: app.id, personId: null, employerId, region: 'kecheng', actor, claimedYear: data.year as number, experts: experts?.map((x) => ({ ...x, name: `专家${x.personId}` })) }, [ent(amountFen, date)], amountFen));
  };

  it('100万 per enterprise and claimed year: 70万 then 30万 fills it exactly; one more fen is refused; another year is untouched', async () => {
    const emp = await newEmployer();
    const [a, b] = [await newPerson(emp, '2022-01-01'), await newPerson(emp, '2022-01-01')];
    expect((await post(emp, { year: 2024 }, 700_000 * YUAN, TODAY, [{ personId: a, amountFen: 700_000 * YUAN }]))[0]).toMatchObject({ amountFen: 700_000 * YUAN, subjectPersonId: a });
    expect((await post(emp, { year: 2024 }, 300_000 * YUAN, TODAY, [{ personId: b, amountFen: 300_000 * YUAN }]))[0]).toMatchObject({ amountFen: 300_000 * YUAN });
    expect(await salaryGrantedInYear(h.p.db, emp, 2024)).toBe(1_000_000 * YUAN);
    const over = (await post(emp, { year: 2024 }, 1, TODAY, [{ personId: b, amountFen: 1 }]))[0]!;
    expect(over).toMatchObject({ amountFen: 0, cappedFromFen: 1 });
    expect(over.note).toContain('2024 年度已核定 1000000 元');
    expect((await post(emp, { year: 2023 }, 300_000 * YUAN, TODAY, [{ personId: b, amountFen: 300_000 * YUAN }]))[0]).toMatchObject({ amountFen: 300_000 * YUAN });
  });

  it('3 claimed years per expert, counted by registry id across enterprises and including lines booked before attribution (year and experts read from their application)', async () => {
    const [e1, e2] = [await newEmployer(), await newEmployer()];
    const x = await newPerson(e1, '2020-06-01');
    // An older grant: one line for the application, booked under the approval year (2026), claiming 2021 for x.
    await post(e1, { year: 2021, experts: [{ personId: x, salaryFen: 100_000_000, qualified: true }] }, 300_000 * YUAN, TODAY);
    expect(await expertYearsSubsidized(h.p.db, x, 2026)).toBe(1);
    expect(await salaryGrantedInYear(h.p.db, e1, 2021)).toBe(300_000 * YUAN);
    expect(await salaryGrantedInYear(h.p.db, e1, 2026)).toBe(0);
    await post(e2, { year: 2022 }, 300_000 * YUAN, TODAY, [{ personId: x, amountFen: 300_000 * YUAN }]);
    expect((await post(e1, { year: 2023 }, 300_000 * YUAN, TODAY, [{ personId: x, amountFen: 300_000 * YUAN }]))[0]!.amountFen).toBe(300_000 * YUAN); // the third: paid
    const fourth = (await post(e2, { year: 2024 }, 300_000 * YUAN, TODAY, [{ personId: x, amountFen: 300_000 * YUAN }]))[0]!;
    expect(fourth).toMatchObject({ amountFen: 0, cappedFromFen: 300_000 * YUAN, subjectPersonId: x });
    expect(fourth.note).toBe('该专家已获 3 个年度的薪酬补助，资助期最长 3 年');
    // The same year again (another enterprise, same claimed year) is not a new year.
    expect(await expertYearsSubsidized(h.p.db, x, 2022)).toBe(2);
  });
});

describe('work-station funding (第16条): one station per application, each rule decided on its own', () => {
  const station = (data: Json) => ({ region: 'kecheng', enterprise: { name: 'x', sector: 'digital_economy', ...data } });
  const cases: Array<[string, Json, Record<string, number>]> = [
    ['an academician station with one academician: 100万', { academicianStation: { established: '2025-06-01', academicians: 1, excellent: 'none' } }, { 'art16.academician_station': 1_000_000 }],
    ['three academicians: 100万 + 2 × 30万 = 160万', { academicianStation: { established: '2025-06-01', academicians: 3, excellent: 'none' } }, { 'art16.academician_station': 1_600_000 }],
    ['an excellent provincial station with a 50万 award: 130万 + 1:1 50万', { academicianStation: { established: '2025-06-01', academicians: 2, excellent: 'provincial', excellentDate: '2026-01-15', excellentAward: '500000' } }, { 'art16.academician_station': 1_300_000, 'art16.academician_station_excellent': 500_000 }],
    ['a national postdoc station: 100万', { postdocStation: { level: 'national', established: '2025-03-01' } }, { 'art16.postdoc_station': 1_000_000 }],
    ['a provincial postdoc station: 50万', { postdocStation: { level: 'provincial', established: '2025-03-01' } }, { 'art16.postdoc_station': 500_000 }],
  ];
  for (const [name, data, hand] of cases)
    it(name, async () => {
      const emp = await newEmployer();
      const d = await approved('work_station', { employerId: emp }, data);
      const handFen = sum(hand) * YUAN;
      expect(d).toMatchObject({ state: 'scheduled', amountFen: handFen, openRules: [] });
      const lines = await grants(d.id);
      expect(Object.fromEntries(lines.map((l) => [l.rule, l.amountFen / YUAN]))).toEqual(hand);
      const calc = await calculator(station(data), STATIONS);
      expect(calc.granted).toEqual(Object.fromEntries(Object.entries(hand).map(([k, v]) => [k, v * YUAN])));
    });

  it('an excellent rating without its date leaves the 1:1 matching open (the station is paid); the clerk fills the form’s missing facts and decides it in a second decision', async () => {
    const emp = await newEmployer();
    const d = await approved('work_station', { employerId: emp }, { academicianStation: { established: '2025-06-01', academicians: 1, excellent: 'national' } });
    expect(d).toMatchObject({ state: 'scheduled', amountFen: 1_000_000 * YUAN });
    expect(d.openRules).toEqual([expect.objectContaining({ key: 'art16.academician_station_excellent', missing: expect.arrayContaining([expect.objectContaining({ fact: 'enterprise.academicianStation.excellentDate', label: '评为优秀工作站的日期', where: '本申报件的申报表单', home: 'application' })]) })]);
    // A fact the form already holds cannot be changed here.
    const change = await clerk.req('POST', `/api/v1/applications/${d.id}/open-rules/decide`, { data: { academicianStation: { academicians: 5 } } });
    expect(change.statusCode).toBe(400);
    expect(change.json<{ errors: Array<{ path: string }> }>().errors[0]!.path).toBe('data.academicianStation.academicians');
    const second = await ok<Detail>(clerk.req('POST', `/api/v1/applications/${d.id}/open-rules/decide`, { data: { academicianStation: { excellentDate: '2026-03-01', excellentAward: '300000' } } }));
    expect(second).toMatchObject({ state: 'scheduled', amountFen: 1_300_000 * YUAN, openRules: [] });
    expect(second.decisions.map((x) => [x.seq, x.computedFen, x.rules.map((r) => r.key)])).toEqual([
      [1, 1_000_000 * YUAN, ['art16.academician_station']],
      [2, 300_000 * YUAN, ['art16.academician_station_excellent']],
    ]);
    expect(await booked(d.id)).toBe(1_300_000 * YUAN);
  });
});

describe('talent awards (第18条): every award, each rule decided on its own', () => {
  const awards = (extra: Json = {}) => ({ cultureAward: { level: 'none' }, matchingAwards: [], ...extra });
  const person = (quals: Json[], extra: Json = {}) => ({ region: 'kecheng', person: { qualifications: quals, fullTime: true, arrivalDate: '2021-01-01', post: 'other', employerType: 'enterprise', keyIndustryEnterprise: true, ...extra } });

  it('新115 第一层次 5万, 拔尖人才 5万, 社会工作者 5000, a skill award matched 1:1 (3万), and a culture award evaluated at 8万 of its 10万 ceiling with a second approver', async () => {
    const emp = await newEmployer();
    const p = await newPerson(emp, '2021-01-01');
    const quals = [{ code: 'new115_l1', obtained: '2021-05-01' }, { code: 'city_top_talent', obtained: '2022-03-01' }, { code: 'social_worker', obtained: '2023-06-01' }];
    await recognise(p, { qualifications: quals });
    const data = awards({ cultureAward: { level: 'provincial', date: '2024-05-01' }, matchingAwards: [{ name: '全国技能大赛金奖', category: 'skill_national', award: '30000', date: '2024-09-01' }] });
    const app = await reviewed('talent_award', { personId: p }, data);
    const granted = 50_000 + 50_000 + 5_000 + 30_000;
    const calc = await calculator(person(quals, data), ART18);
    expect(calc.granted).toEqual({ 'art18.new115': 50_000 * YUAN, 'art18.top_talent': 50_000 * YUAN, 'art18.social_worker': 5_000 * YUAN, 'art18.matching_award': 30_000 * YUAN });
    expect(calc.upTo).toEqual({ 'art18.culture_award': 100_000 * YUAN });
    const tooMuch = await clerk.req('POST', `/api/v1/applications/${app.id}/approve`, { amountFen: (granted + 100_001) * YUAN, reason: '超过上限' });
    expect(tooMuch.statusCode).toBe(400);
    const pending = await ok<Detail>(clerk.req('POST', `/api/v1/applications/${app.id}/approve`, { amountFen: (granted + 80_000) * YUAN, reason: '文化类奖项经评定奖励 8 万元' }));
    expect(pending).toMatchObject({ state: 'reviewing', decision: { computedFen: granted * YUAN, approvedFen: (granted + 80_000) * YUAN, pending: true } });
    const done = await ok<Detail>(leader.req('POST', `/api/v1/applications/${app.id}/confirm-adjustment`));
    expect(done).toMatchObject({ state: 'scheduled', amountFen: (granted + 80_000) * YUAN, decision: { pending: false, secondApproved: true } });
    const lines = Object.fromEntries((await grants(app.id)).map((l) => [l.rule, l.amountFen / YUAN]));
    expect(lines).toEqual({ 'art18.new115': 50_000, 'art18.top_talent': 50_000, 'art18.social_worker': 5_000, 'art18.matching_award': 30_000, 'art18.culture_award': 80_000 });
  });

  const cases: Array<[string, Json[], Record<string, number>]> = [
    ['新115 第二层次 2.5万, 省151 配套 2.5万, 青年拔尖人才 2万, 助理社会工作者 2000', [{ code: 'new115_l2', obtained: '2021-06-01' }, { code: 'zj151_l2', obtained: '2021-07-01' }, { code: 'city_young_top_talent', obtained: '2022-04-01' }, { code: 'assistant_social_worker', obtained: '2023-02-01' }], { 'art18.new115': 25_000, 'art18.zj151': 25_000, 'art18.young_top_talent': 20_000, 'art18.assistant_social_worker': 2_000 }],
    ['新115 第三层次 1万, 省151 第三层次 1万, 省特级专家 100万', [{ code: 'new115_l3', obtained: '2021-06-01' }, { code: 'zj151_l3', obtained: '2021-07-01' }, { code: 'provincial_special_expert', obtained: '2022-09-01' }], { 'art18.new115': 10_000, 'art18.zj151': 10_000, 'art18.distinguished': 1_000_000 }],
    ['省151 第一层次 5万, 国家杰青 100万', [{ code: 'zj151_l1', obtained: '2021-07-01' }, { code: 'nsfc_young_awardee', obtained: '2023-09-01' }], { 'art18.zj151': 50_000, 'art18.distinguished': 1_000_000 }],
    ['省钱江学者特聘教授 100万', [{ code: 'qianjiang_scholar', obtained: '2024-01-01' }], { 'art18.distinguished': 1_000_000 }],
  ];
  for (const [name, quals, hand] of cases)
    it(name, async () => {
      const emp = await newEmployer();
      const p = await newPerson(emp, '2021-01-01');
      await recognise(p, { qualifications: quals });
      const d = await approved('talent_award', { personId: p }, awards());
      expect(d).toMatchObject({ state: 'scheduled', amountFen: sum(hand) * YUAN, openRules: [] });
      expect(Object.fromEntries((await grants(d.id)).map((l) => [l.rule, l.amountFen / YUAN]))).toEqual(hand);
      const calc = await calculator(person(quals, awards()), ART18);
      expect(calc.granted).toEqual(Object.fromEntries(Object.entries(hand).map(([k, v]) => [k, v * YUAN])));
    });

  it('the form must say whether there is a culture award and which awards are to be matched (no default)', async () => {
    const emp = await newEmployer();
    const p = await newPerson(emp, '2021-01-01');
    const r = await clerk.req('POST', '/api/v1/applications', { matter: 'talent_award', personId: p, data: {} });
    expect(r.statusCode).toBe(400);
    expect(r.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)).toEqual(['data.cultureAward.level', 'data.matchingAwards']);
    const bad = await clerk.req('POST', '/api/v1/applications', { matter: 'talent_award', personId: p, data: { cultureAward: { level: 'gold' }, matchingAwards: [{ category: 'x', award: -1 }] } });
    expect(bad.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path).sort()).toEqual(['data.cultureAward.level', 'data.matchingAwards[0].award', 'data.matchingAwards[0].category']);
  });

  it('a rule whose facts are missing stays open, listed for the clerk, while the others are paid; recorded later, it is decided in a second decision with its own receipt', async () => {
    const emp = await newEmployer();
    const p = await newPerson(emp, '2021-01-01');
    await recognise(p, { qualifications: [{ code: 'new115_l1' }, { code: 'city_top_talent', obtained: '2022-03-01' }] });
    const first = await approved('talent_award', { personId: p }, awards());
    expect(first).toMatchObject({ state: 'scheduled', amountFen: 50_000 * YUAN });
    expect(first.openRules).toEqual([{ key: 'art18.new115', rule: 'art18.new115', name: '市“新115人才工程”人才津贴', missing: [{ fact: 'person.qualifications[new115_l1].obtained', label: '市“新115人才工程”第一层次的取得日期', where: '人才层次认定', home: 'recognition' }] }]);
    expect(first.decision!.rules.find((r) => r.key === 'art18.top_talent')).toMatchObject({ status: 'granted', computedFen: 50_000 * YUAN });
    expect(await booked(first.id)).toBe(50_000 * YUAN);
    // Still missing: the second decision is refused, naming the fact.
    const early = await clerk.req('POST', `/api/v1/applications/${first.id}/open-rules/decide`);
    expect(early.statusCode).toBe(422);
    expect(early.json<{ error: string }>().error).toContain('取得日期');
    // The open rule holds the benefit period: no second award application meanwhile.
    expect((await clerk.req('POST', '/api/v1/applications', { matter: 'talent_award', personId: p, data: awards() })).statusCode).toBe(409);
    await recognise(p, { qualifications: [{ code: 'new115_l1', obtained: '2021-05-01' }] });
    const second = await ok<Detail>(clerk.req('POST', `/api/v1/applications/${first.id}/open-rules/decide`));
    expect(second).toMatchObject({ state: 'scheduled', amountFen: 100_000 * YUAN, openRules: [] });
    expect(second.decisions.map((d) => [d.seq, d.computedFen, d.approvedFen])).toEqual([[1, 50_000 * YUAN, 50_000 * YUAN], [2, 50_000 * YUAN, 50_000 * YUAN]]);
    expect(second.decisions[0]!.factsHash).not.toBe(second.decisions[1]!.factsHash);
    expect(await booked(first.id)).toBe(100_000 * YUAN);
    // Each receipt reproduces: its stored facts and date give the same amounts in the calculator.
    for (const d of second.decisions) {
      const row = await h.p.db.selectFrom('decisions').select(['facts', 'as_of']).where('application_id', '=', first.id).where('seq', '=', d.seq).executeTakeFirstOrThrow();
      const again = await ok<{ entitlements: Ent[] }>(h.app.inject({ method: 'POST', url: '/api/v1/calculate', payload: { profile: row.facts, date: row.as_of } }) as never);
      for (const r of d.rules.filter((x) => x.status === 'granted')) expect(again.entitlements.find((e) => e.rule === r.key)?.totalFen).toBe(r.computedFen);
    }
  });

  it('an open rule whose facts will not come is closed with a reason, without pay, and cannot be decided afterwards', async () => {
    const emp = await newEmployer();
    const p = await newPerson(emp, '2021-01-01');
    await recognise(p, { qualifications: [{ code: 'new115_l2' }, { code: 'social_worker', obtained: '2023-06-01' }] });
    const first = await approved('talent_award', { personId: p }, awards());
    expect(first.openRules.map((r) => r.key)).toEqual(['art18.new115']);
    expect((await clerk.req('POST', `/api/v1/applications/${first.id}/open-rules/close`, { reason: '短' })).statusCode).toBe(400);
    const closed = await ok<Detail>(clerk.req('POST', `/api/v1/applications/${first.id}/open-rules/close`, { reason: '申请人未能提供入选日期证明' }));
    expect(closed).toMatchObject({ state: 'scheduled', amountFen: 5_000 * YUAN, openRules: [] });
    expect(closed.decisions[1]!.rules).toEqual([expect.objectContaining({ key: 'art18.new115', status: 'closed', computedFen: 0 })]);
    expect((await clerk.req('POST', `/api/v1/applications/${first.id}/open-rules/decide`)).statusCode).toBe(409);
  });
});

describe('fact homes in the registry and the recognition form', () => {
  it('a person’s talent facts and post facts are validated against the fact catalogue, versioned, and read by the rules; unknown ones are named', async () => {
    const emp = await newEmployer();
    const p = await newPerson(emp, '2024-01-01');
    const bad = await clerk.req('PATCH', `/api/v1/persons/${p}`, { facts: { urgentMajor: 'yes', graduateOf: '北大', selfEmployed: true }, employment: [{ region: 'kecheng', fullTime: true, start: '2024-01-01', professionalPost: 'maybe' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path).sort()).toEqual(['employment[0].professionalPost', 'facts.graduateOf', 'facts.selfEmployed', 'facts.urgentMajor']);
    await ok(clerk.req('PATCH', `/api/v1/persons/${p}`, { facts: { urgentMajor: true }, reason: '经人才办研究认定为急需紧缺专业', employment: [{ employerId: emp, region: 'kecheng', fullTime: true, start: '2024-01-01', post: 'other', professionalPost: true, healthSystem: false }] }));
    const history = await ok<Array<{ after: { facts?: Json } }>>(clerk.req('GET', `/api/v1/persons/${p}/history`));
    expect(history[history.length - 1]!.after.facts).toEqual({ urgentMajor: true });
    const draft = await ok<{ id: number }>(clerk.req('POST', '/api/v1/applications', { matter: 'talent_allowance', personId: p }), 201);
    const comp = await ok<{ profile: { person: Json } }>(clerk.req('GET', `/api/v1/applications/${draft.id}/computation`));
    expect(comp.profile.person).toMatchObject({ urgentMajor: true, professionalPost: true, healthSystem: false, countyRecommended: false, postdoc: { stationLevel: 'none' }, art17: { recommended: false } });
  });

  it('recording a post’s facts keeps the employer’s confirmation of that post (only HR gives it)', async () => {
    const hr = await h.login('hr');
    const emp = hr.user.employerId!;
    const p = await newPerson(emp, '2024-02-01');
    const confirmed = await ok<{ employment: Array<{ confirmedOn?: string }> }>(hr.req('POST', `/api/v1/persons/${p}/confirm-employment`));
    expect(confirmed.employment[0]!.confirmedOn).toBe(TODAY);
    const after = await ok<{ employment: Array<Json> }>(clerk.req('PATCH', `/api/v1/persons/${p}`, { employment: [{ employerId: emp, region: 'kecheng', fullTime: true, start: '2024-02-01', post: 'other', selfEmployed: false }] }));
    expect(after.employment[0]).toMatchObject({ selfEmployed: false, confirmedOn: TODAY });
    // A clerk cannot set the confirmation themselves.
    const forged = await ok<{ employment: Array<Json> }>(clerk.req('PATCH', `/api/v1/persons/${p}`, { employment: [{ employerId: emp, region: 'kecheng', fullTime: true, start: '2024-03-01', confirmedOn: '2026-01-01' }] }));
    expect(forged.employment[0]).not.toHaveProperty('confirmedOn');
  });

  it('claims a recognition establishes (postdoc station, county recommendation) are recorded through it; employer facts need the document named', async () => {
    const emp = await newEmployer();
    const p = await newPerson(emp, '2024-01-01');
    const bad = await clerk.req('POST', '/api/v1/applications', { matter: 'tier_recognition', personId: p, data: { qualifications: ['phd_fulltime'], facts: { postdoc: { stationLevel: 'city' }, salary: 1 } } });
    expect(bad.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path).sort()).toEqual(['data.facts.postdoc.stationLevel', 'data.facts.salary']);
    await recognise(p, { qualifications: ['phd_fulltime'], facts: { postdoc: { stationLevel: 'provincial', startDate: '2024-03-01' }, countyRecommended: true } });
    const draft = await ok<{ id: number }>(clerk.req('POST', '/api/v1/applications', { matter: 'talent_allowance', personId: p }), 201);
    const comp = await ok<{ profile: { person: Json } }>(clerk.req('GET', `/api/v1/applications/${draft.id}/computation`));
    expect(comp.profile.person).toMatchObject({ countyRecommended: true, postdoc: { stationLevel: 'provincial', startDate: '2024-03-01' } });
    const noReason = await clerk.req('PATCH', `/api/v1/employers/${emp}`, { facts: { streamers: [{ name: '主播甲', starred: true, recognizedDate: '2025-05-01' }] } });
    expect(noReason.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)).toEqual(['reason']);
    const saved = await ok<{ facts: Json }>(clerk.req('PATCH', `/api/v1/employers/${emp}`, { facts: { streamers: [{ name: '主播甲', starred: true, recognizedDate: '2025-05-01' }] }, reason: '衢人才办〔2025〕8号认定' }));
    expect(saved.facts).toEqual({ streamers: [{ name: '主播甲', starred: true, recognizedDate: '2025-05-01' }] });

    // The employer's own account records its streamers (the employer portal's screen): with a reason, only the
    // streamers (its other 单位事实 kept), each bad field named; versioned with the reason.
    await h.p.db.updateTable('employers').set({ facts: JSON.stringify({ ...saved.facts, projects: [{ name: '已评定项目' }] }) }).where('id', '=', emp).execute();
    await createUser(h.p, { username: `emp_streamers_${emp}`, password: DEMO_PASSWORD, displayName: '单位经办人', role: 'employer', region: 'kecheng', employerId: emp }, null, { demo: true, mustChangePassword: false });
    const hr = await h.login(`emp_streamers_${emp}`);
    const two = [{ name: '主播甲', starred: true, recognizedDate: '2025-05-01' }, { name: '主播乙', platform: '抖音', starred: false, famous: true, localContribution: '1200000' }];
    expect((await hr.req('PATCH', `/api/v1/employers/${emp}`, { name: '改名' })).statusCode).toBe(403);
    expect((await hr.req('PATCH', `/api/v1/employers/${emp}`, { facts: { streamers: two, projects: [] }, reason: '认定文件' })).statusCode).toBe(403);
    expect((await hr.req('PATCH', `/api/v1/employers/${emp}`, { facts: { streamers: two } })).json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)).toEqual(['reason']);
    const badDate = await hr.req('PATCH', `/api/v1/employers/${emp}`, { facts: { streamers: [two[0], { ...two[1], recognizedDate: '2025-13-01' }] }, reason: '认定文件' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)).toEqual(['facts.streamers[1].recognizedDate']);
    const mine = await ok<{ facts: Json }>(hr.req('PATCH', `/api/v1/employers/${emp}`, { facts: { streamers: two }, reason: '衢州市商务局知名主播评定' }));
    expect(mine.facts).toEqual({ streamers: [two[0], { ...two[1], localContribution: '1200000.00' }], projects: [{ name: '已评定项目' }] });
    const version = await h.p.db.selectFrom('record_versions').select(['reason', 'changed_by']).where('entity', '=', 'employer').where('entity_id', '=', emp).orderBy('version', 'desc').executeTakeFirstOrThrow();
    expect(version).toEqual({ reason: '衢州市商务局知名主播评定', changed_by: hr.user.userId });
  });

  it('the recognition form names the closest catalogue entries for an unknown qualification, as the calculator does', async () => {
    const emp = await newEmployer();
    const p = await newPerson(emp, '2024-01-01');
    const r = await clerk.req('POST', '/api/v1/applications', { matter: 'tier_recognition', personId: p, data: { qualifications: ['全日制博士研究'] } });
    expect(r.json<{ errors: Array<{ path: string; message: string }> }>().errors).toEqual([{ path: 'data.qualifications[0]', message: expect.stringMatching(/^未知的资格「全日制博士研究」，最接近的目录名称：全日制博士研究生/) }]);
    const calc = await h.app.inject({ method: 'POST', url: '/api/v1/calculate', payload: { profile: { person: { qualifications: ['全日制博士研究'] } } } });
    expect(calc.json<{ errors: Array<{ message: string }> }>().errors[0]!.message).toBe(r.json<{ errors: Array<{ message: string }> }>().errors[0]!.message);
  });
});
