// The API process serving the web app (apps/server/src/web.ts): deep links get index.html, hashed
// assets are cached, the API's JSON 404 stays, and a missing build answers with a Chinese hint.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { registerWeb } from '../../server/src/web.js';
import { buildApp } from '../../server/src/app.js';

const root = mkdtempSync(join(tmpdir(), 'rencai-web-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(join(root, 'assets', 'main-abc123.js'), 'console.log(1)');
writeFileSync(join(root, 'assets', 'main-abc123.js.gz'), gzipSync('console.log(1)'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function appWith(dir: string) {
  const app = Fastify();
  app.setNotFoundHandler((req, reply) => reply.status(404).send({ error: `未找到：${req.url}`, errors: [] }));
  app.get('/api/v1/ok', async () => ({ ok: true }));
  await registerWeb(app, { root: dir });
  return app;
}

describe('serving the web app', () => {
  it('answers deep links with index.html and assets with long caching', async () => {
    const app = await appWith(root);
    for (const url of ['/', '/policies/quzhou-2020', '/login?x=1']) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<title>app</title>');
    }
    const asset = await app.inject('/assets/main-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const gz = await app.inject({ url: '/assets/main-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['content-type']).toContain('javascript');
    expect((await app.inject('/api/v1/ok')).json()).toEqual({ ok: true });
    await app.close();
  });

  it('keeps the JSON 404 for the API, the docs, missing assets and escapes from the folder', async () => {
    const app = await appWith(root);
    for (const url of ['/api/v1/nothing', '/api', '/docs/x', '/openapi.jsonx/../openapi.json', '/assets/missing.js', '/%2e%2e/%2e%2e/etc/hostname.txt']) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error, url).toContain('未找到');
    }
    expect((await app.inject({ method: 'POST', url: '/policies' })).statusCode).toBe(404);
    // A path escaping the folder never reads outside it: at most it is a page of the app.
    const escape = await app.inject('/..%2f..%2f..%2fetc%2fpasswd');
    expect(escape.body).not.toContain('root:');
    await app.close();
  });

  it('explains in Chinese how to build when the bundle is missing', async () => {
    const app = await appWith(join(root, 'nope'));
    const res = await app.inject('/');
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npm run build:web');
    expect(res.body).toContain('网页尚未构建');
    expect((await app.inject('/api/v1/nothing')).statusCode).toBe(404);
    await app.close();
  });

  it('is wired into the real API: /api/* still answers the JSON 404', async () => {
    const app = await buildApp();
    const res = await app.inject('/api/v1/nothing');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toContain('未找到');
    expect((await app.inject('/healthz')).json()).toEqual({ ok: true });
    await app.close();
  });
});
