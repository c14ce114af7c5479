// Test harness for the platform API: a fresh database (PGlite in memory, or a new database on the
// PostgreSQL server in DATABASE_URL), the platform with a fixed date and seeded demo data, the
// Fastify app, and signed-in clients per demo account (session cookie + CSRF header). The seeded
// database is prepared once per test run for each demo size and copied for every file (with the key
// its personal data was encrypted with and the evidence files the demo uploaded).

import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { checkDigit, usccCheckChar } from '@rencai/domain';
import { parseDay } from '@rencai/engine';
import { createPlatform, seedDemo, DEMO_MIN_PERSONS, DEMO_PASSWORD, type OidcSettings, type Platform } from '@rencai/platform';
import { Vault } from '@rencai/store';
import { openPreparedTestDatabase } from '@rencai/store/testing';
import { buildApp } from '../app.js';

export interface Client {
  username: string;
  csrf: string;
  /** The session cookie's value (rencai_session), for requests made without req(). */
  session: string;
  user: { userId: number; role: string; region: string; personId: number | null; employerId: number | null };
  req(method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

export interface Harness {
  app: FastifyInstance;
  p: Platform;
  login(username: string): Promise<Client>;
  close(): Promise<void>;
}

export const TODAY = '2026-11-23';

/** `oidc`: sign-in through an identity provider (off otherwise, whatever the environment says). */
export async function startHarness(opts: { persons?: number; oidc?: OidcSettings } = {}): Promise<Harness> {
  const persons = Math.max(DEMO_MIN_PERSONS, opts.persons ?? 40);
  const platformOn = (database: Parameters<typeof createPlatform>[0]['database'], key: Buffer, filesDir: string) =>
    createPlatform({ database, vault: new Vault(key), dataDir: 'memory', filesDir, today: () => parseDay(TODAY), oidc: opts.oidc ?? null });
  // The demo's evidence files are stored (encrypted) beside the prepared database and copied with it.
  const database = await openPreparedTestDatabase(`demo-${persons}`, async (d, dir) => {
    const key = randomBytes(32);
    await seedDemo(await platformOn(d, key, join(dir, 'files')), { persons });
    return key.toString('hex');
  });
  const filesDir = mkdtempSync(join(tmpdir(), 'rencai-files-'));
  if (existsSync(join(database.dir, 'files'))) cpSync(join(database.dir, 'files'), filesDir, { recursive: true });
  const p = await platformOn(database, Buffer.from(database.state, 'hex'), filesDir);
  const app = await buildApp({ platform: p, logger: process.env.RENCAI_TEST_LOG === '1' });
  let logins = 0;
  const login = async (username: string): Promise<Client> => {
    // Each signed-in user comes from their own address, as on a real network (the login route is rate-limited per address).
    logins += 1;
    const remoteAddress = `127.0.${Math.floor(logins / 250)}.${logins % 250}`;
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD }, remoteAddress });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'rencai_session')!;
    const body = res.json<{ csrfToken: string; user: Client['user'] }>();
    return {
      username,
      csrf: body.csrfToken,
      session: cookie.value,
      user: body.user,
      req: (method, url, payload, headers = {}) => {
        const mp = typeof payload === 'object' && payload !== null && 'multipart' in payload ? (payload as { multipart: { payload: Buffer; headers: Record<string, string> } }).multipart : undefined;
        return app.inject({
          method,
          url,
          remoteAddress,
          cookies: { rencai_session: cookie.value },
          headers: { 'x-csrf-token': body.csrfToken, ...(mp?.headers ?? {}), ...headers },
          ...(mp ? { payload: mp.payload } : payload === undefined ? {} : { payload: payload as object }),
        });
      },
    };
  };
  return {
    app,
    p,
    login,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** A multipart/form-data body with text fields and one file. */
export function multipart(fields: Record<string, string>, file: { name: string; content: Buffer; type?: string }) {
  const boundary = `----rencai${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`));
  parts.push(file.content, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { multipart: { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } } };
}

/** Building blocks of the API tests: a small PDF, 元 in fen, a fresh valid 身份证号 and 统一社会信用代码 on each call (one counter per test process, so never the same twice). */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');
export const YUAN = 100;
let seq = 0;
export const idNumber = (): string => {
  const body = `330802198${(seq % 10).toString()}0${1 + (Math.floor(seq / 10) % 9)}1${5 + (seq % 4)}${String(400 + ++seq).padStart(3, '0')}`;
  return body + checkDigit(body);
};
export const uscc = (): string => {
  const b = `913308${String(880_000 + ++seq).padStart(11, '0')}`.slice(0, 17);
  return b + usccCheckChar(b);
};

/** The response's JSON, after checking its status (the body is shown when it differs). */
export async function ok<T = Record<string, unknown>>(res: Promise<{ statusCode: number; body: string; json: () => unknown }>, status = 200): Promise<T> {
  const r = await res;
  if (r.statusCode !== status) throw new Error(`expected status ${status}, got ${r.statusCode}: ${r.body}`);
  return r.json() as T;
}
