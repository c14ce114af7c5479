// Strings of the leaders' dashboard's date range, export, on-time figures, enterprises' problems and single-value figures
// (Chinese first, English with the app's toggle); the portals' shared strings stay in ./i18n.
import { useCallback } from 'react';
import { useI18n } from '../i18n';

const zh = {
  rangeFrom: '开始日期',
  rangeTo: '结束日期',
  rangeClear: '全部日期',
  rangeNote: '日期范围筛选申报件（按提交日）和资金（按台账记账日，北京时间）；人才库人数为当前数。',
  rangeLabel: '日期范围',
  export: '导出 Excel',
  exported: '已导出',
  onTimeBasis: '按已办结件计算',
  onTimeCount: '按时办结',
  lateCount: '逾期办结',
  overdueOpen: '在办超期',
  overdueHint: '已过办结期限、仍在办理的申报件（不计入按时办结率）',
  viewOverdue: '查看超期件',
  casesUnit: '件',
  onlyOne: '目前只有一项',
  noData: '所选范围内暂无数据',
  chartData: '查看数据表',
  chartItem: '项目',
  budgetsByFund: '预算执行（按资金）',
  budgetAmount: '预算额度',
  budgetCommitted: '已核定',
  budgetPaid: '已兑付',
  budgetRemaining: '剩余',
  budgetNone: '本年度尚未设置预算额度',
  budgetsPage: '查看预算额度',
  problems: '企业问题办理（按承办部门）',
  problemsRaised: '提交',
  problemsAnswered: '已答复',
  problemsOnTime: '按时答复',
  problemsOnTimeRate: '按时答复率',
  problemsOverdue: '超期',
  problemsReopened: '重新办理',
  problemsSatisfaction: '满意度（5 分制）',
  problemsHint: '日期范围按问题提交日筛选；超期含仍在办理且已过承诺日期的和晚于承诺日期答复的；按时答复率按已答复件计算。',
  problemsPage: '查看问题池及按类别、县（市、区）、月份的统计',
} as const;

export type DashKey = keyof typeof zh;

const en: Record<DashKey, string> = {
  rangeFrom: 'From',
  rangeTo: 'To',
  rangeClear: 'All dates',
  rangeNote: 'The range filters applications (by submission date) and money (by ledger date, China time); the registry count is as of today.',
  rangeLabel: 'Date range',
  export: 'Export Excel',
  exported: 'Exported',
  onTimeBasis: 'of decided applications',
  onTimeCount: 'Decided on time',
  lateCount: 'Decided late',
  overdueOpen: 'Open and overdue',
  overdueHint: 'Open applications past their deadline (not in the on-time rate)',
  viewOverdue: 'View overdue',
  casesUnit: 'cases',
  onlyOne: 'Only one so far',
  noData: 'No data in this range',
  chartData: 'Show the data as a table',
  chartItem: 'Item',
  budgetsByFund: 'Budget execution by fund',
  budgetAmount: 'Appropriated',
  budgetCommitted: 'Committed',
  budgetPaid: 'Paid',
  budgetRemaining: 'Remaining',
  budgetNone: 'No budget envelope set for this year',
  budgetsPage: 'View budgets',
  problems: "Enterprises' problems by department",
  problemsRaised: 'Raised',
  problemsAnswered: 'Answered',
  problemsOnTime: 'Answered on time',
  problemsOnTimeRate: 'On-time rate',
  problemsOverdue: 'Overdue',
  problemsReopened: 'Reopened',
  problemsSatisfaction: 'Satisfaction (of 5)',
  problemsHint: 'The range filters problems by the day they were raised; overdue counts open problems past their promised day and answers given late; the on-time rate is of answered problems.',
  problemsPage: 'View the problem pool and the figures by category, county and month',
};

export function useDT(): (k: DashKey) => string {
  const { lang } = useI18n();
  return useCallback((k: DashKey) => (lang === 'en' ? en[k] : zh[k]), [lang]);
}
