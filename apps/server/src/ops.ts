// What operators and their monitoring read: /readyz (the database answers within 2 s and has every
// migration this code has — a load balancer sends traffic only then; /healthz only says the process
// is alive) and /metrics (Prometheus text from prom-client: request durations by route pattern,
// method and status, and the process's own figures). Metrics are not public: they are served only
// when RENCAI_METRICS_TOKEN is set, to requests carrying it as a bearer token; otherwise /metrics
// answers like any unknown address.

import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { sql } from 'kysely';
import { pendingMigrations } from '@rencai/store';
import type { Platform } from '@rencai/platform';

const READY_TIMEOUT_MS = 2_000;
const NOT_FOUND = { error: '未找到该地址或资源（API 文档见 /docs）', errors: [] };

/** One registry per process: the process figures are the process's, whichever app instance serves. */
let metrics: { registry: Registry; duration: Histogram<'method' | 'route' | 'status_code'> } | undefined;
function processMetrics() {
  if (metrics) return metrics;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'rencai_' });
  const duration = new Histogram({
    name: 'rencai_http_request_duration_seconds',
    help: 'HTTP 请求耗时（秒），按路由模式（不含编号等参数值）、方法与状态码',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  metrics = { registry, duration };
  return metrics;
}

/** Why the platform is not ready to serve, or undefined when it is (the database has `timeoutMs` to answer). */
export async function notReadyBecause(p: Platform, timeoutMs = READY_TIMEOUT_MS): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`数据库在 ${timeoutMs / 1000} 秒内没有应答`), timeoutMs);
  });
  const check = (async () => {
    try {
      await sql`select 1`.execute(p.db);
      const pending = await pendingMigrations(p.db);
      return pending.length ? `数据库尚未迁移到本程序的版本（待执行：${pending.join('、')}）` : undefined;
    } catch {
      return '数据库不可用';
    }
  })();
  try {
    return await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Bearer token comparison in constant time (hashes first, so lengths do not show either). */
function tokenMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer (.+)$/i.exec(header ?? '')?.[1] ?? '';
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(token));
}

export function registerOps(app: FastifyInstance, platform: Platform | undefined): void {
  const { registry, duration } = processMetrics();
  app.addHook('onResponse', async (req, reply) => {
    // The route pattern (/api/v1/persons/:id), never the address itself: no ids, names or junk in the labels.
    duration.observe({ method: req.method, route: req.routeOptions.url ?? '未匹配的地址', status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    const reason = platform ? await notReadyBecause(platform) : undefined;
    if (reason) return reply.status(503).send({ ready: false, error: reason, errors: [] });
    return { ready: true };
  });

  app.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
    const token = process.env.RENCAI_METRICS_TOKEN;
    if (!token) return reply.status(404).send(NOT_FOUND);
    if (!tokenMatches(req.headers.authorization, token)) {
      return reply.status(401).send({ error: '运行指标须带正确的令牌（请求头 Authorization: Bearer …，令牌为 RENCAI_METRICS_TOKEN）', errors: [] });
    }
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
