// Running a job and keeping its record (job_runs): a scheduled run claims its slot — the day it is
// for — by inserting the row, so however many servers fire the same schedule only one runs it; a
// failed run is taken up again by its retry, and a run left unfinished by a server that died is
// taken up after STALE_MS. A run by hand (administrators) is its own slot, audited. The jobs' own
// effects are idempotent, so a run by hand after a scheduled one sends nothing twice.

import { randomUUID } from 'node:crypto';
import { appendAudit, sql } from '@rencai/store';
import { type Caller, type Platform, chinaTime, notFound, requireRole, todayString } from '../shared/index.js';
import { jobNamed, JOBS, type JobDefinition } from './definitions.js';
import { nextRunOf } from './schedule.js';

/** A run still marked running after this long is taken to have died with its server. */
export const STALE_MS = 60 * 60_000;
const STALE_INTERVAL = sql`interval '1 hour'`;
const ERROR_CHARS = 2000;

export type RunOutcome = 'ok' | 'failed' | 'not-workday' | 'done-elsewhere';

export interface RunReport {
  job: string;
  slot: string;
  outcome: RunOutcome;
  runId?: number;
  result?: Record<string, unknown>;
  error?: string;
}

export interface RunView {
  id: number;
  job: string;
  trigger: 'schedule' | 'manual';
  triggerText: string;
  /** Start, China time (YYYY-MM-DD HH:mm:ss). */
  startedAt: string;
  durationMs: number | null;
  outcome: 'ok' | 'failed' | 'running';
  outcomeText: string;
  attempts: number;
  error: string | null;
  result: Record<string, unknown> | null;
}

export interface JobView {
  name: string;
  label: string;
  schedule: string;
  workdaysOnly: boolean;
  /** The next scheduled run, China time (YYYY-MM-DD HH:mm). */
  nextRun: string;
  lastRun: RunView | null;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e)).slice(0, ERROR_CHARS);

/** Runs the claimed run `runId` and records how it ended. */
async function execute(p: Platform, def: JobDefinition, runId: number, slot: string): Promise<RunReport> {
  try {
    const result = await def.run(p);
    await p.db.updateTable('job_runs').set({ outcome: 'ok', finished_at: new Date(), error: null, result: JSON.stringify(result) }).where('id', '=', runId).execute();
    return { job: def.name, slot, outcome: 'ok', runId, result };
  } catch (e) {
    const error = errorText(e);
    await p.db.updateTable('job_runs').set({ outcome: 'failed', finished_at: new Date(), error }).where('id', '=', runId).execute();
    return { job: def.name, slot, outcome: 'failed', runId, error };
  }
}

/**
 * The scheduled run of `def` for `slot` (default: today in China): skipped on a day off when the
 * job runs on working days only; run by whichever caller claims the slot first; a failed run is
 * claimed again (its retry). Returns 'done-elsewhere' when the slot is done or running elsewhere.
 */
export async function runScheduled(p: Platform, def: JobDefinition, slot = todayString(p)): Promise<RunReport> {
  if (def.workdaysOnly && !p.calendar.isWorkday(p.today())) return { job: def.name, slot, outcome: 'not-workday' };
  const claimed =
    (await p.db.insertInto('job_runs').values({ job: def.name, slot, trigger: 'schedule' }).onConflict((oc) => oc.doNothing()).returning('id').executeTakeFirst()) ??
    (await p.db
      .updateTable('job_runs')
      .set((eb) => ({ outcome: null, error: null, finished_at: null, started_at: new Date(), attempts: eb('attempts', '+', 1) }))
      .where('job', '=', def.name)
      .where('slot', '=', slot)
      .where((eb) => eb.or([eb('outcome', '=', 'failed'), eb.and([eb('outcome', 'is', null), eb('started_at', '<', sql<Date>`now() - ${STALE_INTERVAL}`)])]))
      .returning('id')
      .executeTakeFirst());
  if (!claimed) return { job: def.name, slot, outcome: 'done-elsewhere' };
  return execute(p, def, claimed.id, slot);
}

/** Runs a job now, by hand (administrators; audited), whatever the day. */
export async function runJobByHand(p: Platform, c: Caller, name: string): Promise<RunView> {
  requireRole(c, ['admin'], '手动运行定时任务');
  const def = jobNamed(name);
  if (!def) throw notFound('该定时任务');
  const slot = `manual:${new Date().toISOString()}:${randomUUID().slice(0, 8)}`;
  const runId = await p.db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('job_runs').values({ job: def.name, slot, trigger: 'manual', actor_id: c.userId }).returning('id').executeTakeFirstOrThrow();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'job.run', entity: 'job', entityId: def.name, region: null, detail: { label: def.label } });
    return row.id;
  });
  await execute(p, def, runId, slot);
  const row = await p.db.selectFrom('job_runs').selectAll().where('id', '=', runId).executeTakeFirstOrThrow();
  return runView(row);
}

type RunRow = { id: number; job: string; trigger: 'schedule' | 'manual'; started_at: Date; finished_at: Date | null; outcome: 'ok' | 'failed' | null; attempts: number; error: string | null; result: Record<string, unknown> | null };

function runView(r: RunRow): RunView {
  const outcome = r.outcome ?? 'running';
  return {
    id: r.id,
    job: r.job,
    trigger: r.trigger,
    triggerText: r.trigger === 'manual' ? '手动运行' : '按计划',
    startedAt: chinaTime(new Date(r.started_at), true),
    durationMs: r.finished_at ? new Date(r.finished_at).getTime() - new Date(r.started_at).getTime() : null,
    outcome,
    outcomeText: outcome === 'ok' ? '成功' : outcome === 'failed' ? '失败' : '进行中',
    attempts: r.attempts,
    error: r.error,
    result: r.result,
  };
}

/** Every job with its schedule, last run and next run (administrators and leaders). */
export async function listJobs(p: Platform, c: Caller, now = new Date()): Promise<JobView[]> {
  requireRole(c, ['admin', 'leader'], '查看定时任务');
  const last = await p.db
    .selectFrom('job_runs')
    .select(['id', 'job', 'trigger', 'started_at', 'finished_at', 'outcome', 'attempts', 'error', 'result'])
    .distinctOn('job')
    .orderBy('job')
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const byJob = new Map(last.map((r) => [r.job, r]));
  return JOBS.map((def) => {
    const r = byJob.get(def.name);
    return { name: def.name, label: def.label, schedule: def.scheduleText, workdaysOnly: def.workdaysOnly, nextRun: chinaTime(nextRunOf(p, def, now)), lastRun: r ? runView(r) : null };
  });
}

/** The most recent runs of one job, newest first (administrators and leaders). */
export async function jobRuns(p: Platform, c: Caller, name: string, limit = 20): Promise<RunView[]> {
  requireRole(c, ['admin', 'leader'], '查看定时任务');
  if (!jobNamed(name)) throw notFound('该定时任务');
  const rows = await p.db.selectFrom('job_runs').select(['id', 'job', 'trigger', 'started_at', 'finished_at', 'outcome', 'attempts', 'error', 'result']).where('job', '=', name).orderBy('started_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map(runView);
}
