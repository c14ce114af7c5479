// Events and activities (活动) through the API, against PGlite in memory or (DATABASE_URL) a real
// PostgreSQL server: a series' rota proposes hosts in turn; bad input is refused by field; another
// county's event is 404; a recruitment event carries posts from the demo enterprise's open demands;
// registration refuses a draft or cancelled event, a passed deadline, a full event and a second
// registration; check-in by code once (a second scan answers 已签到), refusing another event's code,
// a changed code and an ID number that did not register; feedback once; outcomes and the figures.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as P from '@rencai/platform';
import { idNumber, startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let before: { kecheng: { events: number }; kaihua: number };
const from = '2026-01-01', to = '2030-12-31';
let kecheng: Client, kaihua: Client, city: Client, talent: Client, enterprise: Client;
beforeAll(async () => {
  h = await startHarness({ persons: 10 });
  [kecheng, kaihua, city, talent, enterprise] = (await Promise.all(['clerk_kecheng', 'clerk_kaihua', 'clerk_city', 'talent', 'enterprise'].map((u) => h.login(u)))) as [Client, Client, Client, Client, Client];
  const f = (await city.req('GET', `/api/v1/events/figures?from=${from}&to=${to}`)).json<P.EventFigures>();
  before = { kecheng: f.byRegion.find((r) => r.key === 'kecheng') ?? { events: 0 }, kaihua: f.byRegion.find((r) => r.key === 'kaihua')?.events ?? 0 };
}, 120_000);
afterAll(async () => h?.close());

type Errors = { errors: Array<{ path: string; message: string }>; error?: string };
/** A moment `hours` from now as typed in China time. */
const cst = (hours: number) => new Date(Date.now() + hours * 3600_000 + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
const anon = (method: 'GET' | 'POST', url: string, payload?: object) => h.app.inject({ method, url, ...(payload ? { payload } : {}) });
const paths = (res: { json: () => unknown }) => (res.json() as Errors).errors.map((e) => e.path);
let n = 0;
const create = async (c: Client, over: Record<string, unknown> = {}) => {
  n += 1;
  const res = await c.req('POST', '/api/v1/events', { kind: 'special_fair', title: '柯城区化工新材料专场招聘会', startsAt: cst(48), endsAt: cst(52), place: '柯城区人才市场', capacity: 2, audience: '高校毕业生', ...over }, { 'idempotency-key': `event-test-${n}-x` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<P.EventDetail>();
};
const guest = (over: Record<string, unknown> = {}) => ({ name: '王小明', idNumber: idNumber(), phone: '13812345678', school: '浙江工业大学', major: '化学工程', graduationYear: 2026, ...over });

describe('series and the host rota (轮值)', () => {
  it('proposes the hosts in turn and shows who hosted when', async () => {
    const s = await kaihua.req('POST', '/api/v1/events/series', { kind: 'talent_day', title: '开化县周四人才活动日', hosts: ['县人才办', '县科技局', '开化经济开发区'] });
    expect(s.statusCode, s.body).toBe(200);
    const series = s.json<P.SeriesView>();
    expect(series).toMatchObject({ regionName: '开化县', kindLabel: '人才活动日', nextHost: '县人才办', history: [] });
    const first = await create(kaihua, { kind: 'talent_day', title: '人才活动日：政策宣讲', seriesId: series.id, capacity: 50 });
    const second = await create(kaihua, { kind: 'talent_day', title: '人才活动日：创业分享', seriesId: series.id, startsAt: cst(24 * 8), endsAt: cst(24 * 8 + 2), capacity: 50 });
    expect([first.host, second.host]).toEqual(['县人才办', '县科技局']);
    const after = (await kaihua.req('GET', '/api/v1/events/series')).json<P.SeriesView[]>().find((x) => x.id === series.id)!;
    expect(after.history.map((x) => x.host)).toEqual(['县人才办', '县科技局']);
    expect(after.nextHost).toBe('开化经济开发区');
    const wrong = await kaihua.req('POST', '/api/v1/events', { kind: 'talent_day', title: '人才活动日', seriesId: series.id, host: '市人才办', startsAt: cst(5), endsAt: cst(6), place: '开化', capacity: 5 }, { 'idempotency-key': 'event-wrong-host' });
    expect(paths(wrong)).toEqual(['host']);
    expect((await kecheng.req('GET', '/api/v1/events/series')).json<P.SeriesView[]>().map((x) => x.id)).not.toContain(series.id);
  });

  it('refuses bad input by field, in Chinese, and answers the same event for the same request id', async () => {
    const res = await kecheng.req('POST', '/api/v1/events', { kind: '茶话会', title: 'x', region: 'kaihua', startsAt: '2026-02-30 10:00', endsAt: cst(1), capacity: 0, onlineUrl: 'ftp://x' }, { 'idempotency-key': 'event-bad-0001' });
    expect(res.statusCode).toBe(400);
    expect(paths(res)).toEqual(['kind', 'title', 'region', 'startsAt', 'onlineUrl', 'capacity']);
    expect(res.json<Errors>().errors[2]!.message).toBe('只能在本人管辖的地区组织活动');
    const order = await kecheng.req('POST', '/api/v1/events', { kind: '人才沙龙', title: '人才沙龙', startsAt: cst(5), endsAt: cst(4), capacity: 10 }, { 'idempotency-key': 'event-bad-0002' });
    expect(paths(order)).toEqual(['endsAt', 'place']);
    expect((await kecheng.req('POST', '/api/v1/events', { kind: 'salon', title: '人才沙龙', startsAt: cst(5), endsAt: cst(6), place: '柯城', capacity: 10 })).json<Errors>().errors[0]!.path).toBe('requestId');
    const a = await kecheng.req('POST', '/api/v1/events', { kind: 'salon', title: '青年人才沙龙', startsAt: cst(5), endsAt: cst(6), place: '柯城', capacity: 10 }, { 'idempotency-key': 'event-same-0001' });
    const b = await kecheng.req('POST', '/api/v1/events', { kind: 'salon', title: '改了也一样', startsAt: cst(5), endsAt: cst(6), place: '柯城', capacity: 10 }, { 'idempotency-key': 'event-same-0001' });
    expect(b.json<P.EventDetail>().id).toBe(a.json<P.EventDetail>().id);
    expect(b.json<P.EventDetail>().title).toBe('青年人才沙龙');
    expect((await talent.req('POST', '/api/v1/events', {}, { 'idempotency-key': 'event-talent-01' })).statusCode).toBe(404);
  });
});

describe('a recruitment event from creation to figures', () => {
  let fair: P.EventDetail, day: P.EventDetail;
  let guestToken: string, guestId: number, talentToken: string, dayToken: string;
  const fairId = () => fair.id;

  it('carries posts from the open demands of verified enterprises in its county; another county’s clerk gets 404', async () => {
    fair = await create(kecheng);
    const demands = (await kecheng.req('GET', `/api/v1/events/${fair.id}/demands`)).json<Array<{ demandId: number; post: string; enterpriseName: string }>>();
    const picked = demands.filter((d) => d.post === '化工工艺工程师' || d.post === '设备维护技术员');
    expect(picked).toHaveLength(2);
    const withPosts = await kecheng.req('POST', `/api/v1/events/${fair.id}/posts`, { demandIds: picked.map((d) => d.demandId) });
    expect(withPosts.statusCode, withPosts.body).toBe(200);
    expect(withPosts.json<P.EventDetail>().posts.map((x) => [x.enterpriseName.startsWith('衢州氟硅新材料'), x.post]).sort()).toEqual([[true, '化工工艺工程师'], [true, '设备维护技术员']]);
    expect(paths(await kecheng.req('POST', `/api/v1/events/${fair.id}/posts`, { demandIds: [999999] }))).toEqual(['demandIds']);
    for (const url of [`/api/v1/events/${fair.id}`, `/api/v1/events/${fair.id}/registrations`]) expect((await kaihua.req('GET', url)).statusCode).toBe(404);
    expect((await kaihua.req('POST', `/api/v1/events/${fair.id}/publish`)).statusCode).toBe(404);
    expect((await enterprise.req('GET', `/api/v1/events/${fair.id}`)).statusCode).toBe(404);
    expect((await city.req('GET', `/api/v1/events/${fair.id}`)).statusCode).toBe(200);
    expect((await anon('GET', `/api/v1/public/events/${fair.id}`)).statusCode).toBe(404);
  });

  it('registers once per person, before the deadline, within capacity, only while published', async () => {
    expect(paths(await anon('POST', `/api/v1/public/events/${fair.id}/register`, guest()))).toEqual(['eventId']);
    expect((await kecheng.req('POST', `/api/v1/events/${fair.id}/publish`)).json<P.EventDetail>().stateLabel).toBe('已发布');
    expect((await kecheng.req('POST', `/api/v1/events/${fair.id}/publish`)).statusCode).toBe(409);
    const listed = (await anon('GET', '/api/v1/public/events')).json<P.EventDetail[]>().find((e) => e.id === fair.id)!;
    expect(listed).toMatchObject({ kindLabel: '专场招聘', regionName: '柯城区', remaining: 2 });
    expect(listed.posts).toHaveLength(2);

    const bad = await anon('POST', `/api/v1/public/events/${fair.id}/register`, { name: '', idNumber: '330802200001011234', phone: '123', school: '', graduationYear: 1900 });
    expect(paths(bad)).toEqual(['name', 'idNumber', 'phone', 'school', 'graduationYear']);
    const g = guest();
    const res = await anon('POST', `/api/v1/public/events/${fair.id}/register`, g);
    expect(res.statusCode, res.body).toBe(200);
    const reg = res.json<{ registration: P.RegistrationView; token: string }>();
    expect(reg.registration).toMatchObject({ name: '王小明', fromRegistry: false, checkedInAt: null });
    expect(reg.registration.idMasked).toMatch(/^\d{6}\*+\d{3}[\dX]$|\*/);
    expect(res.body).not.toContain(g.idNumber);
    [guestToken, guestId] = [reg.token, reg.registration.id];
    const again = await anon('POST', `/api/v1/public/events/${fair.id}/register`, { ...g, name: '王小明二' });
    expect(again.statusCode).toBe(409);
    expect(again.json<Errors>().error).toBe('您已报名该活动，不能重复报名');

    const mine = await talent.req('POST', `/api/v1/events/${fair.id}/register`, { school: '浙江大学' });
    expect(mine.statusCode, mine.body).toBe(200);
    talentToken = mine.json<{ token: string }>().token;
    expect(mine.json<{ registration: P.RegistrationView }>().registration.fromRegistry).toBe(true);
    expect((await talent.req('POST', `/api/v1/events/${fair.id}/register`, {})).statusCode).toBe(409);

    const full = await anon('POST', `/api/v1/public/events/${fair.id}/register`, guest());
    expect(full.json<Errors>().errors).toEqual([{ path: 'capacity', message: '名额已满（共 2 人）' }]);

    const late = await create(kecheng, { kind: 'night_fair', title: '人才夜市', deadline: cst(-1), startsAt: cst(-2), endsAt: cst(3) });
    await kecheng.req('POST', `/api/v1/events/${late.id}/publish`);
    expect(paths(await anon('POST', `/api/v1/public/events/${late.id}/register`, guest()))).toEqual(['deadline']);
    const off = await create(kecheng, { kind: 'forum', title: '人才论坛' });
    await kecheng.req('POST', `/api/v1/events/${off.id}/publish`);
    expect(paths(await kecheng.req('POST', `/api/v1/events/${off.id}/cancel`, { reason: '' }))).toEqual(['reason']);
    expect((await kecheng.req('POST', `/api/v1/events/${off.id}/cancel`, { reason: '场地调整' })).json<P.EventDetail>()).toMatchObject({ stateLabel: '已取消', cancelReason: '场地调整' });
    expect((await anon('POST', `/api/v1/public/events/${off.id}/register`, guest())).json<Errors>().errors).toEqual([{ path: 'eventId', message: '该活动已取消，不能报名' }]);

    // The talent also registers for 开化's activity day (another event's code for the check-in below).
    day = (await kaihua.req('GET', '/api/v1/events')).json<P.EventDetail[]>().find((e) => e.title === '人才活动日：政策宣讲')!;
    await kaihua.req('POST', `/api/v1/events/${day.id}/publish`);
    dayToken = (await talent.req('POST', `/api/v1/events/${day.id}/register`, {})).json<{ token: string }>().token;
    const my = (await talent.req('GET', '/api/v1/me/events')).json<P.MyRegistration[]>();
    expect(my.map((r) => [r.event.title, r.token === talentToken || r.token === dayToken])).toEqual([['人才活动日：政策宣讲', true], ['柯城区化工新材料专场招聘会', true]]);
  });

  it('checks in once by code; refuses another event’s code, a changed code and a person who did not register', async () => {
    expect((await kaihua.req('POST', `/api/v1/events/${fairId()}/check-in`, { token: guestToken })).statusCode).toBe(404);
    const first = await kecheng.req('POST', `/api/v1/events/${fairId()}/check-in`, { token: guestToken });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<P.CheckInResult>()).toMatchObject({ registrationId: guestId, already: false });
    const second = (await kecheng.req('POST', `/api/v1/events/${fairId()}/check-in`, { token: guestToken })).json<P.CheckInResult>();
    expect(second).toMatchObject({ already: true, checkedInAt: first.json<P.CheckInResult>().checkedInAt });
    expect(second.message).toMatch(/^已签到（\d{4}-\d{2}-\d{2} \d{2}:\d{2}，北京时间）$/);
    const other = await kecheng.req('POST', `/api/v1/events/${fairId()}/check-in`, { token: dayToken });
    expect(other.json<Errors>().errors).toEqual([{ path: 'token', message: '这是另一场活动（人才活动日：政策宣讲）的签到码，不是本活动的' }]);
    const [head, payload, sig] = guestToken.split('.') as [string, string, string];
    const changed = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: String(guestId + 1) })).toString('base64url');
    const tampered = await kecheng.req('POST', `/api/v1/events/${fairId()}/check-in`, { token: `${head}.${changed}.${sig}` });
    expect(tampered.json<Errors>().errors?.[0], tampered.body).toEqual({ path: 'token', message: '凭证签名无效（内容被改动，或不是本平台签发）' });
    expect((await kecheng.req('POST', `/api/v1/events/${fairId()}/check-in`, { idNumber: idNumber() })).json<Errors>().errors).toEqual([{ path: 'idNumber', message: '该身份证号未报名本活动，不能签到' }]);
    const list = (await kecheng.req('GET', `/api/v1/events/${fairId()}/registrations`)).json<P.RegistrationView[]>();
    const byList = await kecheng.req('POST', `/api/v1/events/${fairId()}/check-in`, { registrationId: list.find((r) => r.fromRegistry)!.id });
    expect(byList.json<P.CheckInResult>().already).toBe(false);
    const after = (await kecheng.req('GET', `/api/v1/events/${fairId()}/registrations`)).json<P.RegistrationView[]>();
    expect(after.map((r) => [r.checkInWayLabel, r.checkedInBy])).toEqual([['扫码签到', '柯城区人才办经办人员'], ['名单签到', '柯城区人才办经办人员']]);
    expect(await h.p.db.selectFrom('audit_log').select('entity_id').where('action', '=', 'event.check_in').execute()).toHaveLength(2);
    // A full read of the ID number needs a purpose and is audited.
    expect(paths(await kecheng.req('POST', `/api/v1/event-registrations/${guestId}/reveal`, { field: 'idNumber' }))).toEqual(['purpose']);
    const full = await kecheng.req('POST', `/api/v1/event-registrations/${guestId}/reveal`, { field: 'idNumber', purpose: '核对到场人员身份' });
    expect(full.json<{ value: string }>().value).toMatch(/^\d{17}[\dX]$/);
    expect(await h.p.db.selectFrom('audit_log').select('entity_id').where('action', '=', 'event.registration.reveal').execute()).toHaveLength(1);
    expect((await kaihua.req('POST', `/api/v1/event-registrations/${guestId}/reveal`, { field: 'idNumber', purpose: '核对' })).statusCode).toBe(404);
  });

  it('takes one rating per attendee and shows the average', async () => {
    expect((await anon('POST', '/api/v1/public/events/feedback', { token: dayToken, rating: 5 })).json<Errors>().errors).toEqual([{ path: 'token', message: '签到参加活动后才能评价' }]);
    expect(paths(await anon('POST', '/api/v1/public/events/feedback', { token: guestToken, rating: 6 }))).toEqual(['rating']);
    expect((await anon('POST', '/api/v1/public/events/feedback', { token: guestToken, rating: 4, comment: '岗位很对口' })).json()).toMatchObject({ rating: 4, average: 4 });
    expect((await anon('POST', '/api/v1/public/events/feedback', { token: guestToken, rating: 1 })).statusCode).toBe(409);
    expect((await anon('POST', '/api/v1/public/events/feedback', { token: talentToken, rating: 5 })).json()).toMatchObject({ average: 4.5 });
    expect((await kecheng.req('GET', `/api/v1/events/${fairId()}`)).json<P.EventDetail>()).toMatchObject({ rating: 4.5, ratings: 2, registered: 2, checkedIn: 2 });
  });

  it('records interviews and offers, and counts events, registrations, attendance and hires by source, county and month', async () => {
    const post = fair.posts.length ? fair.posts : (await kecheng.req('GET', `/api/v1/events/${fairId()}`)).json<P.EventDetail>().posts;
    const startDay = new Date(Date.parse(fair.startsAt) + 8 * 3600_000).toISOString().slice(0, 10);
    expect(paths(await kecheng.req('POST', `/api/v1/event-registrations/${guestId}/outcomes`, { postId: 999999, result: '签约', on: '2026-02-30' }))).toEqual(['postId', 'result', 'on']);
    const ok1 = await kecheng.req('POST', `/api/v1/event-registrations/${guestId}/outcomes`, { postId: post[0]!.id, result: 'interview', on: startDay });
    expect(ok1.statusCode, ok1.body).toBe(400); // the event starts in two days: its day is still in the future
    expect(paths(ok1)).toEqual(['on']);
    // Move the fair into the past to record its outcomes.
    await h.p.db.updateTable('events').set({ starts_at: new Date(Date.now() - 5 * 3600_000), ends_at: new Date(Date.now() - 3600_000), deadline: new Date(Date.now() - 6 * 3600_000) }).where('id', '=', fairId()).execute();
    const today = new Date(Date.now() - 5 * 3600_000 + 8 * 3600_000).toISOString().slice(0, 10);
    for (const result of ['interview', 'offer'])
      expect((await kecheng.req('POST', `/api/v1/event-registrations/${guestId}/outcomes`, { postId: post[0]!.id, result, on: today })).statusCode).toBe(200);
    const reg = (await kecheng.req('GET', `/api/v1/events/${fairId()}/registrations`)).json<P.RegistrationView[]>().find((r) => r.id === guestId)!;
    expect(reg.outcomes.map((o) => o.resultLabel)).toEqual(['面试', '录用']);
    expect((await kecheng.req('POST', `/api/v1/event-registrations/${guestId}/outcomes`, { postId: post[0]!.id, result: 'offer', on: today })).statusCode).toBe(409);

    const figs = (await kecheng.req('GET', `/api/v1/events/figures?from=${from}&to=${to}`)).json<P.EventFigures>();
    // The demo's own 专场招聘 (no registrations) and, here, the fair and the 人才夜市 (published; the 论坛 was cancelled).
    expect(figs.bySource.find((r) => r.key === 'special_fair')).toMatchObject({ label: '专场招聘', events: 2, registrations: 2, attended: 2, hires: 1 });
    expect(figs.bySource.find((r) => r.key === 'night_fair')).toMatchObject({ events: 1, registrations: 0 });
    expect(figs.byRegion.map((r) => r.label)).toEqual(['柯城区']);
    expect(figs.total).toEqual({ events: before.kecheng.events + 2, registrations: 2, attended: 2, hires: 1 });
    expect(figs.hiresDefinition).toContain('录用');
    const all = (await city.req('GET', `/api/v1/events/figures?from=${from}&to=${to}`)).json<P.EventFigures>();
    // 开化: the demo's three 人才活动日 and, published here, the first of this test's series (the talent registered, not checked in).
    expect(all.byRegion.find((r) => r.key === 'kaihua')).toMatchObject({ events: before.kaihua + 1, registrations: 1, attended: 0 });
    expect(await P.eventHires(h.p.db, from, to)).toEqual([{ on: today, region: 'kecheng' }]);
    expect((await P.eventAttendance(h.p.db, from, to)).filter((r) => r.region === 'kecheng')).toHaveLength(2);
    expect(await P.eventHires(h.p.db, '2020-01-01', '2020-12-31')).toEqual([]);
    expect((await talent.req('GET', '/api/v1/events/figures')).statusCode).toBe(404);
  });
});
