// Scheduled jobs: overdue escalation of applications, the work list's reminders and escalation, and
// the nightly proactive screening, defined once as data (name, label, China-time schedule, working
// days only or not, the function), each run once per schedule however many servers run — pg-boss on
// a PostgreSQL server, a single-process runner on embedded PGlite — with retries, a record of every
// run (job_runs), the list for administrators and leaders, and a run by hand.
export { JOBS, jobNamed, CHINA_TIME_ZONE, type JobDefinition } from './definitions.js';
export { runScheduled, runJobByHand, listJobs, jobRuns, STALE_MS, type RunReport, type RunView, type JobView, type RunOutcome } from './runs.js';
export { nextRunOf } from './schedule.js';
export { startScheduler, RETRY_LIMIT, RETRY_DELAY_SECONDS, type Scheduler, type SchedulerOptions } from './scheduler.js';
