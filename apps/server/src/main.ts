// Starts the API server (PORT, default 3000; HOST, default 127.0.0.1) and prints in Chinese where
// it listens, the docs page and a sample request.

import { buildApp } from './app.js';
import { SAMPLE_REQUEST } from './schemas.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`环境变量 PORT 无效：${process.env.PORT}（应为 0–65535 的整数）\n`);
  process.exit(2);
}

const app = await buildApp();
try {
  await app.listen({ port, host });
} catch (e) {
  const busy = (e as NodeJS.ErrnoException).code === 'EADDRINUSE';
  process.stderr.write(`无法在 ${host}:${port} 启动服务：${busy ? '端口已被占用' : e instanceof Error ? e.message : String(e)}（可用环境变量 PORT 指定其他端口，如 PORT=3001 npm start）\n`);
  process.exit(1);
}

const address = app.server.address();
const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
const base = `http://${shown}:${typeof address === 'object' && address ? address.port : port}`;
process.stdout.write(
  [
    `rencai 人才政策平台 API 已启动：${base}`,
    `API 文档（Swagger UI）：${base}/docs    OpenAPI：${base}/openapi.json    健康检查：${base}/healthz`,
    '示例请求（柯城区全职博士、教师岗位、2021-06-30 首次购房 120 万元）：',
    `  curl -s -X POST ${base}/api/v1/calculate -H 'content-type: application/json' -d '${JSON.stringify(SAMPLE_REQUEST)}'`,
    '按 Ctrl+C 停止。',
    '',
  ].join('\n'),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    process.stdout.write('正在停止服务……\n');
    void app.close().then(() => process.exit(0));
  });
}
