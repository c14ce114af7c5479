// Strings of the scheduled jobs page (Chinese first, English with the app's toggle); job names,
// schedules and outcomes from the API stay Chinese.
import { useCallback } from 'react';
import { useI18n } from '../i18n';

const zh = {
  nav: '定时任务',
  title: '定时任务',
  intro: '以下任务按计划自动运行（北京时间；“工作日”按节假日调休日历）。多台服务器同时运行时，每次计划只执行一次；失败后自动重试。任务本身不会重复发送通知或重复生成申报件，管理员可随时手动运行。',
  colJob: '任务',
  colSchedule: '计划',
  colLast: '上次运行',
  colDuration: '用时',
  colOutcome: '结果',
  colNext: '下次运行',
  colActions: '操作',
  never: '尚未运行',
  attempts: '第 {n} 次尝试',
  run: '立即运行',
  runConfirm: '立即运行「{name}」？',
  runOk: '「{name}」已运行：{outcome}',
  seconds: '{n} 秒',
  ms: '{n} 毫秒',
  ok: '确定',
  cancel: '取消',
};
const en: Record<keyof typeof zh, string> = {
  nav: 'Scheduled jobs',
  title: 'Scheduled jobs',
  intro: 'These jobs run on schedule (China time; “working day” follows the holiday calendar). With several servers each scheduled run happens once; a failed run is retried. A job never sends a notice or files an application twice; administrators may run one at any time.',
  colJob: 'Job',
  colSchedule: 'Schedule',
  colLast: 'Last run',
  colDuration: 'Took',
  colOutcome: 'Outcome',
  colNext: 'Next run',
  colActions: 'Actions',
  never: 'Not run yet',
  attempts: 'attempt {n}',
  run: 'Run now',
  runConfirm: 'Run “{name}” now?',
  runOk: '“{name}” ran: {outcome}',
  seconds: '{n} s',
  ms: '{n} ms',
  ok: 'OK',
  cancel: 'Cancel',
};
export type JKey = keyof typeof zh;

export function useJT(): (k: JKey, vars?: Record<string, string | number>) => string {
  const { lang } = useI18n();
  return useCallback(
    (k: JKey, vars: Record<string, string | number> = {}) => Object.entries(vars).reduce((s, [name, v]) => s.replace(`{${name}}`, String(v)), lang === 'en' ? en[k] : zh[k]),
    [lang],
  );
}
