// Strings of the leaders' dashboard's date range, export, on-time figures and single-value figures
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
};

export function useDT(): (k: DashKey) => string {
  const { lang } = useI18n();
  return useCallback((k: DashKey) => (lang === 'en' ? en[k] : zh[k]), [lang]);
}
