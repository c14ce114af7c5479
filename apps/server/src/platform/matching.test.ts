// 人岗匹配 through the API, against PGlite in memory or (DATABASE_URL) a real PostgreSQL server: only
// persons who opted in are candidates, masked (no name, ID or phone) and ranked with the reasons; another
// enterprise's demand, or another county's clerk, gets 404; a request made twice is the same request;
// the name and phone only after the talent accepts, each reading audited; a declined request stays
// masked; opting out takes the person off the lists at once; wishes refused field by field.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as P from '@rencai/platform';
import { startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let talent: Client, other: Client, ent: Client, entWenling: Client, clerk: Client, clerkWenling: Client;
let chemId: number, siliconId: number;

beforeAll(async () => {
  h = await startHarness({ persons: 10 });
  [talent, other, ent, entWenling, clerk, clerkWenling] = (await Promise.all(['talent', 'talent_jiaojiang', 'enterprise', 'enterprise_wenling', 'clerk_kecheng', 'clerk_wenling'].map((u) => h.login(u)))) as [Client, Client, Client, Client, Client, Client];
  const demands = (await ent.req('GET', '/api/v1/enterprise-demands')).json<Array<{ id: number; post: string }>>();
  chemId = demands.find((d) => d.post === '化工工艺工程师')!.id;
  siliconId = demands.find((d) => d.post === '有机硅研发工程师')!.id;
}, 120_000);
afterAll(async () => h?.close());

type Mine = { wishes: P.MatchingWishes; requests: P.MyContactRequest[] };
const candidates = async (demandId: number, c = ent) => (await c.req('GET', `/api/v1/matching/demands/${demandId}/candidates`)).json<P.DemandCandidates>();
const openIds = async () => (await h.p.db.selectFrom('matching_profiles').select('id').where('open', '=', true).execute()).map((r) => r.id);
const profileOf = async (personId: number) => (await h.p.db.selectFrom('matching_profiles').select('id').where('person_id', '=', personId).executeTakeFirstOrThrow()).id;

describe('matching', () => {
  it('lists only opted-in persons, masked, ranked by fit with the reasons', async () => {
    const list = await candidates(siliconId);
    const open = await openIds();
    expect(list.candidates.length).toBeGreaterThan(0);
    expect(list.candidates.every((c) => open.includes(c.candidate))).toBe(true);
    const lin = list.candidates[0]!;
    expect(lin.candidate).toBe(await profileOf(talent.user.personId!));
    expect(lin.label).toBe(`候选人 #${lin.candidate}`);
    expect(lin.reasons.map((r) => r.text)).toEqual(['学历符合（要求博士研究生，本人博士研究生）', '专业一致（材料科学与工程）', '意向地区含柯城区', '技能对口（有机硅）']);
    expect(lin.request?.statusName).toBe('待人才答复'); // the demo's request
    const body = JSON.stringify(list);
    for (const secret of ['林思远', '13905700000', '3308']) expect(body).not.toContain(secret);
    // 周海宁 (椒江) has not opted in: not a candidate even for a post she fits.
    const zhou = async () => (await candidates(chemId)).candidates.map((c) => c.candidate);
    expect(await zhou()).not.toContain(await h.p.db.selectFrom('matching_profiles').select('id').where('person_id', '=', other.user.personId!).executeTakeFirst().then((r) => r?.id ?? -1));
    // She opts in wishing for 柯城区: listed for 柯城's master's post; out again at once when she opts out.
    const on = await other.req('PUT', '/api/v1/matching/mine', { open: true, counties: ['kecheng'], skills: ['化工工艺'] });
    expect(on.statusCode, on.body).toBe(200);
    const hers = await profileOf(other.user.personId!);
    expect(await zhou()).toContain(hers);
    expect((await other.req('PUT', '/api/v1/matching/mine', { open: false, counties: ['kecheng'] })).statusCode).toBe(200);
    expect(await zhou()).not.toContain(hers);
    await other.req('PUT', '/api/v1/matching/mine', { open: true, counties: ['kecheng'] });
  });

  it('is 404 for another enterprise or another county; the county clerk looks but does not ask', async () => {
    for (const c of [entWenling, clerkWenling]) {
      expect((await c.req('GET', `/api/v1/matching/demands/${chemId}/candidates`)).statusCode).toBe(404);
    }
    expect((await entWenling.req('POST', `/api/v1/matching/demands/${chemId}/requests`, { candidate: 1 })).statusCode).toBe(404);
    const seen = await candidates(chemId, clerk);
    expect(seen.mayRequest).toBe(false);
    expect(seen.candidates.length).toBeGreaterThan(0);
    expect((await clerk.req('POST', `/api/v1/matching/demands/${chemId}/requests`, { candidate: seen.candidates[0]!.candidate })).statusCode).toBe(403);
    expect((await ent.req('POST', `/api/v1/matching/demands/${chemId}/requests`, { candidate: 'x' })).statusCode).toBe(400);
  });

  it('asks once per demand and person; masked until accepted; each reveal audited', async () => {
    const lin = await profileOf(talent.user.personId!);
    const ask = () => ent.req('POST', `/api/v1/matching/demands/${chemId}/requests`, { candidate: lin });
    const first = (await ask()).json<{ id: number; created: boolean }>();
    const again = (await ask()).json<{ id: number; created: boolean }>();
    expect([first.created, again.created, again.id]).toEqual([true, false, first.id]);
    const asked = (await talent.req('GET', '/api/v1/messages')).json<Array<{ text: string }>>().filter((m) => m.text.includes('化工工艺工程师'));
    expect(asked).toHaveLength(1);
    const reveal = () => ent.req('POST', `/api/v1/matching/requests/${first.id}/reveal`);
    expect((await reveal()).statusCode).toBe(403);
    // Another enterprise, or another talent, cannot touch the request.
    expect((await entWenling.req('POST', `/api/v1/matching/requests/${first.id}/reveal`)).statusCode).toBe(404);
    expect((await other.req('POST', `/api/v1/matching/requests/${first.id}/answer`, { accept: true })).statusCode).toBe(404);
    const mine = (await talent.req('GET', '/api/v1/matching/mine')).json<Mine>();
    expect(mine.requests.find((r) => r.id === first.id)).toMatchObject({ enterpriseName: '衢州氟硅新材料有限公司（合成）', post: '化工工艺工程师', statusName: '待人才答复' });
    const answered = await talent.req('POST', `/api/v1/matching/requests/${first.id}/answer`, { accept: true });
    expect(answered.statusCode, answered.body).toBe(200);
    expect((await talent.req('POST', `/api/v1/matching/requests/${first.id}/answer`, { accept: false })).statusCode).toBe(409);
    expect((await reveal()).json()).toEqual({ name: '林思远', phone: '13905700000' });
    await reveal();
    const audit = await h.p.db.selectFrom('audit_log').select(['actor_id', 'entity_id']).where('action', '=', 'matching.reveal').execute();
    expect(audit).toEqual([1, 2].map(() => ({ actor_id: ent.user.userId, entity_id: String(talent.user.personId) })));
    expect((await candidates(chemId)).candidates.find((c) => c.candidate === lin)!.request?.statusName).toBe('已同意联系');
  });

  it('keeps a declined candidate masked', async () => {
    const zhou = await profileOf(other.user.personId!);
    const r = (await ent.req('POST', `/api/v1/matching/demands/${chemId}/requests`, { candidate: zhou })).json<{ id: number }>();
    expect((await other.req('POST', `/api/v1/matching/requests/${r.id}/answer`, { accept: false })).statusCode).toBe(200);
    const res = await ent.req('POST', `/api/v1/matching/requests/${r.id}/reveal`);
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('周海宁');
    expect((await candidates(chemId)).candidates.find((c) => c.candidate === zhou)!.request?.statusName).toBe('已婉拒');
  });

  it('takes an opted-out talent off every list at once, and their accepted contact with it', async () => {
    const lin = await profileOf(talent.user.personId!);
    const off = (await talent.req('PUT', '/api/v1/matching/mine', { open: false })).json<Mine>();
    expect(off.wishes.open).toBe(false);
    for (const id of [chemId, siliconId]) expect((await candidates(id)).candidates.map((c) => c.candidate)).not.toContain(lin);
    const accepted = (await talent.req('GET', '/api/v1/matching/mine')).json<Mine>().requests.find((r) => r.status === 'accepted')!;
    expect((await ent.req('POST', `/api/v1/matching/requests/${accepted.id}/reveal`)).statusCode).toBe(404);
    expect((await ent.req('POST', `/api/v1/matching/demands/${siliconId}/requests`, { candidate: lin })).statusCode).toBe(404);
  });

  it('compares majors by catalogue code: the same, within the 专业类, siblings, by name, and not at all', () => {
    const demand = { degree: 'bachelor' as const, degreeName: '本科', post: '软件工程师', major: '计算机类', majorCode: 'u:0809', majorName: '计算机类', region: 'kecheng' };
    const person = (majors: P.FitProfile['majors'], degree: P.FitDegree = 'bachelor', degreeName = '本科') => ({ degree, degreeName, majors, region: 'jiaojiang' });
    const major = (f: P.Fit) => f.reasons.find((r) => r.kind === 'major')!.text;
    expect(major(P.fitOf(demand, person([{ name: '软件工程', code: 'u:080902' }])))).toBe('专业一致（软件工程属计算机类）');
    expect(major(P.fitOf({ ...demand, majorCode: 'u:080901', majorName: '计算机科学与技术', major: '计算机科学与技术' }, person([{ name: '软件工程', code: 'u:080902' }])))).toBe('专业同类（软件工程与计算机科学与技术同属计算机类）');
    expect(major(P.fitOf(demand, person([{ name: '计算机类' }])))).toBe('专业相符（要求计算机类，本人计算机类）');
    const none = P.fitOf(demand, person([{ name: '汉语言文学' }], 'college', '大专'));
    expect([none.fits, none.score, major(none)]).toEqual([false, 0, '专业要求计算机类，本人汉语言文学']);
    expect(none.reasons.map((r) => r.text)).toEqual(['学历要求本科，本人大专', '专业要求计算机类，本人汉语言文学', '位于柯城区（本人在椒江区）']);
  });

  it('refuses bad wishes field by field, and anyone but a talent', async () => {
    const res = await talent.req('PUT', '/api/v1/matching/mine', { open: true, counties: ['mars'], industries: ['Z'], expectedSalaryFen: -5, skills: ['a'.repeat(30)] });
    expect(res.statusCode).toBe(400);
    expect((JSON.parse(res.body) as { errors: Array<{ path: string }> }).errors.map((e) => e.path).sort()).toEqual(['counties', 'expectedSalaryFen', 'industries', 'skills']);
    expect((await talent.req('GET', '/api/v1/matching/mine')).json<Mine>().wishes.open).toBe(false);
    expect((await ent.req('PUT', '/api/v1/matching/mine', { open: true })).statusCode).toBe(403);
  });
});
