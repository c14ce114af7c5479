// When a job next runs: the next time its cron expression matches in China time (Asia/Shanghai)
// that falls on a working day of the holiday calendar, for jobs that run on working days only.

import { CronExpressionParser } from 'cron-parser';
import { parseDay, type Day } from '@rencai/engine';
import { chinaDate, type Platform } from '../shared/index.js';
import { CHINA_TIME_ZONE, type JobDefinition } from './definitions.js';

/** The day (in China) an instant falls on. */
const chinaDay = (d: Date): Day => parseDay(chinaDate(d));

/** The first scheduled time of `def` after `after` (on a working day when it runs on working days only). */
export function nextRunOf(p: Pick<Platform, 'calendar'>, def: Pick<JobDefinition, 'cron' | 'workdaysOnly'>, after: Date): Date {
  const times = CronExpressionParser.parse(def.cron, { currentDate: after, tz: CHINA_TIME_ZONE });
  // A daily schedule meets a working day within the longest holiday (Spring Festival: 9 days).
  for (let i = 0; i < 400; i++) {
    const at = times.next().toDate();
    if (!def.workdaysOnly || p.calendar.isWorkday(chinaDay(at))) return at;
  }
  throw new Error(`定时任务的计划 ${def.cron} 在一年内没有工作日`);
}
