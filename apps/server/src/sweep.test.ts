// Every route of the OpenAPI document, called by anonymous, a talent, an employer's HR and a county
// clerk (with the CSRF token) with junk ids, empty, wrong-typed, malformed and deeply nested bodies,
// over-long and unencoded Chinese query strings and paths — through Fastify's inject and, for what
// only Node's HTTP parser sees, over a real socket. Finds no 5xx, no error body that is not Chinese
// (an ASCII-only error or a run of English words) or that repeats the junk it was sent, and no
// request that takes longer than its bound.

import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { multipart, startHarness, type Client, type Harness } from './platform/harness.js';

/** Longest any single request may take (a default-sized simulation is the slowest legitimate one). */
const BOUND_MS = 20_000;
/** Put into junk ids, queries and bodies: an error that repeats it echoes the caller's input. */
const MARK = 'Zqxj';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';
interface Route {
  method: Method;
  path: string;
}
interface Problem {
  request: string;
  problem: string;
}

let h: Harness;
let port = 0;
let callers: Array<{ name: string; client?: Client }>;
let routes: Route[];
let addresses = 0;

beforeAll(async () => {
  h = await startHarness({ persons: 20 });
  const talent = await h.login('talent');
  const hr = await h.login('hr');
  const clerk = await h.login('clerk_kecheng');
  callers = [{ name: 'anonymous' }, { name: 'talent', client: talent }, { name: 'hr', client: hr }, { name: 'clerk_kecheng', client: clerk }];
  const doc = (await h.app.inject({ method: 'GET', url: '/openapi.json' })).json<{ paths: Record<string, Record<string, unknown>> }>();
  routes = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => ({ path, method: m.toUpperCase() as Method })));
  await h.app.listen({ port: 0, host: '127.0.0.1' });
  const address = h.app.server.address();
  port = typeof address === 'object' && address ? address.port : 0;
}, 120_000);
afterAll(async () => h?.close());

const JUNK_IDS = ['999999', '0', '-1', `abc${MARK}`, '1e3', '9'.repeat(40), '%E5%8D%9A%E5%A3%AB', '..%2F..%2Fetc%2Fpasswd', `${MARK}%00`, 'x'.repeat(300)];
const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
const BODIES: Array<{ label: string; payload?: string | Buffer; type?: string }> = [
  { label: 'no body' },
  { label: '{}', payload: '{}' },
  { label: '[]', payload: '[]' },
  { label: 'null', payload: 'null' },
  { label: 'number', payload: '42' },
  { label: 'string', payload: JSON.stringify(MARK) },
  {
    label: 'wrong types',
    payload: JSON.stringify({ id: [], ids: MARK, field: 5, purpose: {}, decision: 'maybe', missing: MARK, reason: 7, amountFen: -1, region: {}, cityPct: MARK, days: MARK, create: 'yes', matter: [MARK], personId: MARK, employerId: {}, instalmentKey: 3, username: [], password: {}, profile: MARK, population: MARK, years: 2021, set: 5, version: 'x', effectiveOn: MARK, bankAccount: 12, data: MARK }),
  },
  { label: 'long strings', payload: JSON.stringify({ profile: { region: MARK.repeat(5000) }, username: MARK.repeat(5000), password: MARK.repeat(5000), reason: MARK.repeat(5000), matter: MARK.repeat(5000), set: [MARK.repeat(5000)], years: MARK.repeat(5000) }) },
  { label: 'not JSON', payload: `{${MARK}` },
  // Written as text: a value 5,000 levels deep is more than JSON.stringify's stack can take.
  { label: 'deeply nested', payload: `{"profile":${deep(5000)},"data":${deep(5000)},"set":${deep(5000)}}` },
  { label: 'text/plain', payload: MARK, type: 'text/plain' },
  { label: 'broken multipart', payload: `--x\r\nContent-Disposition: form-data; name="file"; filename="${MARK}.pdf"\r\n\r\n%PDF-`, type: 'multipart/form-data; boundary=x' },
];
const QUERIES = [`?q=${MARK.repeat(2000)}&page=-1&pageSize=${MARK}&format=exe&state=${MARK}&state=x&overdue=maybe&personId=${MARK}`, `?q=博士${MARK}&地区=柯城&page=1e999`, `?q=%E5%8D&page=%ZZ&${MARK}[]=1`];

/** The route's path with its parameters filled in by `id` (and junk for the others). */
function fill(path: string, id: string): string {
  return path.replace('{id}', id).replace('{sha}', id === '1' ? 'f'.repeat(64) : id).replace('{region}', id === '1' ? 'kecheng' : id).replace('{year}', id === '1' ? '2027' : id);
}

function withinBound<T>(p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`超时 ${BOUND_MS} ms：${what}`)), BOUND_MS);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** One request through inject, each from its own address so that the per-address limits stay out of the way. */
async function send(who: (typeof callers)[number], method: Method, url: string, body?: (typeof BODIES)[number]): Promise<LightMyRequestResponse> {
  addresses += 1;
  const headers: Record<string, string> = {};
  if (body?.payload !== undefined) headers['content-type'] = body.type ?? 'application/json';
  if (who.client) headers['x-csrf-token'] = who.client.csrf;
  return withinBound(
    h.app.inject({
      method,
      url,
      headers,
      remoteAddress: `10.${Math.floor(addresses / 62_500) % 250}.${Math.floor(addresses / 250) % 250}.${addresses % 250}`,
      ...(who.client ? { cookies: { rencai_session: who.client.session } } : {}),
      ...(body?.payload !== undefined ? { payload: body.payload } : {}),
    }),
    `${method} ${url.slice(0, 120)}`,
  );
}

/** Three or more English words in a row, as in "Internal server error" or "Rate limit exceeded, retry in 1 minute". */
const ENGLISH_RUN = /\b[A-Za-z]{2,}(?:,?\s+[A-Za-z]{2,}){2,}\b/;
const CJK = /[\u4e00-\u9fff]/;

/** What is wrong with an answer, if anything. */
function check(status: number, contentType: string | undefined, text: string): string | undefined {
  if (status >= 500) return `${status}`;
  if (status < 400) return undefined;
  if (!String(contentType).startsWith('application/json')) return `错误不是 JSON（${contentType}）`;
  let body: { error?: unknown; errors?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return '错误不是有效的 JSON';
  }
  if (typeof body.error !== 'string' || !Array.isArray(body.errors)) return '不是 {error, errors} 形式';
  if (!CJK.test(body.error) || /^[ -~\s]*$/.test(body.error)) return `error 不是中文：${body.error}`;
  const texts = [body.error, ...(body.errors as Array<{ path?: unknown; message?: unknown }>).map((e) => String(e.message))];
  const english = texts.find((t) => ENGLISH_RUN.test(t));
  if (english) return `含英文：${english}`;
  const echoed = texts.find((t) => t.includes(MARK));
  if (echoed) return `重复了请求中的内容：${echoed.slice(0, 80)}`;
  if (/\bat .*:\d+:\d+/.test(text)) return '含调用栈';
  return undefined;
}

/** A raw request line over a socket (what inject cannot send: bytes Node's parser refuses). */
function raw(method: Method, target: Buffer): Promise<{ status: number; contentType?: string; body: string }> {
  return withinBound(
    new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write(Buffer.concat([Buffer.from(`${method} `), target, Buffer.from(` HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`)]));
      });
      const chunks: Buffer[] = [];
      socket.on('data', (d: Buffer) => chunks.push(d));
      socket.on('error', reject);
      socket.on('close', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const [head = '', ...rest] = text.split('\r\n\r\n');
        resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), contentType: /content-type: *([^\r\n]+)/i.exec(head)?.[1], body: rest.join('\r\n\r\n') });
      });
    }),
    `${method} ${target.toString('utf8').slice(0, 120)}`,
  );
}

describe('every route, every caller, junk input', () => {
  it('answers every route of the OpenAPI document with no 5xx, only Chinese errors that echo nothing, and no hang', async () => {
    expect(routes.length).toBeGreaterThan(55);
    const problems: Problem[] = [];
    let calls = 0;
    const record = (request: string, res: LightMyRequestResponse) => {
      calls += 1;
      const problem = check(res.statusCode, res.headers['content-type'] as string | undefined, res.body);
      if (problem) problems.push({ request, problem });
    };
    for (const r of routes) {
      const hasId = r.path.includes('{');
      for (const who of callers) {
        // Logging out would end the session the rest of the sweep uses: only anonymous tries it.
        if (r.path === '/api/v1/auth/logout' && who.client) continue;
        const tag = (url: string, label = '') => `${r.method} ${url.slice(0, 100)} ${label} as ${who.name}`;
        // Junk ids in every path parameter.
        for (const id of hasId ? JUNK_IDS : []) {
          const url = fill(r.path, id);
          record(tag(url), await send(who, r.method, url, r.method === 'GET' ? undefined : BODIES[1]));
        }
        // Every body shape on a plausible id (and no body on a GET).
        const url = fill(r.path, '1');
        for (const body of r.method === 'GET' ? [BODIES[0]!] : BODIES) record(tag(url, body.label), await send(who, r.method, url, body));
        if (r.method !== 'GET') record(tag(url, 'multipart, no file'), await send(who, r.method, url, { label: 'multipart', ...multipartBody() }));
        // Over-long, malformed and Chinese query strings.
        for (const q of QUERIES) record(tag(url + q), await send(who, r.method, url + q, r.method === 'GET' ? undefined : BODIES[1]));
      }
      // Over a socket: unencoded Chinese in the path and in the query, and an address too long for the parser.
      for (const target of [fill(r.path, '博士'), `${fill(r.path, '1')}?q=全日制博士&地区=柯城`, `${fill(r.path, '1')}?q=${'x'.repeat(20_000)}`, `${fill(r.path, '1')}/${'%'.repeat(3)}`]) {
        const res = await raw(r.method, Buffer.from(target, 'utf8'));
        calls += 1;
        const problem = res.status === 0 ? '没有回答' : check(res.status, res.contentType, res.body);
        if (problem) problems.push({ request: `${r.method} ${target.slice(0, 100)} (socket)`, problem });
      }
    }
    // The pages and service routes outside the API document answer in kind.
    for (const url of ['/healthz', '/openapi.json', '/docs/', `/docs/${MARK}`, `/api/v1/${MARK}`, `/api/v2/x?q=${MARK}`, `/${MARK}.js`]) {
      for (const method of ['GET', 'POST', 'PUT'] as const) record(`${method} ${url}`, await send(callers[0]!, method, url, method === 'GET' ? undefined : BODIES[1]));
    }
    expect(calls).toBeGreaterThan(3500);
    expect(problems, problems.slice(0, 200).map((p) => `${p.request} → ${p.problem}`).join('\n')).toEqual([]);
    // Everyone is still signed in and served afterwards.
    for (const who of callers.slice(1)) expect((await send(who, 'GET', '/api/v1/auth/me')).statusCode, who.name).toBe(200);
  }, 900_000);
});

function multipartBody(): { payload: Buffer; type: string } {
  const m = multipart({ material: MARK }, { name: `${MARK}.exe`, content: Buffer.from(`MZ${MARK}`) }).multipart;
  return { payload: m.payload, type: m.headers['content-type'] };
}
