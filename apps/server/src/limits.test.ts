// Requests cannot be made expensive: every list and string of the calculator's and the simulation's
// bodies is bounded by the schema, bodies are capped in size, an answer lists at most 50 field
// errors and never echoes an over-long name; the public routes are rate-limited per address.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { BODY_BOUNDS, LIMITS } from './schemas.js';
import { MAX_REPORTED_ERRORS } from './validation.js';

interface ErrorBody {
  error: string;
  errors: Array<{ path: string; message: string }>;
}

let app: FastifyInstance;
let address = 0;
beforeAll(async () => {
  app = await buildApp();
});
afterAll(async () => app.close());

/** Each request from its own address, so that the rate limit stays out of the way. */
const calc = (payload: unknown) => {
  address += 1;
  // A string is sent as the JSON text it is (a body too deep for JSON.stringify is written by hand).
  const headers = typeof payload === 'string' ? { 'content-type': 'application/json' } : {};
  return app.inject({ method: 'POST', url: '/api/v1/calculate', headers, payload: payload as object, remoteAddress: `10.0.${Math.floor(address / 250)}.${address % 250}` });
};
const bad = async (payload: unknown) => {
  const res = await calc(payload);
  expect(res.statusCode).toBe(400);
  return { body: res.json<ErrorBody>(), bytes: res.rawPayload.length };
};

describe('bounded request bodies', () => {
  it('refuses a body over the calculator’s size limit with a Chinese 413 naming the limit', async () => {
    const res = await calc({ profile: { region: 'kecheng' }, set: [`art20.purchase.area.${'9'.repeat(900 * 1024)}=80`] });
    expect(res.statusCode).toBe(413);
    expect(res.json<ErrorBody>()).toEqual({ error: `请求体过大（上限 ${LIMITS.calculateBodyBytes / 1024} KB）`, errors: [] });
  });

  it('names an over-long parameter name, qualification or text by its limit, without echoing it', async () => {
    const long = 'x'.repeat(200 * 1024);
    const set = await bad({ profile: { region: 'kecheng' }, set: [`art20.purchase.area.${long}=80`] });
    expect(set.body.errors).toEqual([{ path: 'set[0]', message: `最长 ${LIMITS.text} 个字符` }]);
    const key = await bad({ profile: { region: 'kecheng' }, set: { [`art19.allowance.${long}`]: 1 } });
    expect(key.body.errors[0]!.message).toBe(`最长 ${LIMITS.name} 个字符`);
    const qual = await bad({ profile: { region: 'kecheng', person: { qualifications: [long] } } });
    expect(qual.body.errors).toEqual([{ path: 'profile.person.qualifications[0]', message: expect.stringContaining('资格') }]);
    const field = await bad({ profile: { region: 'kecheng', person: { [`qualification${long}`]: [] } } });
    expect(field.body.errors).toEqual([{ path: `profile.person.qualification${'x'.repeat(64 - 'qualification'.length)}…`, message: '未知字段' }]);
    for (const r of [set, key, qual, field]) expect(r.bytes).toBeLessThan(1024);
  });

  it('bounds lists: qualifications, list facts and reforms', async () => {
    const quals = await bad({ profile: { region: 'kecheng', person: { qualifications: Array.from({ length: LIMITS.qualifications + 1 }, (_, i) => `博士${i}`) } } });
    expect(quals.body.errors).toEqual([{ path: 'profile.person.qualifications', message: `最多 ${LIMITS.qualifications} 项` }]);
    const reform = await bad({ profile: { region: 'kecheng' }, set: Array.from({ length: LIMITS.reformSettings + 1 }, () => 'art19.allowance.7=1') });
    expect(reform.body.errors).toEqual([{ path: 'set', message: `最多 ${LIMITS.reformSettings} 项` }]);
    const experts = await calc({ profile: { region: 'kecheng', enterprise: { experts: Array.from({ length: LIMITS.listItems }, () => ({ salary: 300000 })) } } });
    expect(experts.statusCode).toBe(200); // as many experts as a list may hold are calculated
  });

  it('refuses, before validating anything, a list, an object or a nesting no valid body has', async () => {
    const list = await bad({ profile: { region: 'kecheng', person: { qualifications: Array.from({ length: 10_000 }, (_, i) => `博士${i}`) } } });
    expect(list.body.errors).toEqual([{ path: 'profile.person.qualifications', message: `列表过长（超过 ${BODY_BOUNDS.items} 项）` }]);
    const wide = await bad({ profile: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, 1])) });
    expect(wide.body.errors).toEqual([{ path: 'profile', message: `字段过多（超过 ${BODY_BOUNDS.fields} 个）` }]);
    const nested = '['.repeat(5000) + '1' + ']'.repeat(5000);
    const deep = await bad(`{"profile":{"region":"kecheng"},"set":${nested}}`);
    expect(deep.body.errors).toEqual([{ path: expect.stringMatching(/^set(\[0\])+$/), message: `嵌套层数过多（超过 ${BODY_BOUNDS.depth} 层）` }]);
  });

  it(`lists at most ${MAX_REPORTED_ERRORS} field errors and counts the rest, from the schema and from the services`, async () => {
    const typed = await bad({ profile: { region: 'kecheng', enterprise: { experts: Array.from({ length: LIMITS.listItems }, () => ({ salary: true, age: 'x' })) } } });
    expect(typed.body.errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(typed.body.errors[MAX_REPORTED_ERRORS]).toEqual({ path: '(请求体)', message: expect.stringMatching(/^另有 \d+ 处错误未列出/) });
    expect(typed.bytes).toBeLessThan(16 * 1024);
    // 100 unknown qualification names (the most a list may hold) reach the profile reader: 100 errors, 50 listed.
    const unknown = await bad({ profile: { region: 'kecheng', person: { qualifications: Array.from({ length: LIMITS.qualifications }, (_, i) => `全日制博士${i}`) } } });
    expect(unknown.body.errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(unknown.body.errors[0]!.message).toMatch(/^未知的资格「全日制博士0」，最接近的目录名称：全日制博士研究生/);
    expect(unknown.body.errors[MAX_REPORTED_ERRORS]!.message).toMatch(/^另有 50 处错误未列出/);
  });
});

describe('rate limits on the public routes', () => {
  it('answers 429 in Chinese with Retry-After once an address has used its requests, per route and per address', async () => {
    const limited = await buildApp({ rateLimit: 3 });
    try {
      const from = (remoteAddress: string, url = '/api/v1/calculate') =>
        limited.inject(url === '/api/v1/calculate' ? { method: 'POST', url, payload: { profile: { region: 'kecheng' } }, remoteAddress } : { method: 'GET', url, remoteAddress });
      for (let i = 0; i < 3; i++) expect((await from('192.0.2.1')).statusCode).toBe(200);
      const over = await from('192.0.2.1');
      expect(over.statusCode).toBe(429);
      expect(over.json<ErrorBody>()).toEqual({ error: '请求过于频繁，请稍后再试', errors: [] });
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      expect((await from('192.0.2.2')).statusCode).toBe(200); // another address has its own allowance
      // Browsing the catalogue counts separately (twice the allowance); the health check is never limited.
      for (const url of ['/api/v1/policies', '/api/v1/qualifications?q=博士', '/api/v1/facts', '/api/v1/policies/quzhou-2020']) {
        for (let i = 0; i < 6; i++) expect((await from('192.0.2.1', url)).statusCode, url).toBe(200);
        expect((await from('192.0.2.1', url)).statusCode, url).toBe(429);
      }
      for (let i = 0; i < 20; i++) expect((await from('192.0.2.1', '/healthz')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('is on by default and can be turned off (load tests)', async () => {
    const off = await buildApp({ rateLimit: 0 });
    try {
      for (let i = 0; i < 20; i++) expect((await off.inject({ method: 'GET', url: '/api/v1/facts', remoteAddress: '192.0.2.9' })).statusCode).toBe(200);
    } finally {
      await off.close();
    }
    const res = await app.inject({ method: 'GET', url: '/api/v1/facts', remoteAddress: '192.0.2.10' });
    expect(Number(res.headers['x-ratelimit-limit'])).toBeGreaterThan(0);
  });
});
