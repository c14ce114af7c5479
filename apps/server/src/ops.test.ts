// The operators' endpoints: /readyz says whether the database answers and is migrated, /metrics gives
// Prometheus figures by route pattern only to a holder of the metrics token.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@rencai/store';
import type { Platform } from '@rencai/platform';
import { startHarness, type Harness } from './platform/harness.js';
import { notReadyBecause } from './ops.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ persons: 3 });
}, 120_000);
afterAll(async () => h?.close());

describe('readiness', () => {
  it('is ready when the database answers and has every migration', async () => {
    const res = await h.app.inject('/readyz');
    expect([res.statusCode, res.json()]).toEqual([200, { ready: true }]);
  });

  it('names the migrations a database has not applied', async () => {
    const bare = await openDatabase({ dataDir: 'memory', migrate: false });
    try {
      // The message is what is tested, not the 2 s limit: a database opened just now on a loaded
      // machine (the suite runs two files at a time) can take longer than that to answer its first query.
      const reason = await notReadyBecause({ db: bare.db } as unknown as Platform, 60_000);
      expect(reason).toMatch(/^数据库尚未迁移到本程序的版本（待执行：001_init、002_bank_accounts、/);
    } finally {
      await bare.close();
    }
  });

  it('answers 503 in Chinese when the database is gone, and the process stays alive', async () => {
    const other = await startHarness({ persons: 1 });
    await other.p.database.close();
    const res = await other.app.inject('/readyz');
    expect([res.statusCode, res.json().error]).toEqual([503, '数据库不可用']);
    expect((await other.app.inject('/healthz')).statusCode).toBe(200);
    await other.app.close();
  });
});

describe('metrics', () => {
  const withToken = async <T>(token: string | undefined, fn: () => Promise<T>): Promise<T> => {
    const before = process.env.RENCAI_METRICS_TOKEN;
    if (token === undefined) delete process.env.RENCAI_METRICS_TOKEN;
    else process.env.RENCAI_METRICS_TOKEN = token;
    try {
      return await fn();
    } finally {
      if (before === undefined) delete process.env.RENCAI_METRICS_TOKEN;
      else process.env.RENCAI_METRICS_TOKEN = before;
    }
  };

  it('are not served at all without a configured token, and refuse a wrong or missing one', async () => {
    expect((await withToken(undefined, () => h.app.inject('/metrics'))).statusCode).toBe(404);
    const missing = await withToken('s3cret-token', () => h.app.inject('/metrics'));
    expect([missing.statusCode, missing.json().error]).toEqual([401, expect.stringContaining('RENCAI_METRICS_TOKEN')]);
    const wrong = await withToken('s3cret-token', () => h.app.inject({ url: '/metrics', headers: { authorization: 'Bearer s3cret-tokeX' } }));
    expect(wrong.statusCode).toBe(401);
  });

  it('count requests by route pattern, method and status, with no id from the address in them', async () => {
    const clerk = await h.login('clerk_kecheng');
    expect((await clerk.req('GET', '/api/v1/persons/987654')).statusCode).toBe(404);
    await h.app.inject('/api/v1/regions');
    await h.app.inject('/no/such/place/4455667'); // a page of the web app
    await h.app.inject({ method: 'POST', url: '/no/such/place/4455668' }); // nothing at all
    const res = await withToken('s3cret-token', () => h.app.inject({ url: '/metrics', headers: { authorization: 'Bearer s3cret-token' } }));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const text = res.body;
    expect(text).toMatch(/rencai_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/persons\/:id",status_code="404"\} [1-9]/);
    expect(text).toMatch(/rencai_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/regions",status_code="200"\} [1-9]/);
    expect(text).toMatch(/route="\/\*",status_code="200"/);
    expect(text).toMatch(/method="POST",route="未匹配的地址",status_code="404"/);
    expect(text).toContain('rencai_process_cpu_user_seconds_total');
    expect(text).not.toContain('987654');
    expect(text).not.toMatch(/445566[78]/);
  });
});
