// Scheduled jobs: the list (label, schedule, last and next run in China time) for administrators and
// leaders only; a run by hand (administrators only, audited); each scheduled slot run once however
// many callers fire it at once; a failed run retried; nothing run on a day off for working-day jobs;
// every job's effect the same when run twice (no notice sent twice, no application filed twice);
// and the embedded runner over the same definitions (PGlite).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDay } from '@rencai/engine';
import { JOBS, jobNamed, nextRunOf, runScheduled, startScheduler, type JobDefinition } from '@rencai/platform';
import { verifyAudit } from '@rencai/store';
import { startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let admin: Client;
let leader: Client;
let clerk: Client;

beforeAll(async () => {
  h = await startHarness({ persons: 30 });
  admin = await h.login('admin');
  leader = await h.login('leader');
  clerk = await h.login('clerk_city');
}, 120_000);
afterAll(async () => h?.close());

const messages = async () => Number((await h.p.db.selectFrom('messages').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const applications = async () => Number((await h.p.db.selectFrom('applications').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

interface JobJson {
  name: string;
  label: string;
  schedule: string;
  nextRun: string;
  lastRun: { startedAt: string; durationMs: number | null; outcome: string; outcomeText: string; error: string | null; triggerText: string } | null;
}

describe('the jobs', () => {
  it('defines escalation, work-list notices and enterprise problems’ escalation on working days at 08:30, 08:40 and 08:50, the screening nightly at 02:00', () => {
    expect(JOBS.map((j) => [j.name, j.cron, j.workdaysOnly])).toEqual([
      ['applications.escalate', '30 8 * * *', true],
      ['worklist.notices', '40 8 * * *', true],
      ['enterprises.escalate', '50 8 * * *', true],
      ['proactive.screen', '0 2 * * *', false],
    ]);
  });

  it('schedules the next working-day run past weekends and the National Day holiday, in China time', () => {
    const escalate = jobNamed('applications.escalate')!;
    // Saturday 2026-11-21 10:00 in China → Monday 08:30.
    expect(nextRunOf(h.p, escalate, new Date('2026-11-21T02:00:00Z')).toISOString()).toBe('2026-11-23T00:30:00.000Z');
    // Wednesday 2026-09-30 09:00 in China → past 1–7 October to 08:30 on the first working day after.
    const after = nextRunOf(h.p, escalate, new Date('2026-09-30T01:00:00Z'));
    expect(after.getTime()).toBeGreaterThan(new Date('2026-10-07T16:00:00Z').getTime());
    expect(h.p.calendar.isWorkday(parseDay('2026-10-01'))).toBe(false);
    // The screening runs every night, working day or not.
    expect(nextRunOf(h.p, jobNamed('proactive.screen')!, new Date('2026-11-21T02:00:00Z')).toISOString()).toBe('2026-11-21T18:00:00.000Z');
  });
});

describe('running them', () => {
  it('runs each job by hand twice with the same effect: nothing sent or filed the second time', async () => {
    const before = { messages: await messages(), applications: await applications() };
    const first: Record<string, Record<string, unknown>> = {};
    for (const j of JOBS) {
      const r = await admin.req('POST', `/api/v1/admin/jobs/${j.name}/run`);
      expect(r.statusCode, r.body).toBe(200);
      const run = r.json<{ outcome: string; outcomeText: string; triggerText: string; result: Record<string, unknown> }>();
      expect([run.outcome, run.outcomeText, run.triggerText]).toEqual(['ok', '成功', '手动运行']);
      first[j.name] = run.result;
    }
    // The demo has overdue applications, late work-list reports and people who qualify without applying.
    expect(first['applications.escalate']!.flagged).toBeGreaterThan(0);
    expect(first['worklist.notices']!.overdue).toBeGreaterThan(0);
    expect(first['proactive.screen']!.scanned).toBeGreaterThanOrEqual(30);
    const afterFirst = { messages: await messages(), applications: await applications() };
    expect(afterFirst.messages).toBeGreaterThan(before.messages);

    const second: Record<string, Record<string, unknown>> = {};
    for (const j of JOBS) second[j.name] = (await admin.req('POST', `/api/v1/admin/jobs/${j.name}/run`)).json<{ result: Record<string, unknown> }>().result;
    expect(second['applications.escalate']).toEqual({ flagged: 0 });
    expect(second['worklist.notices']).toEqual({ reminders: 0, overdue: 0 });
    expect(second['enterprises.escalate']).toEqual({ escalated: 0 });
    expect(second['proactive.screen']!.filed).toBe(0);
    expect({ messages: await messages(), applications: await applications() }).toEqual(afterFirst);
  });

  it('lets only administrators run a job by hand, and records who did in the audit chain', async () => {
    expect((await leader.req('POST', '/api/v1/admin/jobs/worklist.notices/run')).statusCode).toBe(403);
    expect((await clerk.req('POST', '/api/v1/admin/jobs/worklist.notices/run')).statusCode).toBe(403);
    const unknown = await admin.req('POST', '/api/v1/admin/jobs/recognitions.expire/run');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<{ error: string }>().error).toBe('未找到该定时任务');
    const audited = await h.p.db.selectFrom('audit_log').select(['actor_id', 'entity_id']).where('action', '=', 'job.run').execute();
    expect(audited.length).toBe(2 * JOBS.length);
    expect(new Set(audited.map((a) => a.actor_id))).toEqual(new Set([admin.user.userId]));
    expect((await verifyAudit(h.p.db)).ok).toBe(true);
  });

  it('lists every job with its label, schedule, last run (China time, duration, outcome) and next run, for administrators and leaders', async () => {
    const r = await leader.req('GET', '/api/v1/admin/jobs');
    expect(r.statusCode).toBe(200);
    const jobs = r.json<JobJson[]>();
    expect(jobs.map((j) => j.label)).toEqual(['申报件超期督办', '重点任务清单填报提醒与逾期督办', '企业问题超期督办', '免申即享筛查（全人才库）']);
    expect(jobs[0]!.schedule).toBe('每个工作日 08:30');
    for (const j of jobs) {
      expect(j.nextRun).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(j.lastRun).toMatchObject({ outcome: 'ok', outcomeText: '成功', error: null, triggerText: '手动运行' });
      expect(j.lastRun!.startedAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(j.lastRun!.durationMs).toBeGreaterThanOrEqual(0);
    }
    expect(jobs.find((j) => j.name === 'applications.escalate')!.nextRun).toMatch(/ 08:30$/);
    expect((await admin.req('GET', '/api/v1/admin/jobs')).statusCode).toBe(200);
    expect((await clerk.req('GET', '/api/v1/admin/jobs')).statusCode).toBe(403);
    const runs = await admin.req('GET', '/api/v1/admin/jobs/worklist.notices/runs');
    expect(runs.json<unknown[]>()).toHaveLength(2);
  });

  it('runs a scheduled slot once when ten callers fire it at once, and not again', async () => {
    let calls = 0;
    const def: JobDefinition = { ...jobNamed('worklist.notices')!, name: 'test.once', run: async () => ({ calls: ++calls }) };
    const results = await Promise.all(Array.from({ length: 10 }, () => runScheduled(h.p, def, '2026-11-23')));
    expect(results.filter((r) => r.outcome === 'ok')).toHaveLength(1);
    expect(results.filter((r) => r.outcome === 'done-elsewhere')).toHaveLength(9);
    expect((await runScheduled(h.p, def, '2026-11-23')).outcome).toBe('done-elsewhere');
    expect(calls).toBe(1);
    // The next day's slot is a new run.
    expect((await runScheduled(h.p, def, '2026-11-24')).outcome).toBe('ok');
    expect(calls).toBe(2);
  });

  it('records a failed run with its error, and its retry takes the same slot up again', async () => {
    let calls = 0;
    const def: JobDefinition = {
      ...jobNamed('worklist.notices')!,
      name: 'test.retry',
      run: async () => {
        calls += 1;
        if (calls === 1) throw new Error('数据库暂时不可用');
        return { calls };
      },
    };
    const failed = await runScheduled(h.p, def, '2026-11-23');
    expect(failed).toMatchObject({ outcome: 'failed', error: '数据库暂时不可用' });
    const row = await h.p.db.selectFrom('job_runs').selectAll().where('job', '=', 'test.retry').executeTakeFirstOrThrow();
    expect([row.outcome, row.error]).toEqual(['failed', '数据库暂时不可用']);
    expect((await runScheduled(h.p, def, '2026-11-23')).outcome).toBe('ok');
    const again = await h.p.db.selectFrom('job_runs').selectAll().where('job', '=', 'test.retry').execute();
    expect(again.map((r) => [r.outcome, r.attempts, r.error])).toEqual([['ok', 2, null]]);
  });

  it('does not run a working-day job on a day off, and runs the nightly one', async () => {
    const sunday = { ...h.p, today: () => parseDay('2026-11-22') };
    let calls = 0;
    const workday: JobDefinition = { ...jobNamed('applications.escalate')!, name: 'test.workday', run: async () => ({ calls: ++calls }) };
    expect((await runScheduled(sunday, workday, '2026-11-22')).outcome).toBe('not-workday');
    expect((await runScheduled(sunday, { ...workday, name: 'test.nightly', workdaysOnly: false }, '2026-11-22')).outcome).toBe('ok');
    expect(calls).toBe(1);
  });

  it('starts the scheduler over the same definitions, runs what it is sent once, and stops', async () => {
    if (h.p.database.kind === 'postgres') return; // pg-boss on a server: apps/server/src/two-instances.test.ts
    const s = await startScheduler(h.p, { log: () => undefined });
    expect(s.kind).toBe('embedded');
    await s.trigger('worklist.notices', 'embedded-2026-11-23');
    await s.trigger('worklist.notices', 'embedded-2026-11-23');
    await s.stop();
    const rows = await h.p.db.selectFrom('job_runs').selectAll().where('slot', '=', 'embedded-2026-11-23').execute();
    expect(rows.map((r) => [r.job, r.outcome, r.trigger])).toEqual([['worklist.notices', 'ok', 'schedule']]);
  });

  it('retries a failed run with growing delays until it succeeds (embedded runner)', async () => {
    if (h.p.database.kind === 'postgres') return; // pg-boss's retries: apps/server/src/two-instances.test.ts
    const at: number[] = [];
    const flaky: JobDefinition = {
      ...jobNamed('worklist.notices')!,
      name: 'test.flaky',
      run: async () => {
        at.push(Date.now());
        if (at.length < 3) throw new Error(`第 ${at.length} 次失败`);
        return { attempts: at.length };
      },
    };
    const s = await startScheduler(h.p, { jobs: [flaky], retryDelaySeconds: 0.1, log: () => undefined });
    await s.trigger('test.flaky', '2026-11-23');
    await expect.poll(async () => (await h.p.db.selectFrom('job_runs').select(['outcome', 'attempts']).where('job', '=', 'test.flaky').executeTakeFirst()) ?? null, { timeout: 5000 }).toEqual({ outcome: 'ok', attempts: 3 });
    await s.stop();
    // 0.1 s, then 0.2 s: each wait twice the one before.
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(90);
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(190);
  });
});
