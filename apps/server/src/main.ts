// Starts the API server and prints where it listens, the docs page and a sample request.

import { buildApp } from './app.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const sample = JSON.stringify({
  date: '2023-01-01',
  profile: {
    region: 'kecheng',
    person: { qualifications: ['全日制博士研究生'], fullTime: true, arrivalDate: '2021-03-01', post: 'teacher', serviceAgreementYears: 5, purchase: { date: '2021-06-30', price: 1200000, isFirst: true, sold: false } },
  },
});

const app = await buildApp();
try {
  await app.listen({ port, host });
} catch (e) {
  process.stderr.write(`无法在 ${host}:${port} 启动服务：${e instanceof Error ? e.message : String(e)}（可用环境变量 PORT 指定其他端口）\n`);
  process.exit(1);
}
const base = `http://${host}:${port}`;
process.stdout.write(
  [
    `rencai 人才政策平台已启动：${base}`,
    `API 文档（OpenAPI）：${base}/docs    机器可读：${base}/openapi.json`,
    '示例请求（全日制博士、教师岗位、2021-06-30 购房）：',
    `  curl -s -X POST ${base}/api/v1/calculate -H 'content-type: application/json' -d '${sample}'`,
    '按 Ctrl+C 停止。',
    '',
  ].join('\n'),
);
