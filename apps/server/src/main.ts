// Starts rencai: the embedded database (PGlite under RENCAI_DATA_DIR, default .data/) or the
// PostgreSQL server in DATABASE_URL, migrations, demo data on the embedded database's first start
// or when asked (RENCAI_DEMO=1, --demo; never on a server database by default), then the API, its
// docs and the web app on one address (PORT, default 3000; HOST, default 127.0.0.1). Prints, in
// Chinese, where everything is and the demo accounts — or how to create the first administrator.

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createPlatform, seedDemo, startAtRest, startScheduler } from '@rencai/platform';
import { buildApp } from './app.js';
import { SAMPLE_REQUEST } from './schemas.js';
import { accountNotes, demoChoice } from './first-run.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`环境变量 PORT 无效：${process.env.PORT}（应为 0–65535 的整数）\n`);
  process.exit(2);
}

const dataDir = resolve(process.env.RENCAI_DATA_DIR ?? '.data');
const serverDatabase = !!process.env.DATABASE_URL;
const choice = demoChoice({ argv: process.argv.slice(2), env: process.env, serverDatabase, freshEmbedded: !existsSync(join(dataDir, 'pgdata')) });
let platform;
try {
  platform = await createPlatform({ databaseUrl: process.env.DATABASE_URL, dataDir });
} catch (e) {
  process.stderr.write(`无法打开数据库：${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
await startAtRest(platform); // role warning, periodic audit anchors (file modes and keys are checked in createPlatform)
const seeded = choice.seed ? await seedDemo(platform) : [];
const notes = await accountNotes(platform, { asked: choice.asked, seeded: seeded.length > 0, serverDatabase });

// Request and error log: JSON lines on standard output (logging.ts: request ids, no personal data).
const app = await buildApp({ platform, logger: true });
try {
  await app.listen({ port, host });
} catch (e) {
  const busy = (e as NodeJS.ErrnoException).code === 'EADDRINUSE';
  process.stderr.write(`无法在 ${host}:${port} 启动服务：${busy ? '端口已被占用' : e instanceof Error ? e.message : String(e)}（可用环境变量 PORT 指定其他端口，如 PORT=3001 npm start）\n`);
  process.exit(1);
}

// Scheduled jobs (escalation, work-list notices, proactive screening): pg-boss on a PostgreSQL
// server — each run once however many servers run — or the single-process runner on embedded PGlite.
// RENCAI_JOBS=0 leaves them to another server (or to a run by hand).
// A scheduler that cannot start (say, the app's database role may not create pg-boss's schema) is
// reported and the server runs on: the jobs can still be run by hand.
let jobsProblem = '';
const scheduler =
  process.env.RENCAI_JOBS === '0'
    ? undefined
    : await startScheduler(platform, { databaseUrl: process.env.DATABASE_URL }).catch((e: unknown) => {
        jobsProblem = e instanceof Error ? e.message : String(e);
        process.stderr.write(`定时任务未能启动：${jobsProblem}（见 docs/platform.md“定时任务”）\n`);
        return undefined;
      });

const address = app.server.address();
const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
const base = `http://${shown}:${typeof address === 'object' && address ? address.port : port}`;
const db = platform.database.kind === 'pglite' ? `内嵌 PGlite（${platform.database.location}）` : `PostgreSQL（${platform.database.location}）`;
process.stdout.write(
  [
    `rencai 人才政策平台已启动：${base}`,
    `网页（计算器、门户、工作台、驾驶舱）：${base}/`,
    `API 文档（Swagger UI）：${base}/docs    OpenAPI：${base}/openapi.json    健康检查：${base}/healthz（就绪：${base}/readyz）`,
    `数据库：${db}`,
    `定时任务：${scheduler ? (scheduler.kind === 'pg-boss' ? '已启动（pg-boss，多台服务器同时运行时每次计划只执行一次）' : '已启动（内嵌运行器）') : jobsProblem ? '未能启动（原因见上）' : '未启动（RENCAI_JOBS=0）'}；查看与手动运行：${base}/admin/jobs`,
    ...notes,
    '',
    '示例请求（柯城区全职博士、教师岗位、2021-06-30 首次购房 120 万元）：',
    `  curl -s -X POST ${base}/api/v1/calculate -H 'content-type: application/json' -d '${JSON.stringify(SAMPLE_REQUEST)}'`,
    '按 Ctrl+C 停止。',
    '',
  ].join('\n'),
);

// SIGTERM / Ctrl+C: requests and job runs in flight finish (within RENCAI_SHUTDOWN_MS), the database closes, exit 0.
const { stopGracefullyOnSignals, shutdownBoundMs } = await import('./graceful.js');
stopGracefullyOnSignals(app, () => platform.database.close(), shutdownBoundMs(), async (bound) => scheduler?.stop(bound));
