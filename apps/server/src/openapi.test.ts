// The published OpenAPI document: clean under Redocly's recommended rules, true to what the routes
// do (the security each operation declares, the 429 of the rate-limited ones), and the typed client
// generated from it current and working against a running server.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { DEMO_PASSWORD } from '@rencai/platform';
import { signIn, createRencaiClient } from '@rencai/api-client';
import { startHarness, type Harness } from './platform/harness.js';
import { apiClientTypes, CLIENT_TYPES_FILE } from './openapi-document.js';
import { buildApp } from './app.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';
interface Operation {
  method: Method;
  path: string;
  operationId?: string;
  security?: Array<Record<string, string[]>>;
  responses: Record<string, unknown>;
}

let h: Harness;
let doc: { paths: Record<string, Record<string, Operation>> };
let ops: Operation[];

/** The path with every {parameter} filled with a well-formed value (a file's SHA-256, otherwise an id). */
const fill = (path: string) => path.replace('{sha}', '0'.repeat(64)).replace(/\{[^}]+\}/g, '1');
/** Whether the operation requires a session: some alternative names it and none is empty (optional). */
const requiresSession = (op: Operation) => (op.security ?? []).some((s) => 'session' in s) && !(op.security ?? []).some((s) => Object.keys(s).length === 0);

beforeAll(async () => {
  h = await startHarness({ persons: 5 });
  doc = (await h.app.inject({ method: 'GET', url: '/openapi.json' })).json();
  ops = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([m, op]) => ({ ...op, method: m.toUpperCase() as Method, path })));
}, 120_000);
afterAll(async () => h?.close());

describe('the OpenAPI document', () => {
  it('has no error and no warning under Redocly’s recommended rules', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: 'openapi.json', config });
    expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} ${p.location[0]?.pointer ?? ''}`)).toEqual([]);
    expect(ops.length).toBeGreaterThan(70);
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(ops.length);
  });

  it('declares the security each route really asks for: signed out is 401, a missing CSRF token 403, public routes need neither', async () => {
    const clerk = await h.login('clerk_kecheng');
    const wrong: string[] = [];
    let secured = 0;
    let csrf = 0;
    for (const op of ops) {
      const url = fill(op.path);
      const body = op.method === 'GET' ? undefined : {};
      const anonymous = await h.app.inject({ method: op.method, url, remoteAddress: '10.9.9.9', ...(body ? { payload: body } : {}) });
      const needsSession = requiresSession(op);
      if (needsSession) secured += 1;
      if (needsSession !== (anonymous.statusCode === 401)) wrong.push(`${op.method} ${op.path}: ${needsSession ? '声明须登录' : '声明公开'}，未登录时 ${anonymous.statusCode}`);
      if ((op.security ?? []).some((s) => 'csrf' in s)) {
        csrf += 1;
        const noToken = await clerk.req(op.method, url, body, { 'x-csrf-token': '' });
        if (noToken.statusCode !== 403) wrong.push(`${op.method} ${op.path}: 声明须 CSRF 令牌，缺少时 ${noToken.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(secured).toBeGreaterThan(60);
    expect(csrf).toBeGreaterThan(30);
  });

  it('every route documented with a 429 is limited per address, the public lists included', async () => {
    const app = await buildApp({ platform: h.p, rateLimit: 1 });
    try {
      const limited = ops.filter((o) => o.method === 'GET' && '429' in o.responses && !o.path.includes('{'));
      expect(limited.map((o) => o.path)).toEqual(expect.arrayContaining(['/api/v1/regions', '/api/v1/matters', '/api/v1/auth/demo', '/api/v1/policies']));
      for (const op of limited) {
        const codes: number[] = [];
        for (let i = 0; i < 3; i++) codes.push((await app.inject({ method: 'GET', url: op.path, remoteAddress: '10.8.8.8' })).statusCode);
        expect([op.path, codes.at(-1)]).toEqual([op.path, 429]);
      }
    } finally {
      await app.close();
    }
  });
});

describe('the typed client (packages/api-client)', () => {
  it('is generated from the current document (npm run gen:api-client)', async () => {
    expect(readFileSync(CLIENT_TYPES_FILE, 'utf8') === (await apiClientTypes(doc))).toBe(true);
  });

  it('signs in, reads a clerk’s queue and marks messages read (CSRF sent for it) against a running server', async () => {
    const app = await buildApp({ platform: h.p });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const address = app.server.address();
      const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const regions = await createRencaiClient(base).GET('/api/v1/regions');
      expect(regions.response.status).toBe(200);
      const client = await signIn(base, 'clerk_kecheng', DEMO_PASSWORD);
      const me = await client.GET('/api/v1/auth/me');
      expect((me.data as { user: { role: string } }).user.role).toBeTruthy();
      const queue = await client.GET('/api/v1/applications', { params: { query: { overdue: 'true', pageSize: '5' } } });
      expect(queue.response.status).toBe(200);
      expect((queue.data as { pageSize: number }).pageSize).toBe(5);
      const read = await client.POST('/api/v1/messages/read');
      expect(read.response.status).toBeLessThan(300);
      await expect(signIn(base, 'clerk_kecheng', 'wrong-password')).rejects.toThrow(/[\u4e00-\u9fff]/);
    } finally {
      await app.close();
    }
  });
});
