// POST /api/v1/simulate and its .xlsx variant through Fastify's inject: a small synthetic
// population (合成数据), a reform, and Chinese 400s for an unknown parameter and a size over the cap.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { SimulationReport } from '@rencai/services';
import { buildApp } from './app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp();
});
afterAll(async () => app.close());

const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload });

describe('POST /api/v1/simulate', () => {
  it('simulates a small synthetic population with a reform', async () => {
    const res = await post('/api/v1/simulate', { population: 3000, years: '2023-2024', set: { 'art19.allowance.7': 30000 } });
    expect(res.statusCode).toBe(200);
    const r = res.json<SimulationReport>();
    expect(r.synthetic).toBe(true);
    expect(r.population).toBe(3000);
    expect(r.byYear.map((y) => y.key)).toEqual(['2023', '2024']);
    expect(r.totals.diffFen).toBe(r.totals.reformFen! - r.totals.baselineFen);
    expect(r.changes!.winners).toBeGreaterThan(0);
  });

  it('answers an unknown parameter, a bad year range and an oversized population with Chinese 400s', async () => {
    const a = await post('/api/v1/simulate', { population: 100, set: ['art19.allowanse.7=1'] });
    expect(a.statusCode).toBe(400);
    expect(a.body).toContain('未知参数：art19.allowanse.7');
    const b = await post('/api/v1/simulate', { population: 100, years: '二〇二一' });
    expect(b.statusCode).toBe(400);
    expect(b.json<{ errors: Array<{ path: string }> }>().errors[0]!.path).toBe('years');
    const c = await post('/api/v1/simulate', { population: 10_000_000 });
    expect(c.statusCode).toBe(400);
    expect(c.json<{ error: string }>().error).toBe('输入有误');
  });

  it('returns the Excel workbook', async () => {
    const res = await post('/api/v1/simulate/xlsx', { population: 1000, years: '2023' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('SYNTHETIC');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
