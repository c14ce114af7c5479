// POST /api/v1/simulate and its .xlsx variant through Fastify's inject: only signed-in leaders,
// clerks and admins (401 without a session or without a platform, 403 for other roles and without
// the CSRF token), a small synthetic population (合成数据) with a reform, and Chinese 400s for an
// unknown parameter, a bad year range, an oversized population and too many persons × years.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { SimulationReport } from '@rencai/services';
import { buildApp } from '../app.js';
import { startHarness, type Client, type Harness } from '../platform/harness.js';

let h: Harness;
let leader: Client;
let clerk: Client;
let admin: Client;
let talent: Client;
let hr: Client;
let apiOnly: FastifyInstance;
beforeAll(async () => {
  h = await startHarness({ persons: 20 });
  leader = await h.login('leader');
  clerk = await h.login('clerk_kecheng');
  admin = await h.login('admin');
  talent = await h.login('talent');
  hr = await h.login('hr');
  apiOnly = await buildApp();
}, 60_000);
afterAll(async () => {
  await apiOnly?.close();
  await h?.close();
});

interface ErrorBody {
  error: string;
  errors: Array<{ path: string; message: string }>;
}

describe('POST /api/v1/simulate', () => {
  it('needs a signed-in leader, clerk or admin with the CSRF token, answered in Chinese', async () => {
    const small = { population: 100, years: '2023' };
    const anonymous = await h.app.inject({ method: 'POST', url: '/api/v1/simulate', payload: small });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json<ErrorBody>().error).toContain('请先登录');
    for (const who of [talent, hr]) {
      const res = await who.req('POST', '/api/v1/simulate', small);
      expect(res.statusCode, who.username).toBe(403);
      expect(res.json<ErrorBody>().error).toContain('不能运行预算模拟');
    }
    const noCsrf = await h.app.inject({ method: 'POST', url: '/api/v1/simulate', payload: small, cookies: { rencai_session: leader.session } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json<ErrorBody>().error).toContain('CSRF');
    for (const who of [leader, clerk, admin]) expect((await who.req('POST', '/api/v1/simulate', small)).statusCode, who.username).toBe(200);
    // Checked before the body is read: an anonymous junk body still gets the 401.
    const junk = await h.app.inject({ method: 'POST', url: '/api/v1/simulate/xlsx', headers: { 'content-type': 'application/json' }, payload: '{bad' });
    expect(junk.statusCode).toBe(401);
  }, 60_000);

  it('is not available on a server without the platform (nobody can sign in): 401 in Chinese', async () => {
    for (const url of ['/api/v1/simulate', '/api/v1/simulate/xlsx']) {
      const res = await apiOnly.inject({ method: 'POST', url, payload: { population: 100 } });
      expect(res.statusCode, url).toBe(401);
      expect(res.json<ErrorBody>().error).toMatch(/^预算模拟须由领导、经办人员或管理员登录后使用/);
    }
  });

  it('simulates a small synthetic population with a reform', async () => {
    // A budget envelope (预算额度) of 2023: shown next to the simulated cost of that year.
    expect((await clerk.req('POST', '/api/v1/budgets', { fund: '人才发展专项资金', payer: 'shared', region: 'kecheng', year: 2023, amountFen: 123_456_700, source: '合成数据', reason: '模拟对比' })).statusCode).toBe(201);
    const res = await leader.req('POST', '/api/v1/simulate', { population: 3000, years: '2023-2024', set: { 'art19.allowance.7': 30000 } });
    expect(res.statusCode).toBe(200);
    const r = res.json<SimulationReport & { budgets: Array<{ year: number; region: string | null; envelopeFen: number; baselineFen: number; reformFen: number }> }>();
    expect(r.budgets).toEqual([expect.objectContaining({ year: 2023, region: null, envelopeFen: 123_456_700, baselineFen: r.byYear[0]!.baselineFen, reformFen: r.byYear[0]!.reformFen })]);
    expect(r.synthetic).toBe(true);
    expect(r.population).toBe(3000);
    expect(r.byYear.map((y) => y.key)).toEqual(['2023', '2024']);
    expect(r.totals.diffFen).toBe(r.totals.reformFen! - r.totals.baselineFen);
    expect(r.changes!.winners).toBeGreaterThan(0);
  }, 60_000);

  it('answers an unknown parameter, a bad year range, an oversized population and too many persons × years with Chinese 400s', async () => {
    const a = await clerk.req('POST', '/api/v1/simulate', { population: 100, set: ['art19.allowanse.7=1'] });
    expect(a.statusCode).toBe(400);
    expect(a.body).toContain('未知参数：art19.allowanse.7');
    const b = await clerk.req('POST', '/api/v1/simulate', { population: 100, years: '二〇二一' });
    expect(b.statusCode).toBe(400);
    expect(b.json<ErrorBody>().errors[0]!.path).toBe('years');
    const c = await clerk.req('POST', '/api/v1/simulate', { population: 10_000_000 });
    expect(c.statusCode).toBe(400);
    expect(c.json<ErrorBody>().error).toBe('输入有误');
    // 600,000 persons over 31 years would hold both cores for seconds: refused, naming the limit.
    const d = await clerk.req('POST', '/api/v1/simulate', { population: 600_000, years: '2000-2030' });
    expect(d.statusCode).toBe(400);
    expect(d.json<ErrorBody>().errors).toEqual([{ path: 'population', message: expect.stringMatching(/^人数 × 年数不能超过 3,000,000.*600,000 人 × 31 年 = 18,600,000/) }]);
    const e = await clerk.req('POST', '/api/v1/simulate/xlsx', { population: 200_000, years: '2021-2040' });
    expect(e.statusCode).toBe(400);
    // A reform's size is bounded by the schema: at most 100 settings.
    const f = await clerk.req('POST', '/api/v1/simulate', { population: 100, set: Array.from({ length: 101 }, () => 'art19.allowance.7=1') });
    expect(f.statusCode).toBe(400);
    expect(f.json<ErrorBody>().errors).toEqual([{ path: 'set', message: '最多 100 项' }]);
  });

  it('returns the Excel workbook', async () => {
    const res = await admin.req('POST', '/api/v1/simulate/xlsx', { population: 1000, years: '2023' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('SYNTHETIC');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  }, 60_000);
});
