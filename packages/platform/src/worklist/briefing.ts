// The quarterly briefing (通报) on the work list, as offices circulate it: where the city stands
// (counts by status, article 2's targets), each responsible unit's items with target, figure,
// expected figure and status, and the units late with their reports named — as data for the
// printable page, and as an Excel workbook (every text cell formula-safe).

import type ExcelJS from 'exceljs';
import { safeWorkbook } from '@rencai/domain';
import { chinaTime, newWorkbook, type Caller, type Platform } from '../shared/index.js';
import { listDuties } from './reports.js';
import { worklistProgress, type TargetProgress } from './progress.js';
import { milestoneItems } from './milestones.js';


export async function worklistBriefing(p: Platform, c: Caller, q: { asOf?: unknown } = {}) {
  const progress = await worklistProgress(p, c, { asOf: q.asOf });
  const milestones = (await milestoneItems(p, c)).items.filter((i) => i.milestones.length);
  const all = [...progress.overall, ...progress.targets];
  const late = (await listDuties(p, c, {})).filter((d) => d.dueOn < progress.asOf && (!d.report || !['signed', 'accepted'].includes(d.report.state)));
  const latest = all.map((t) => t.dataPeriod).filter((x): x is string => !!x).sort().at(-1) ?? null;
  const byUnit = new Map<string, { unit: string; unitName: string; targets: TargetProgress[]; late: typeof late }>();
  for (const t of progress.targets) {
    const u = byUnit.get(t.leadUnit) ?? { unit: t.leadUnit, unitName: t.leadUnitName, targets: [], late: [] };
    u.targets.push(t);
    byUnit.set(t.leadUnit, u);
  }
  for (const d of late) {
    const u = byUnit.get(d.unit) ?? { unit: d.unit, unitName: d.unitName, targets: [], late: [] };
    u.late.push(d);
    byUnit.set(d.unit, u);
  }
  const lateUnits = [...byUnit.values()].filter((u) => u.late.length).sort((a, b) => b.late.length - a.late.length);
  return {
    title: `人才工作重点任务清单推进情况通报${latest ? `（${latest}）` : ''}`,
    asOf: progress.asOf,
    generatedAt: chinaTime(new Date()),
    plan: progress.plan,
    rule: progress.rule,
    counts: progress.counts,
    statusLabels: progress.statusLabels,
    overall: progress.overall,
    units: [...byUnit.values()].map((u) => ({ unit: u.unit, unitName: u.unitName, targets: u.targets, lateCount: u.late.length })),
    milestoneItems: milestones.map((i) => ({ itemNo: i.itemNo, text: i.text, leadUnitName: i.leadUnitName, statusLabel: i.statusLabel, status: i.status, milestones: i.milestones.map((m) => ({ title: m.title, dueOn: m.dueOn, doneOn: m.doneOn, overdue: m.overdue })) })),
    lateReporters: lateUnits.map((u) => ({ unit: u.unit, unitName: u.unitName, count: u.late.length, items: u.late.slice(0, 50).map((d) => ({ indicator: d.indicator, areaName: d.areaName, periodLabel: d.periodLabel, dueOn: d.dueOn, state: d.report?.stateLabel ?? '未填报' })) })),
  };
}

export async function worklistBriefingWorkbook(p: Platform, c: Caller, q: { asOf?: unknown } = {}): Promise<Buffer> {
  const b = await worklistBriefing(p, c, q);
  const wb = await newWorkbook();
  wb.creator = 'rencai';
  const head = (ws: ExcelJS.Worksheet, cells: string[]) => {
    const r = ws.addRow(cells);
    r.font = { bold: true };
  };
  const fig = (n: number | null) => (n === null ? '暂无数据' : n);
  const summary = wb.addWorksheet('总体情况');
  summary.addRow([b.title]).font = { bold: true, size: 14 };
  summary.addRow([`截至 ${b.asOf}；生成时间 ${b.generatedAt}（北京时间）；依据 ${b.plan.doc}《${b.plan.title}》`]);
  summary.addRow([]);
  head(summary, ['状态', '指标数']);
  for (const [k, label] of Object.entries(b.statusLabels)) summary.addRow([label, b.counts[k as keyof typeof b.counts]]);
  summary.addRow([]);
  head(summary, ['总体目标', '目标值', '实际', '按进度应达到', '状态', '数据截至']);
  for (const t of b.overall) summary.addRow([t.indicator, t.target, fig(t.actual), t.expected, t.statusLabel, t.dataPeriod ?? '']);
  summary.addRow([]);
  summary.addRow([`状态判定规则：${b.rule.text}`]);
  summary.getColumn(1).width = 48;
  for (const i of [2, 3, 4, 5, 6]) summary.getColumn(i).width = 16;

  const units = wb.addWorksheet('分单位推进情况');
  head(units, ['责任单位', '任务', '序号', '指标', '目标值', '单位', '实际', '按进度应达到', '状态', '数据截至', '逾期未报（期次）']);
  for (const u of b.units) for (const t of u.targets) units.addRow([u.unitName, t.taskTitle ?? '', t.itemNo ?? '', t.indicator, t.target, t.measure, fig(t.actual), t.expected, t.statusLabel, t.dataPeriod ?? '', u.lateCount]);
  units.columns.forEach((col, i) => (col.width = [22, 28, 8, 36, 10, 6, 10, 14, 10, 18, 14][i] ?? 12));

  const items = wb.addWorksheet('推进节点');
  head(items, ['序号', '工作内容', '牵头单位', '推进节点', '完成时限', '完成日期', '事项状态']);
  for (const i of b.milestoneItems) for (const m of i.milestones) items.addRow([i.itemNo, i.text, i.leadUnitName, m.title, m.dueOn, m.doneOn ?? (m.overdue ? '逾期未完成' : '未到期'), i.statusLabel]);
  items.columns.forEach((col, i) => (col.width = [8, 48, 20, 36, 12, 14, 10][i] ?? 12));

  const late = wb.addWorksheet('逾期未报');
  head(late, ['责任单位', '指标', '地区', '期次', '截止日', '当前状态']);
  for (const u of b.lateReporters) for (const d of u.items) late.addRow([u.unitName, d.indicator, d.areaName, d.periodLabel, d.dueOn, d.state]);
  late.columns.forEach((col, i) => (col.width = [22, 36, 10, 18, 12, 18][i] ?? 12));
  safeWorkbook(wb as unknown as Parameters<typeof safeWorkbook>[0]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
