// The work list as the platform uses it: the policy package's list (tasks, items, targets with their
// sentences), the target values in force (the text's, or a later change made with a reason), their
// split among counties, who reports each target (the first-named lead unit; each county for items
// led by 各县（市、区）; per county where the target is split), the periods due, and who may see what.

import { formatDay, parseDay } from '@rencai/engine';
import { periodsBetween, type Period } from '@rencai/domain';
import { allTargets, quzhouWorkList, REGIONS, regionName, type Target, type Task, type Unit, type WorkItem, type WorkList } from '@rencai/policies';
import type { DB, Db, Transaction } from '@rencai/store';
import { isUnitRole, visibleRegions, type Caller, type Platform } from '../shared/index.js';

type Q = Db | Transaction<DB>;

export const CITY = 'quzhou_city';
/** The unit code that stands for 各县（市、区）: each county for its own area. */
export const COUNTIES_UNIT = 'counties';
/** Who reports article 2's overall targets: the talent office (市委组织部). */
export const OVERALL_UNIT = 'org_dept';
/** Working days after a period's end by which its reports are due. */
export const DUE_WORKDAYS = 10;
/** Working days before the due date when the unit is reminded. */
export const REMIND_WORKDAYS = 3;

export const workList = (): WorkList => quzhouWorkList();

/** Whether a region lies in the work list's city (衢州): what the platform counts for the list never includes another city's regions (台州's). */
export const inPlanArea = (region: string): boolean => {
  const city = REGIONS.find((r) => r.code === CITY)!.city;
  return REGIONS.some((r) => r.code === region && r.city === city);
};

export interface TargetEntry {
  target: Target;
  item: WorkItem | null;
  task: Task | null;
}

let index: Map<string, TargetEntry> | undefined;
export function targetEntries(): TargetEntry[] {
  return allTargets(workList());
}
export function targetEntry(id: string): TargetEntry | undefined {
  index ??= new Map(targetEntries().map((e) => [e.target.id, e]));
  return index.get(id);
}

export function unitOf(code: string): Unit | undefined {
  return workList().units.find((u) => u.code === code);
}
export const unitName = (code: string): string => unitOf(code)?.name ?? code;

/** The counties (县、市、区) of 各县（市、区）, from the list. */
export const counties = (): string[] => workList().counties;

/** The period of a target's reports. */
export const periodKind = (e: TargetEntry) => e.item?.period ?? 'quarterly';

/** The unit that reports a target: the first-named lead unit (it gathers its partners' figures), or the talent office for overall targets. */
export const reportingUnit = (e: TargetEntry): string => e.item?.lead[0] ?? OVERALL_UNIT;

// ------------------------------------------------------------------ values in force

export interface TargetValue {
  value: number;
  /** The text's value, when a change replaced it. */
  original: number;
  changed: { reason: string; at: string; by: number } | null;
}

/** The value in force of every target (a change with its reason replaces the text's; the history stays). */
export async function targetValues(db: Q): Promise<Map<string, TargetValue>> {
  const rows = await db.selectFrom('worklist_target_values').selectAll().orderBy('id').execute();
  const out = new Map<string, TargetValue>();
  for (const e of targetEntries()) out.set(e.target.id, { value: e.target.value, original: e.target.value, changed: null });
  for (const r of rows) {
    const v = out.get(r.target_id);
    if (v) out.set(r.target_id, { value: r.value_centi / 100, original: v.original, changed: { reason: r.reason, at: r.changed_at.toISOString(), by: r.changed_by } });
  }
  return out;
}

/** The county split in force of every split target: region → value (latest per region; a region set to 0 is dropped). */
export async function splits(db: Q): Promise<Map<string, Map<string, number>>> {
  const rows = await db.selectFrom('worklist_splits').selectAll().orderBy('id').execute();
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const m = out.get(r.target_id) ?? new Map<string, number>();
    if (r.value_centi === 0) m.delete(r.region);
    else m.set(r.region, r.value_centi / 100);
    out.set(r.target_id, m);
  }
  for (const [k, m] of out) if (!m.size) out.delete(k);
  return out;
}

// ------------------------------------------------------------------ who reports what, when

export interface Duty {
  targetId: string;
  unit: string;
  region: string;
}

/** Who reports a target: one duty per reporting unit and area. */
export function dutiesOf(e: TargetEntry, split: Map<string, number> | undefined): Duty[] {
  const unit = reportingUnit(e);
  if (unit === COUNTIES_UNIT) return counties().map((region) => ({ targetId: e.target.id, unit, region }));
  if (split?.size) return [...split.keys()].map((region) => ({ targetId: e.target.id, unit, region }));
  return [{ targetId: e.target.id, unit, region: CITY }];
}

/**
 * The periods a target is reported for up to `today`: those that have ended since the plan began;
 * a total or running-total target stops with the plan's last period, a yearly one goes on.
 */
export function periodsOf(e: TargetEntry, today: string): Period[] {
  const list = workList();
  const ended = parseDay(today) - 1;
  const last = e.target.kind === 'annual' ? ended : Math.min(ended, parseDay(list.end));
  return periodsBetween(periodKind(e), parseDay(list.start), last);
}

/** The day a period's reports are due. */
export const dueOf = (p: Platform, period: Period): string => formatDay(p.calendar.addWorkdays(period.end, DUE_WORKDAYS));

// ------------------------------------------------------------------ scope

/** Whether the caller may see a duty's reports: its own unit (and county) for a unit's staff; the regions they see for the talent office and leaders. */
export function maysee(c: Caller, d: { unit: string; region: string }): boolean {
  if (isUnitRole(c)) return d.unit === c.department && (d.unit !== COUNTIES_UNIT || d.region === c.region);
  if (c.role === 'clerk' || c.role === 'leader' || c.role === 'admin') return visibleRegions(c).includes(d.region);
  return false;
}

/** Whether the caller sees the work list at all. */
export const seesWorkList = (c: Caller): boolean => isUnitRole(c) || c.role === 'clerk' || c.role === 'leader' || c.role === 'admin';

export const areaName = (region: string): string => (region === CITY ? '全市' : regionName(region));
