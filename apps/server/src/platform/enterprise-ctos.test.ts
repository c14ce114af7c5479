// Enterprises' chief technology officers (首席技术官) through the API, on PGlite or (DATABASE_URL) a
// PostgreSQL server: a clerk of the enterprise's county designates one per batch (a second for the
// same batch 409), bad input refused by field with nothing saved; another county's clerk, a
// department's reviewer and a talent get 404; the enterprise's account sees its own; the enterprise
// code's service page lists them; withdrawing keeps the row with its date and reason; audited.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as P from '@rencai/platform';
import { startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let kecheng: Client, kaihua: Client, city: Client, hrss: Client, talent: Client, enterprise: Client;
let entId: number;
beforeAll(async () => {
  h = await startHarness({ persons: 10 });
  [kecheng, kaihua, city, hrss, talent, enterprise] = (await Promise.all(['clerk_kecheng', 'clerk_kaihua', 'clerk_city', 'review_hrss', 'talent', 'enterprise'].map((u) => h.login(u)))) as [Client, Client, Client, Client, Client, Client];
  entId = (await enterprise.req('GET', '/api/v1/me/enterprise')).json<{ id: number }>().id;
}, 120_000);
afterAll(async () => h?.close());

type Errors = { errors: Array<{ path: string; message: string }> };
const body = (over: Record<string, unknown> = {}) => ({ batch: '第一批', designatedOn: '2026-10-15', personName: '周建华', post: '研发中心主任', basis: '衢州市第一批企业“首席技术官”名单（合成）', ...over });
const count = async () => Number((await h.p.db.selectFrom('enterprise_ctos').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('designating an enterprise’s chief technology officer', () => {
  let cto: P.CtoView;
  it('refuses bad input by field and saves nothing', async () => {
    const res = await kecheng.req('POST', `/api/v1/enterprises/${entId}/ctos`, { batch: '', designatedOn: '2026-12-01', personName: '周', post: '', basis: 'x' });
    expect(res.statusCode).toBe(400);
    const paths = res.json<Errors>().errors.map((e) => e.path).sort();
    expect(paths).toEqual(['basis', 'batch', 'designatedOn', 'personName', 'post']);
    expect(res.json<Errors>().errors.find((e) => e.path === 'designatedOn')!.message).toContain('不能晚于今天（2026-11-23）');
    const feb30 = await kecheng.req('POST', `/api/v1/enterprises/${entId}/ctos`, body({ designatedOn: '2026-02-30' }));
    expect(feb30.json<Errors>().errors).toEqual([{ path: 'designatedOn', message: '请填写认定（公布）日期（年-月-日）' }]);
    expect(await count()).toBe(0);
  });

  it('another county’s clerk, a reviewer and a talent get 404; only clerks designate', async () => {
    expect((await kaihua.req('POST', `/api/v1/enterprises/${entId}/ctos`, body())).statusCode).toBe(404);
    expect((await hrss.req('POST', `/api/v1/enterprises/${entId}/ctos`, body())).statusCode).toBe(403);
    expect((await hrss.req('GET', '/api/v1/enterprise-ctos')).statusCode).toBe(404);
    expect((await talent.req('GET', '/api/v1/enterprise-ctos')).statusCode).toBe(404);
    expect(await count()).toBe(0);
  });

  it('designates once per batch, audited; a second for the same batch answers 409', async () => {
    const res = await kecheng.req('POST', `/api/v1/enterprises/${entId}/ctos`, body());
    expect(res.statusCode, res.body).toBe(200);
    cto = res.json<P.CtoView>();
    expect(cto).toMatchObject({ enterpriseId: entId, regionName: '柯城区', batch: '第一批', designatedOn: '2026-10-15', personName: '周建华', post: '研发中心主任', withdrawnOn: null });
    expect(cto.enterpriseName).toContain('衢州氟硅新材料');
    const again = await kecheng.req('POST', `/api/v1/enterprises/${entId}/ctos`, body({ personName: '李明' }));
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: string }>().error).toContain('同一批次每家企业只认定一人');
    expect(await count()).toBe(1);
    const audit = await h.p.db.selectFrom('audit_log').select(['action', 'entity_id']).where('action', '=', 'enterprise.cto_designate').execute();
    expect(audit).toEqual([{ action: 'enterprise.cto_designate', entity_id: String(entId) }]);
  });

  it('lists it for the county and the city, for the enterprise itself, not for another county; the code’s page shows it', async () => {
    for (const c of [kecheng, city, enterprise]) expect((await c.req('GET', '/api/v1/enterprise-ctos')).json<P.CtoView[]>().map((x) => x.id)).toEqual([cto.id]);
    expect((await kaihua.req('GET', '/api/v1/enterprise-ctos')).json()).toEqual([]);
    expect((await city.req('GET', '/api/v1/enterprise-ctos?batch=第二批')).json()).toEqual([]);
    const code = (await enterprise.req('GET', '/api/v1/me/enterprise/code')).json<{ token: string }>().token;
    const page = (await kecheng.req('GET', `/api/v1/enterprise-code?c=${encodeURIComponent(code)}`)).json<P.EnterpriseServicePage>();
    expect(page.ctos.map((x) => [x.batch, x.personName])).toEqual([['第一批', '周建华']]);
  });

  it('withdraws with a date not before the designation and a reason; the row stays; once', async () => {
    const early = await kecheng.req('POST', `/api/v1/enterprise-ctos/${cto.id}/withdraw`, { withdrawnOn: '2026-10-01', reason: '本人离职' });
    expect(early.statusCode).toBe(400);
    expect(early.json<Errors>().errors).toEqual([{ path: 'withdrawnOn', message: '撤销日期不能早于认定日期（2026-10-15）' }]);
    expect((await kaihua.req('POST', `/api/v1/enterprise-ctos/${cto.id}/withdraw`, { withdrawnOn: '2026-11-20', reason: '本人离职' })).statusCode).toBe(404);
    const done = await kecheng.req('POST', `/api/v1/enterprise-ctos/${cto.id}/withdraw`, { withdrawnOn: '2026-11-20', reason: '本人离职' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<P.CtoView>()).toMatchObject({ withdrawnOn: '2026-11-20', withdrawnReason: '本人离职', personName: '周建华' });
    expect((await kecheng.req('POST', `/api/v1/enterprise-ctos/${cto.id}/withdraw`, { withdrawnOn: '2026-11-21', reason: '重复' })).statusCode).toBe(409);
    expect(await count()).toBe(1);
  });
});
