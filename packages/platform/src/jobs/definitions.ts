// The scheduled jobs, as data: what each is called (and its Chinese label), when it runs (cron in
// China time, Asia/Shanghai), whether only on working days (the holiday calendar, with its swapped
// weekend days, decides — cron cannot express it), and what it runs. The scheduler (pg-boss on a
// PostgreSQL server, the embedded runner on PGlite), the list of runs and a run by hand all read
// this one list. Every job's effect is idempotent: running it twice sends nothing twice.
//
// Recognitions need no expiry job: a recognition's validity is its dates (valid_to, revoked_on),
// compared with the as-of date whenever it is read; nothing is stored that would need flipping.

import type { Platform } from '../shared/index.js';
import { flagOverdue } from '../applications/index.js';
import { sendWorklistNotices } from '../worklist/index.js';
import { screenRegistry } from '../proactive/index.js';
import { escalateProblems } from '../enterprises/index.js';

export const CHINA_TIME_ZONE = 'Asia/Shanghai';

export interface JobDefinition {
  /** Stable name (queue name, route parameter, CLI argument). */
  name: string;
  /** What people read. */
  label: string;
  /** Cron expression (minute hour day month weekday), China time. */
  cron: string;
  /** The schedule as people read it. */
  scheduleText: string;
  /** Runs only on working days of the holiday calendar (p.calendar.isWorkday). */
  workdaysOnly: boolean;
  /** The work; what it returns is kept with the run (counts). */
  run(p: Platform): Promise<Record<string, unknown>>;
}

export const JOBS: readonly JobDefinition[] = [
  {
    name: 'applications.escalate',
    label: '申报件超期督办',
    cron: '30 8 * * *',
    scheduleText: '每个工作日 08:30',
    workdaysOnly: true,
    run: async (p) => ({ flagged: await flagOverdue(p) }),
  },
  {
    name: 'worklist.notices',
    label: '重点任务清单填报提醒与逾期督办',
    cron: '40 8 * * *',
    scheduleText: '每个工作日 08:40',
    workdaysOnly: true,
    run: async (p) => ({ ...(await sendWorklistNotices(p)) }),
  },
  {
    name: 'enterprises.escalate',
    label: '企业问题超期督办',
    cron: '50 8 * * *',
    scheduleText: '每个工作日 08:50',
    workdaysOnly: true,
    run: async (p) => ({ escalated: await escalateProblems(p) }),
  },
  {
    name: 'proactive.screen',
    label: '免申即享筛查（全人才库）',
    cron: '0 2 * * *',
    scheduleText: '每天 02:00',
    workdaysOnly: false,
    run: async (p) => ({ ...(await screenRegistry(p)) }),
  },
];

export const jobNamed = (name: string): JobDefinition | undefined => JOBS.find((j) => j.name === name);
