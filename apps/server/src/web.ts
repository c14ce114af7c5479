// Serves the built web app (apps/web/dist) from the API process: hashed assets with long caching,
// and index.html for every other GET that is not the API or its docs, so deep links work.

import { existsSync, statSync } from 'node:fs';
import { dirname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where `npm run build:web` writes the bundle. */
export const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Paths that belong to the API process itself: an unknown one answers the JSON 404, never the app. */
const NOT_WEB = /^\/(api(\/|$)|docs(\/|$)|openapi\.json$|healthz$)/;

const MISSING_HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>rencai 人才政策平台</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.7">
<h1>网页尚未构建</h1><p>请在仓库根目录运行 <code>npm run build:web</code>（<code>npm start</code> 会自动构建），然后刷新本页。</p>
<p>API 仍可使用：<a href="/docs">API 文档</a>、<code>POST /api/v1/calculate</code>。</p>
<p lang="en" style="color:#666">The web app has not been built yet: run <code>npm run build:web</code>.</p></body></html>`;

/** The file under `root` that `urlPath` names, or undefined (never escapes root). */
function fileIn(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const full = normalize(join(root, decoded));
  if (full !== root && !full.startsWith(root + sep)) return undefined;
  try {
    return statSync(full).isFile() ? full.slice(root.length + 1) : undefined;
  } catch {
    return undefined;
  }
}

export async function registerWeb(app: FastifyInstance, opts: { root?: string } = {}): Promise<void> {
  const root = opts.root ?? WEB_DIST;
  // serve: false — only decorates reply.sendFile; the one catch-all route below decides what to send.
  // preCompressed: the build writes .gz beside each asset; browsers that accept gzip get those.
  await app.register(fastifyStatic, { root, serve: false, preCompressed: true });

  const handler = async (req: FastifyRequest, reply: FastifyReply) => {
    const path = req.url.split('?')[0] ?? '/';
    if (NOT_WEB.test(path)) return reply.callNotFound();
    if (!existsSync(join(root, 'index.html'))) return reply.status(503).type('text/html; charset=utf-8').send(MISSING_HTML);
    const file = path === '/' ? undefined : fileIn(root, path);
    if (file) {
      const hashed = file.startsWith(`assets${sep}`);
      return reply.sendFile(file, { maxAge: hashed ? 365 * 24 * 3600 * 1000 : 0, immutable: hashed });
    }
    // A missing asset is a real 404; any other path is a page of the single-page app.
    if (/\.[a-z0-9]{1,8}$/i.test(path)) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { maxAge: 0 });
  };
  app.get('/', { schema: { hide: true } }, handler);
  app.get('/*', { schema: { hide: true } }, handler);
}
