// HTTP routes of the budget simulation (合成数据 SYNTHETIC): POST /api/v1/simulate → JSON report,
// POST /api/v1/simulate/xlsx → the Excel workbook. Only signed-in staff (leader, clerk, admin) may
// run one; persons × years capped for a shared server; one simulation at a time (it uses every
// core) — across every server on the same PostgreSQL database (an advisory lock), within the process
// on embedded PGlite (one process by nature) or without a platform — a few per minute per address;
// bad input is a Chinese 400 like every other route.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RateLimitOptions } from '@fastify/rate-limit';
import { checkPopulation, InputError, parseYears, simulate, simulationWorkbook, type ReformInput } from '@rencai/services';
import { PlatformError, requireRole, budgetComparison, type Platform } from '@rencai/platform';
import { EXCLUSIVE, tryExclusive } from '@rencai/store';
import { BODY_BOUNDS, errorSchema, LIMITS, reformSchema } from '../schemas.js';
import { boundBody } from '../body-bounds.js';
import { callerOf } from '../platform/session.js';

/** Largest population over HTTP (the 2025 target of 002 art. 2), and the default. */
export const HTTP_MAX_POPULATION = 600_000;
export const HTTP_DEFAULT_POPULATION = 100_000;
/** Largest persons × years over HTTP: 600,000 persons over 5 years (about a second of both cores). */
export const HTTP_MAX_PERSON_YEARS = 3_000_000;
/** Roles that may run a simulation. */
export const SIMULATION_ROLES = ['leader', 'clerk', 'admin'] as const;

const fmt = (n: number) => n.toLocaleString('en-US');

interface SimulateBody {
  population?: number;
  years?: string;
  set?: ReformInput;
  seed?: number;
  policies?: string[];
  top?: number;
}

const body = {
  type: 'object',
  additionalProperties: false,
  properties: {
    population: { type: 'integer', minimum: 1, maximum: HTTP_MAX_POPULATION, description: `合成人口人数（默认 ${HTTP_DEFAULT_POPULATION.toLocaleString('en-US')}，上限 ${HTTP_MAX_POPULATION.toLocaleString('en-US')}）` },
    years: { type: 'string', maxLength: 20, description: `年度范围，如 "2021-2025"（默认）或 "2023"；人数 × 年数不超过 ${fmt(HTTP_MAX_PERSON_YEARS)}`, examples: ['2021-2025'] },
    set: { ...reformSchema(true), description: '改革方案：参数调整 ["路径=值[@YYYY-MM-DD]"] 或 {路径: 值}（金额单位：元）；未知参数返回 400' },
    seed: { type: 'integer', minimum: 0, maximum: 2147483648, description: '随机种子（同一种子、人数得到同一合成人口）' },
    policies: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: LIMITS.name }, description: '政策包 ID（默认全部；各包只在其适用地区生效）' },
    top: { type: 'integer', minimum: 1, maximum: 1000, description: '列出变化最大的人员数（默认 20）' },
  },
} as const;

const BUSY = '已有模拟正在运行，请稍后再试';
const busy = () => Object.assign(new Error(BUSY), { statusCode: 429 });

/** The persons × years check, naming the limit; the years are parsed as the simulation will. */
function checkSize(population: number, years: string | undefined): void {
  const span = parseYears(years);
  const count = span.to - span.from + 1;
  if (population * count > HTTP_MAX_PERSON_YEARS) {
    throw new InputError([
      { path: 'population', message: `人数 × 年数不能超过 ${fmt(HTTP_MAX_PERSON_YEARS)}（如 600,000 人 × 5 年、100,000 人 × 30 年），本次为 ${fmt(population)} 人 × ${count} 年 = ${fmt(population * count)}；更大的模拟请用命令行 rencai simulate` },
    ]);
  }
}

/**
 * Routes of the simulation. With a platform, a signed-in leader, clerk or admin (session cookie
 * and CSRF header) may run one; without a platform (an API-only server) nobody can sign in, so the
 * routes answer 401.
 */
export async function registerSimulateRoutes(app: FastifyInstance, platform?: Platform, rateLimit: RateLimitOptions | false = false): Promise<void> {
  const signedIn = async (req: FastifyRequest) => {
    if (!platform) throw new PlatformError(401, '预算模拟须由领导、经办人员或管理员登录后使用，本服务未启用登录');
    const c = await callerOf(platform, req);
    requireRole(c, [...SIMULATION_ROLES], '运行预算模拟');
  };
  let running = 0; // this server's own (the database's lock covers the others)
  const run = async (b: SimulateBody | undefined) => {
    const input = b ?? {};
    const population = checkPopulation(input.population ?? HTTP_DEFAULT_POPULATION, 'population', HTTP_MAX_POPULATION);
    checkSize(population, input.years);
    if (running > 0) throw busy();
    running++;
    try {
      const go = () => simulate({ population, years: input.years, set: input.set, seed: input.seed, policies: input.policies, top: input.top });
      if (platform?.database.kind !== 'postgres') return await go();
      const r = await tryExclusive(platform.db, EXCLUSIVE.simulation, go);
      if (!r.ran) throw busy();
      return r.value;
    } finally {
      running--;
    }
  };
  const schema = (summary: string, ok: object) => ({
    tags: ['模拟 simulation'],
    summary,
    description: '在合成人口（合成数据 SYNTHETIC，假设见 docs/simulation.md）上按年度运行政策：按条款、待遇、资金来源、地区、层次、年度汇总金额和人数；给出 set 时同时计算改革方案及差额、受益增加/减少人数与变化最大的项目。与命令行 `rencai simulate --json` 相同。',
    body,
    response: { 200: ok, 400: errorSchema, 401: errorSchema, 403: errorSchema, 429: errorSchema },
  });
  // Signed in before the body is even read; a reform of 100 settings is a few KB.
  const guard = { config: { rateLimit }, bodyLimit: 16 * 1024, onRequest: signedIn, preValidation: boundBody(BODY_BOUNDS) };
  app.post<{ Body: SimulateBody }>(
    '/api/v1/simulate',
    { ...guard, schema: schema('全市预算模拟（合成人口）', { type: 'object', additionalProperties: true, description: '模拟结果（rencai.simulation/1，synthetic: true）' }) },
    async (req, reply) => {
      try {
        const report = await run(req.body);
        // The reform's cost next to the budget envelopes (预算额度) of the same years the caller may see.
        return platform ? { ...report, budgets: await budgetComparison(platform, await callerOf(platform, req), report) } : report;
      } catch (e) {
        if ((e as { statusCode?: number }).statusCode === 429) return reply.status(429).send({ error: (e as Error).message, errors: [] });
        throw e;
      }
    },
  );
  app.post<{ Body: SimulateBody }>(
    '/api/v1/simulate/xlsx',
    { ...guard, schema: { ...schema('全市预算模拟（合成人口），Excel 工作簿（每个汇总维度一张工作表）', { type: 'string', format: 'binary', description: '.xlsx' }) } },
    async (req, reply) => {
      let report;
      try {
        report = await run(req.body);
      } catch (e) {
        if ((e as { statusCode?: number }).statusCode === 429) return reply.status(429).send({ error: (e as Error).message, errors: [] });
        throw e;
      }
      const buf = await simulationWorkbook(report);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="rencai-simulation-SYNTHETIC-${report.years.from}-${report.years.to}.xlsx"`)
        .send(buf);
    },
  );
}
