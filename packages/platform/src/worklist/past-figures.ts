// Figures from before the platform: when a city starts on the platform mid-plan, the talent office
// records the figures units already reported and it accepted (from the quarterly spreadsheets) in one
// go — each as an accepted report with the source named in its history, the whole batch one audit
// entry, nothing recorded if any row is wrong. Later changes go through corrections like any other.

import { parsePeriod } from '@rencai/domain';
import { appendAudit } from '@rencai/store';
import { badInput, conflict, forbidden, isUniqueViolation, todayString, type Caller, type FieldError, type Platform } from '../shared/index.js';
import { dueOf, dutiesOf, periodsOf, splits, targetEntry } from './catalogue.js';
import { readFigure, toCenti } from './reports.js';

export interface PastFigure {
  targetId: string;
  unit: string;
  region: string;
  period: string;
  value: number;
  narrative?: string;
}

export async function recordPastFigures(p: Platform, c: Caller, rows: PastFigure[], source: string): Promise<{ recorded: number }> {
  if (c.role !== 'admin') throw forbidden('只有系统管理员可以录入历史数据');
  if (!source.trim()) throw badInput([{ path: 'source', message: '请注明历史数据的来源' }]);
  const split = await splits(p.db);
  const today = todayString(p);
  const errors: FieldError[] = [];
  const values = rows.map((r, i) => {
    const e = targetEntry(r.targetId);
    const duty = e && dutiesOf(e, split.get(r.targetId)).find((d) => d.unit === r.unit && d.region === r.region);
    const period = parsePeriod(r.period);
    if (!e || !duty) errors.push({ path: `rows.${i}.targetId`, message: '不是该单位、地区的填报任务' });
    else if (!period || !periodsOf(e, today).some((x) => x.id === r.period)) errors.push({ path: `rows.${i}.period`, message: '不在该指标已结束的填报期内' });
    let value = 0;
    try {
      if (e) value = readFigure(e.target.measure, r.value, undefined, `rows.${i}.value`);
    } catch (err) {
      errors.push(...((err as { errors?: FieldError[] }).errors ?? []));
    }
    return { target_id: r.targetId, unit: r.unit, region: r.region, period: r.period, value_centi: toCenti(value), narrative: r.narrative ?? '', state: 'accepted' as const, due_on: period ? dueOf(p, period) : null, created_by: c.userId, accepted_at: new Date() };
  });
  if (errors.length) throw badInput(errors.slice(0, 50));
  try {
    await p.db.transaction().execute(async (trx) => {
      for (let i = 0; i < values.length; i += 500) {
        const ids = await trx.insertInto('worklist_reports').values(values.slice(i, i + 500)).returning('id').execute();
        await trx.insertInto('worklist_report_events').values(ids.map((r) => ({ report_id: r.id, action: 'import', from_state: null, to_state: 'accepted', actor_id: c.userId, reason: `历史数据录入：${source}` }))).execute();
      }
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'worklist_report.import', entity: 'worklist_report', region: 'quzhou_city', detail: { count: values.length, source } });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('其中有期次已有采纳的数据，未录入任何一条');
    throw e;
  }
  return { recorded: values.length };
}
