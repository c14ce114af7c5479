// Starts the scheduled jobs in a server process, and stops them on shutdown.
//
// On a PostgreSQL server: pg-boss (its own schema `pgboss`, created and migrated by pg-boss on
// start). Each job is a pg-boss queue with a cron schedule in China time; pg-boss files one job per
// schedule occurrence however many servers run, hands it to one worker, and retries a failed run
// with growing delays. The run itself then claims its slot in job_runs (runs.ts), so even a job
// sent twice runs once.
//
// On embedded PGlite: a single-process runner over the same definitions. PGlite is one process's
// database (no other server can share it), so nothing needs coordinating across processes; and its
// single connection is shared by every query of the platform through the Kysely driver's queue,
// which pg-boss's own PGlite adapter would bypass (its BEGIN … COMMIT blocks and its ROLLBACK after
// an error would land inside the platform's open transactions). The runner arms a timer for each
// job's next run (schedule.ts), runs it through the same runScheduled, and retries a failed run with
// the same growing delays. A run missed while the process was stopped is not caught up (run it by
// hand); on pg-boss, an occurrence is filed by whichever server is up.

import { PgBoss, type JobWithMetadata } from 'pg-boss';
import { chinaDate, type Platform } from '../shared/index.js';
import { JOBS, CHINA_TIME_ZONE, type JobDefinition } from './definitions.js';
import { runScheduled, type RunReport } from './runs.js';
import { nextRunOf } from './schedule.js';

/** Retries of a failed run: how many, and the first delay (doubling each time). */
export const RETRY_LIMIT = 3;
export const RETRY_DELAY_SECONDS = 60;

export interface Scheduler {
  kind: 'pg-boss' | 'embedded';
  /** Sends a job's scheduled run for `slot` now, as the schedule would (tests, and operators' scripts). */
  trigger(name: string, slot: string): Promise<void>;
  /** Stops taking new runs and waits (up to `timeoutMs`) for those in progress. */
  stop(timeoutMs?: number): Promise<void>;
}

export interface SchedulerOptions {
  /** DATABASE_URL of the PostgreSQL server (pg-boss connects with its own small pool). */
  databaseUrl?: string;
  /** Where notices go (a run's failure, pg-boss's errors); standard error by default. */
  log?: (line: string) => void;
  /** How often each pg-boss worker looks for a job, in seconds (default 30; the jobs are daily). */
  pollingSeconds?: number;
  /** First delay before a failed run is retried, in seconds (doubling each time; default 60). */
  retryDelaySeconds?: number;
  /** The jobs to schedule (default: all of JOBS). */
  jobs?: readonly JobDefinition[];
}

const failed = (r: RunReport) => r.outcome === 'failed';

export async function startScheduler(p: Platform, opts: SchedulerOptions = {}): Promise<Scheduler> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const report = (def: JobDefinition, r: RunReport) => {
    if (failed(r)) log(`定时任务「${def.label}」运行失败（${r.slot}）：${r.error}`);
  };
  if (p.database.kind === 'postgres') {
    if (!opts.databaseUrl) throw new Error('在 PostgreSQL 服务器上运行定时任务需要数据库连接串（DATABASE_URL）');
    return startPgBoss(p, opts.databaseUrl, opts, log, report);
  }
  return startEmbedded(p, opts, report);
}

async function startPgBoss(p: Platform, url: string, opts: SchedulerOptions, log: (line: string) => void, report: (def: JobDefinition, r: RunReport) => void): Promise<Scheduler> {
  const boss = new PgBoss({ connectionString: url, max: 3, application_name: 'rencai-jobs' });
  boss.on('error', (e: Error) => log(`定时任务调度出错：${e.message}`));
  await boss.start();
  const jobs = opts.jobs ?? JOBS;
  for (const def of jobs) {
    await boss.createQueue(def.name, { retryLimit: RETRY_LIMIT, retryDelay: opts.retryDelaySeconds ?? RETRY_DELAY_SECONDS, retryBackoff: true, expireInSeconds: 3600 });
    await boss.schedule(def.name, def.cron, {}, { tz: CHINA_TIME_ZONE });
    await boss.work(def.name, { includeMetadata: true, pollingIntervalSeconds: opts.pollingSeconds ?? 30 }, async ([job]: JobWithMetadata<{ slot?: string } | null>[]) => {
      // The slot: the day (in China) the occurrence was filed for; a retry keeps it.
      const slot = job!.data?.slot ?? chinaDate(new Date(job!.createdOn));
      const r = await runScheduled(p, def, slot);
      report(def, r);
      if (failed(r)) throw new Error(r.error);
      return { outcome: r.outcome };
    });
  }
  return {
    kind: 'pg-boss',
    trigger: async (name, slot) => {
      await boss.send(name, { slot });
    },
    stop: (timeoutMs = 10_000) => boss.stop({ graceful: true, timeout: timeoutMs }),
  };
}

function startEmbedded(p: Platform, opts: SchedulerOptions, report: (def: JobDefinition, r: RunReport) => void): Scheduler {
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<unknown>>();
  let stopped = false;
  const later = (ms: number, fn: () => void) => {
    // Long waits are taken in steps of at most an hour (a timer's limit is ~24.8 days; clocks move).
    const t = setTimeout(() => {
      timers.delete(t);
      if (!stopped) fn();
    }, Math.max(0, Math.min(ms, 3600_000)));
    t.unref();
    timers.add(t);
  };
  const attempt = (def: JobDefinition, slot: string, tries: number) => {
    const run = runScheduled(p, def, slot).then((r) => {
      report(def, r);
      if (failed(r) && tries < RETRY_LIMIT) later((opts.retryDelaySeconds ?? RETRY_DELAY_SECONDS) * 1000 * 2 ** tries, () => attempt(def, slot, tries + 1));
    });
    running.add(run);
    void run.finally(() => running.delete(run));
  };
  const arm = (def: JobDefinition) => {
    const at = nextRunOf(p, def, new Date());
    const wait = () => {
      if (Date.now() < at.getTime()) return later(at.getTime() - Date.now(), wait);
      attempt(def, chinaDate(at), 0);
      arm(def);
    };
    later(at.getTime() - Date.now(), wait);
  };
  const jobs = opts.jobs ?? JOBS;
  for (const def of jobs) arm(def);
  return {
    kind: 'embedded',
    trigger: async (name, slot) => {
      const def = jobs.find((j) => j.name === name);
      if (def) attempt(def, slot, 0);
    },
    stop: async (timeoutMs = 10_000) => {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...running]), new Promise((r) => (timer = setTimeout(r, timeoutMs)))]);
      clearTimeout(timer);
    },
  };
}
