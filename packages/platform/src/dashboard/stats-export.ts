// The leaders' dashboard as an Excel workbook (GET /api/v1/stats/dashboard/export): an overview sheet
// (date range, export time in China time, totals, on-time rate, overdue) and one sheet per table of
// the dashboard (the enterprises' problems by department, category, county and month included). Staff only and scoped like the dashboard; money in yuan from integer fen; every text
// cell is formula-safe (the domain's safeWorkbook, as every export: a leading = + - @, tab or CR gets an apostrophe).

import type ExcelJS from 'exceljs';
import { safeWorkbook } from '@rencai/domain';
import { dashboard, type DashboardRange } from './stats.js';
import { chinaTime, newWorkbook, type Platform, type Caller } from '../shared/index.js';

type Cell = string | number | null;
const YUAN = '#,##0.00';
const yuan = (fen: number) => fen / 100;

/** "2026-01-01 至 2026-06-30", "2026-01-01 起", "至 2026-06-30" or "全部日期". */
function rangeText(r: DashboardRange): string {
  if (r.from && r.to) return `${r.from} 至 ${r.to}`;
  if (r.from) return `${r.from} 起`;
  if (r.to) return `至 ${r.to}`;
  return '全部日期';
}

function table(wb: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][], moneyCols: number[] = []) {
  const ws = wb.addWorksheet(name);
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.columns.forEach((col, i) => {
    col.width = i === 0 ? 36 : 16;
    if (moneyCols.includes(i)) col.numFmt = YUAN;
  });
  return ws;
}

export async function exportDashboard(p: Platform, c: Caller, query: { from?: unknown; to?: unknown } = {}): Promise<Buffer> {
  const d = await dashboard(p, c, query);
  const m = d.money;
  const wb = await newWorkbook();
  wb.creator = 'rencai';
  const talents = d.talentsByRegion.reduce((s, x) => s + x.n, 0);
  const overview = table(wb, '概览', ['项目', '数值'], [
    ['日期范围（申报件按提交日，资金按台账记账日）', rangeText(d.range)],
    ['导出时间（北京时间）', chinaTime(new Date())],
    ['人才库人数（当前，不受日期范围影响）', talents],
    ['累计核定（元）', yuan(m.grantedFen)],
    ['累计兑付（元）', yuan(m.paidFen)],
    ['应退回（元）', yuan(m.refundDueFen)],
    ['已办结（件）', d.onTime.decided],
    ['其中按时办结（件）', d.onTime.onTime],
    ['其中逾期办结（件）', d.onTime.late],
    ['按时办结率（按已办结件计算）', d.onTime.rate === null ? '—' : `${Math.round(d.onTime.rate * 1000) / 10}%`],
    ['在办超期（件）', d.onTime.overdue],
  ]);
  for (const r of [4, 5, 6]) overview.getRow(r + 1).getCell(2).numFmt = YUAN;
  table(wb, '人才按地区', ['地区', '人数'], d.talentsByRegion.map((x) => [x.label, x.n]));
  table(wb, '人才按学历', ['学历', '人数'], d.talentsByDegree.map((x) => [x.label, x.n]));
  table(wb, '核定金额按条款', ['条款', '核定金额（元）'], m.grantedByClause.map((x) => [x.label, yuan(x.fen)]), [1]);
  table(wb, '核定金额按资金来源', ['资金来源', '核定金额（元）'], m.grantedByPayer.map((x) => [x.label, yuan(x.fen)]), [1]);
  const paid = new Map((m.paidByRegion ?? []).map((x) => [x.key, x.fen]));
  table(wb, '核定与兑付按地区', ['地区', '核定金额（元）', '兑付金额（元）'], m.grantedByRegion.map((x) => [x.label, yuan(x.fen), yuan(paid.get(x.key) ?? 0)]), [1, 2]);
  table(wb, '核定金额按年度', ['年度', '核定金额（元）'], [...m.grantedByYear].sort((a, b) => a.key.localeCompare(b.key)).map((x) => [x.label, yuan(x.fen)]), [1]);
  table(wb, '申报件按状态', ['状态', '件数'], d.applicationsByState.map((x) => [x.label, x.n]));
  if (d.problems) {
    const head = ['提交（件）', '已答复', '按时答复', '超期', '重新办理', '已评价', '满意度（5 分制）'];
    const rows = (list: typeof d.problems.byRegion) => [...list, d.problems!.total].map((x): Cell[] => [x.label, x.raised, x.answered, x.answeredOnTime, x.overdue, x.reopened, x.rated, x.satisfaction]);
    table(wb, '企业问题按承办部门', ['承办部门', ...head], rows(d.problems.byDepartment));
    table(wb, '企业问题按类别', ['类别', ...head], rows(d.problems.byCategory));
    table(wb, '企业问题按县（市、区）', ['县（市、区）', ...head], rows(d.problems.byRegion));
    table(wb, '企业问题按月份', ['提交月份', ...head], rows(d.problems.byMonth));
  }
  safeWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
