// Where the city stands on its work list: for every target the figure reached (accepted reports, or
// the platform's own count), the figure the straight line to 2025 asks, the status under the rule of
// @rencai/domain (worklist-progress.ts, shown with every answer), a trend by period, the split by
// county and the late reports — article 2's overall targets first. Filters: unit, region, task,
// status; `asOf` looks back to an earlier day. Each caller sees only the figures of the duties they see.

import { DEFAULT_STATUS_RULE, parsePeriod, periodOf, periodsBetween, progressOf, STATUS_LABELS, statusRuleText, type Period, type TargetStatus } from '@rencai/domain';
import { formatDay, isValidDateString, parseDay, toParts } from '@rencai/engine';
import { COMPARISON_LABELS, KIND_LABELS, MEASURE_LABELS } from '@rencai/policies';
import { fieldError, isUnitRole, notFound, todayString, visibleRegions, type Caller, type Platform } from '../shared/index.js';
import { areaName, dueOf, inPlanArea, dutiesOf, maysee, periodKind, periodsOf, reportingUnit, seesWorkList, splits, targetEntries, targetEntry, targetValues, unitName, workList, type Duty, type TargetEntry } from './catalogue.js';
import { COMPUTATIONS, DIFF_TOLERANCE } from './computed.js';
import { itemRecords } from './records.js';
import { acceptedFigures, fromCenti } from './reports.js';
import { REPORT_STATE_LABELS } from './workflow.js';

interface Figure {
  unit: string;
  region: string;
  period: string;
  value: number;
}

export interface TargetProgress {
  id: string;
  indicator: string;
  sentence: string;
  note: string | null;
  taskNo: number | null;
  taskTitle: string | null;
  itemNo: string | null;
  itemText: string | null;
  leadUnit: string;
  leadUnitName: string;
  partners: string[];
  measure: string;
  kind: string;
  kindLabel: string;
  comparison: string;
  comparisonLabel: string;
  target: number;
  targetChange: { original: number; reason: string; at: string } | null;
  base: number | null;
  actual: number | null;
  expected: number;
  actualShare: number | null;
  expectedShare: number;
  gapPoints: number | null;
  status: TargetStatus;
  statusLabel: string;
  /** The period end the figures stand at, and its label. */
  dataAsOf: string | null;
  dataPeriod: string | null;
  computed: { definition: string; value: number } | null;
  /** A unit's reported figure where the platform computes it too, and whether they differ beyond the tolerance. */
  reported: number | null;
  discrepancy: boolean;
  late: number;
  trend: Array<{ period: string; label: string; actual: number | null; expected: number }>;
  byRegion: Array<{ region: string; areaName: string; actual: number | null; split: number | null }>;
}

/** The last period of the target's kind whose reports were due by `asOf` (null before the first). */
function dataPeriod(p: Platform, e: TargetEntry, asOf: string): Period | null {
  const list = workList();
  const last = e.target.kind === 'annual' ? parseDay(asOf) : Math.min(parseDay(asOf), parseDay(list.end));
  const ps = periodsBetween(periodKind(e), parseDay(list.start), last).filter((x) => dueOf(p, x) <= asOf);
  return ps.at(-1) ?? null;
}

/** The figure reached at the end of `at` from per-period figures (summed over units and counties). */
function reached(e: TargetEntry, figures: Figure[], at: Period): number | null {
  const planEnd = parseDay(workList().end);
  const upTo = e.target.kind === 'annual' ? at.end : Math.min(at.end, planEnd);
  const inRange = figures.filter((f) => parsePeriod(f.period)!.end <= upTo);
  if (!inRange.length) return null;
  if (e.target.kind === 'cumulative') return round2(inRange.reduce((s, f) => s + f.value, 0));
  if (e.target.kind === 'annual') {
    const year = toParts(at.end).year;
    const thisYear = inRange.filter((f) => toParts(parsePeriod(f.period)!.end).year === year);
    return thisYear.length ? round2(thisYear.reduce((s, f) => s + f.value, 0)) : 0;
  }
  // A level: each reporter's latest figure, added up.
  const latest = new Map<string, Figure>();
  for (const f of inRange.sort((a, b) => (a.period < b.period ? -1 : 1))) latest.set(`${f.unit}|${f.region}`, f);
  return round2([...latest.values()].reduce((s, f) => s + f.value, 0));
}

/** A level target's base: the text's, else the earliest accepted figures. */
function baseOf(e: TargetEntry, figures: Figure[]): number | null {
  if (e.target.kind !== 'level') return null;
  if (e.target.base) return e.target.base.value;
  if (!figures.length) return null;
  const first = figures.reduce((m, f) => (f.period < m ? f.period : m), figures[0]!.period);
  return round2(figures.filter((f) => f.period === first).reduce((s, f) => s + f.value, 0));
}

const round2 = (n: number) => Math.round(n * 100) / 100;
/** An expected figure as the indicator counts: whole persons, projects, organisations; a percentage to 0.01. */
const roundAs = (e: TargetEntry, n: number) => (e.target.measure === 'percent' ? round2(n) : Math.round(n));

/** The computed indicator's events as per-period figures (counted in the period they fall in). */
function computedFigures(e: TargetEntry, events: Array<{ on: string; region: string }>): Figure[] {
  const kind = periodKind(e);
  const by = new Map<string, Figure>();
  for (const ev of events) {
    const period = periodOf(kind, parseDay(ev.on)).id;
    const k = `${ev.region}|${period}`;
    const f = by.get(k) ?? { unit: 'platform', region: ev.region, period, value: 0 };
    f.value += 1;
    by.set(k, f);
  }
  return [...by.values()];
}

export interface ProgressQuery {
  asOf?: unknown;
  unit?: unknown;
  region?: unknown;
  task?: unknown;
  status?: unknown;
}

function readAsOf(p: Platform, raw: unknown): string {
  if (raw === undefined || raw === '') return todayString(p);
  if (typeof raw !== 'string' || !isValidDateString(raw)) throw fieldError('asOf', '日期格式应为 YYYY-MM-DD');
  if (raw < workList().start) throw fieldError('asOf', `日期不能早于规划起始日 ${workList().start}`);
  return raw > todayString(p) ? todayString(p) : raw;
}

/** Every target's progress the caller sees, with the rule and the counts by status. */
export async function worklistProgress(p: Platform, c: Caller, q: ProgressQuery = {}) {
  if (!seesWorkList(c)) throw notFound('工作清单');
  const asOf = readAsOf(p, q.asOf);
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const [values, split, accepted] = await Promise.all([targetValues(p.db), splits(p.db), acceptedFigures(p.db)]);
  const statusFilter = str(q.status);
  if (statusFilter && !(statusFilter in STATUS_LABELS)) throw fieldError('status', `状态应为 ${Object.values(STATUS_LABELS).join('、')} 之一`);
  const reports = await p.db.selectFrom('worklist_reports').select(['target_id', 'unit', 'region', 'period', 'state']).where('state', 'in', ['signed', 'accepted']).execute();
  const unitDone = new Set(reports.map((r) => `${r.target_id}|${r.unit}|${r.region}|${r.period}`));

  const out: TargetProgress[] = [];
  for (const e of targetEntries()) {
    const duties = dutiesOf(e, split.get(e.target.id)).filter((d) => maysee(c, d));
    if (!duties.length) continue;
    if (str(q.unit) && reportingUnit(e) !== q.unit && !(e.item?.lead.includes(q.unit as string) || e.item?.partners.includes(q.unit as string))) continue;
    if (str(q.task) && String(e.task?.no ?? 0) !== q.task) continue;
    if (str(q.region) && !duties.some((d) => d.region === q.region)) continue;
    const regionOk = (region: string) => duties.some((d) => d.region === region) && (!str(q.region) || region === q.region);
    // What the platform counts is a statistic, not a report: every area of the list's city the caller oversees (a unit's staff: the whole city).
    const countedOk = (region: string) => inPlanArea(region) && (isUnitRole(c) || visibleRegions(c).includes(region)) && (!str(q.region) || region === q.region);
    const progress = await progressOfTarget(p, e, values.get(e.target.id)!, (accepted.get(e.target.id) ?? []).filter((f) => regionOk(f.region)), duties.filter((d) => !str(q.region) || d.region === q.region), split.get(e.target.id), asOf, unitDone, countedOk);
    if (statusFilter && progress.status !== statusFilter) continue;
    out.push(progress);
  }
  const overall = out.filter((t) => t.taskNo === null);
  const counts = Object.fromEntries(Object.keys(STATUS_LABELS).map((s) => [s, out.filter((t) => t.status === s).length])) as Record<TargetStatus, number>;
  return {
    asOf,
    plan: { doc: workList().doc, title: workList().title, start: workList().start, end: workList().end },
    rule: { text: statusRuleText(DEFAULT_STATUS_RULE), ...DEFAULT_STATUS_RULE, diffTolerancePercent: DIFF_TOLERANCE * 100 },
    statusLabels: STATUS_LABELS,
    counts,
    overall,
    targets: out.filter((t) => t.taskNo !== null),
    tasks: workList().tasks.map((t) => ({ no: t.no, title: t.title })),
    units: [...new Set(targetEntries().map(reportingUnit))].map((u) => ({ code: u, name: unitName(u) })),
    regions: workList().counties.map((r) => ({ code: r, name: areaName(r) })),
  };
}

async function progressOfTarget(
  p: Platform,
  e: TargetEntry,
  tv: { value: number; original: number; changed: { reason: string; at: string } | null },
  reportedFigures: Figure[],
  duties: Duty[],
  split: Map<string, number> | undefined,
  asOf: string,
  unitDone: Set<string>,
  countedOk: (region: string) => boolean,
): Promise<TargetProgress> {
  const list = workList();
  const at = dataPeriod(p, e, asOf);
  const computation = e.target.computed ? COMPUTATIONS[e.target.computed as keyof typeof COMPUTATIONS] : undefined;
  const computedFigs = computation ? computedFigures(e, (await computation.events(p.db, list.start, asOf)).filter((x) => countedOk(x.region))) : null;
  const figures = computedFigs ?? reportedFigures;
  const base = baseOf(e, figures);
  // What the platform counts itself is known even when it is nothing yet: 0, not "no data".
  const actual = at ? (reached(e, figures, at) ?? (computedFigs ? 0 : null)) : null;
  const reported = computedFigs && at ? reached(e, reportedFigures, at) : null;
  const input = { kind: e.target.kind, comparison: e.target.comparison, target: tv.value, base, planStart: parseDay(list.start), planEnd: parseDay(list.end) };
  const pr = progressOf({ ...input, actual, at: at?.end ?? parseDay(list.start) });
  let late = 0;
  for (const d of duties) for (const period of periodsOf(e, asOf)) if (dueOf(p, period) < asOf && !unitDone.has(`${d.targetId}|${d.unit}|${d.region}|${period.id}`)) late += 1;
  const trendPeriods = at ? periodsBetween(periodKind(e), e.target.kind === 'annual' ? Math.max(parseDay(list.start), at.end - 366 * 2) : parseDay(list.start), at.end) : [];
  const trend = trendPeriods.map((period) => {
    const v = reached(e, figures, period);
    return { period: period.id, label: period.label, actual: v, expected: roundAs(e, progressOf({ ...input, actual: v, at: period.end }).expected) };
  });
  // By county: the split's counties; for a figure the platform counts, every county (and any other area it counted in); else the counties that report.
  const regions = split?.size
    ? [...split.keys()]
    : computedFigs
      ? [...new Set([...list.counties, ...computedFigs.map((f) => f.region)])]
      : [...new Set(duties.map((d) => d.region).filter((r) => r !== 'quzhou_city'))];
  const byRegion = at
    ? regions.map((region) => ({ region, areaName: areaName(region), actual: reached(e, figures.filter((f) => f.region === region), at), split: split?.get(region) ?? null }))
    : [];
  return {
    id: e.target.id,
    indicator: e.target.indicator,
    sentence: e.target.sentence,
    note: e.target.note ?? null,
    taskNo: e.task?.no ?? null,
    taskTitle: e.task?.title ?? null,
    itemNo: e.item?.no ?? null,
    itemText: e.item?.text ?? null,
    leadUnit: reportingUnit(e),
    leadUnitName: unitName(reportingUnit(e)),
    partners: (e.item?.partners ?? []).map(unitName),
    measure: MEASURE_LABELS[e.target.measure],
    kind: e.target.kind,
    kindLabel: KIND_LABELS[e.target.kind],
    comparison: e.target.comparison,
    comparisonLabel: COMPARISON_LABELS[e.target.comparison],
    target: tv.value,
    targetChange: tv.changed ? { original: tv.original, reason: tv.changed.reason, at: tv.changed.at } : null,
    base,
    actual,
    expected: roundAs(e, pr.expected),
    actualShare: pr.actualShare,
    expectedShare: pr.expectedShare,
    gapPoints: pr.gapPoints,
    status: pr.status,
    statusLabel: STATUS_LABELS[pr.status],
    dataAsOf: at ? formatDay(at.end) : null,
    dataPeriod: at?.label ?? null,
    computed: computation ? { definition: computation.definition, value: actual ?? 0 } : null,
    reported,
    discrepancy: reported !== null && actual !== null && Math.abs(reported - actual) > DIFF_TOLERANCE * Math.max(actual, 1),
    late,
    trend,
    byRegion,
  };
}

/** One target's progress with its reports (every duty and period, the figure and state) for the drill-down. */
export async function targetProgress(p: Platform, c: Caller, id: string, q: ProgressQuery = {}) {
  const e = targetEntry(id);
  if (!e) throw notFound('该指标');
  const all = await worklistProgress(p, c, { asOf: q.asOf, region: q.region });
  const t = [...all.overall, ...all.targets].find((x) => x.id === id);
  if (!t) throw notFound('该指标');
  const rows = await p.db.selectFrom('worklist_reports').selectAll().where('target_id', '=', id).where('state', '<>', 'superseded').orderBy('period', 'desc').execute();
  const files = rows.length ? await p.db.selectFrom('worklist_report_files').select(['report_id']).where('report_id', 'in', rows.map((r) => r.id)).execute() : [];
  const history = await p.db.selectFrom('worklist_target_values').selectAll().where('target_id', '=', id).orderBy('id').execute();
  const splitHistory = await p.db.selectFrom('worklist_splits').selectAll().where('target_id', '=', id).orderBy('id').execute();
  return {
    ...t,
    records: (e.item && (await itemRecords(p, c)).get(e.item.no)) || [],
    rule: all.rule,
    asOf: all.asOf,
    reports: rows
      .filter((r) => maysee(c, r))
      .map((r) => ({ id: r.id, unitName: unitName(r.unit), areaName: areaName(r.region), period: r.period, periodLabel: parsePeriod(r.period)!.label, revision: r.revision, value: fromCenti(r.value_centi), state: r.state, stateLabel: REPORT_STATE_LABELS[r.state], narrative: r.narrative, files: files.filter((f) => f.report_id === r.id).length })),
    targetHistory: history.map((h) => ({ value: h.value_centi / 100, reason: h.reason, at: h.changed_at.toISOString() })),
    splitHistory: splitHistory.filter((s) => maysee(c, { unit: reportingUnit(e), region: s.region }) || c.role !== 'unit_reporter').map((s) => ({ region: s.region, areaName: areaName(s.region), value: s.value_centi / 100, reason: s.reason, at: s.set_at.toISOString() })),
  };
}
