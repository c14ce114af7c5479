// The server's log over a clerk's and a talent's journey: JSON lines, one per request with the id the
// caller also received, and none of the personal data that passed through — ID number, phone, bank
// account, name, password — not even when it was typed into a search or an address.

import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { checkDigit } from '@rencai/domain';
import { DEMO_PASSWORD } from '@rencai/platform';
import { startHarness, type Harness } from './platform/harness.js';
import { buildApp } from './app.js';

let h: Harness;
let app: FastifyInstance;
const lines: string[] = [];

beforeAll(async () => {
  h = await startHarness({ persons: 3 });
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  app = await buildApp({ platform: h.p, logger: { stream } });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await h?.close();
});

async function signIn(username: string) {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD }, remoteAddress: `10.7.0.${username.length}` });
  expect(res.statusCode).toBe(200);
  const session = res.cookies.find((c) => c.name === 'rencai_session')!.value;
  const csrf = res.json<{ csrfToken: string }>().csrfToken;
  return (method: InjectOptions['method'], url: string, payload?: object) =>
    app.inject({ method, url, cookies: { rencai_session: session }, headers: { 'x-csrf-token': csrf }, ...(payload ? { payload } : {}) });
}

it('writes one JSON line per request with its id, and no personal data that passed through', async () => {
  const first17 = '33080219870623' + '461';
  const idNumber = first17 + checkDigit(first17);
  const phone = '13957012468';
  const account = '6222 0212 3456 7890 123';
  const name = '日志测试者';
  const clerk = await signIn('clerk_kecheng');
  const created = await clerk('POST', '/api/v1/persons', { idNumber, name, region: 'kecheng', phone, bankName: '中国工商银行衢州分行', bankAccount: account });
  expect(created.statusCode).toBe(201);
  const id = created.json<{ id: number }>().id;
  const responses = [
    created,
    await clerk('GET', `/api/v1/persons?q=${idNumber}`),
    await clerk('GET', `/api/v1/persons?q=${encodeURIComponent(name)}`),
    await clerk('GET', `/api/v1/applications?q=${idNumber}`),
    await clerk('POST', `/api/v1/persons/${id}/reveal`, { field: 'phone', purpose: '电话核实' }),
    await clerk('GET', `/api/v1/persons/${idNumber}`),
    await clerk('GET', `/talent/${phone}`),
    await clerk('POST', `/api/v1/nothing/${account.replace(/ /g, '')}`),
    await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'clerk_kecheng', password: 'wrong-password-9' }, remoteAddress: '10.7.1.1' }),
  ];
  expect(responses.map((r) => r.statusCode)).toEqual([201, 200, 200, 200, 200, 400, 200, 404, 401]);

  const entries = lines.map((l) => JSON.parse(l) as { reqId?: string; msg?: string; status?: number; route?: string });
  const done = entries.filter((e) => e.msg === '请求完成');
  for (const r of responses) expect(done.map((e) => e.reqId)).toContain(r.headers['x-request-id']);
  expect(done.find((e) => e.reqId === responses[0]!.headers['x-request-id'])).toMatchObject({ route: '/api/v1/persons', status: 201 });

  const log = lines.join('\n');
  for (const secret of [idNumber, idNumber.slice(0, 14), phone, account, account.replace(/ /g, ''), name, encodeURIComponent(name), DEMO_PASSWORD, 'wrong-password-9']) {
    expect(log.includes(secret), `log contains ${secret}`).toBe(false);
  }
});
