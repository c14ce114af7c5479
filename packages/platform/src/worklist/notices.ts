// Reminders and escalation of work-list reports, run by the daily sweep (and by hand): a unit whose
// report for a period is not yet signed off is reminded REMIND_WORKDAYS working days before the due
// date; once past it, the unit's head, the talent office and the leaders are told it is overdue.
// Each notice goes once per unit, area and period however often the sweep runs (worklist_notices'
// primary key); overdue notices cover periods due in the last OVERDUE_WINDOW_DAYS days — older
// arrears are in the briefing's list of late reporters, not re-sent.

import { parseDay } from '@rencai/engine';
import { sql } from '@rencai/store';
import { todayString, type Platform } from '../shared/index.js';
import { clerksOf, leadersOf, unitAccounts } from '../accounts/index.js';
import { sendMessages } from '../messages/index.js';
import { areaName, dueOf, dutiesOf, periodsOf, REMIND_WORKDAYS, splits, targetEntries, unitName } from './catalogue.js';

export const OVERDUE_WINDOW_DAYS = 60;

export async function sendWorklistNotices(p: Platform): Promise<{ reminders: number; overdue: number }> {
  const today = todayString(p);
  const split = await splits(p.db);
  const done = new Set((await p.db.selectFrom('worklist_reports').select(['target_id', 'unit', 'region', 'period']).where('state', 'in', ['signed', 'accepted']).execute()).map((r) => `${r.target_id}|${r.unit}|${r.region}|${r.period}`));
  let reminders = 0;
  let overdue = 0;
  for (const e of targetEntries()) {
    for (const d of dutiesOf(e, split.get(e.target.id))) {
      // The period that has just ended may be due soon; earlier ones are due or overdue.
      for (const period of periodsOf(e, today).slice(-3)) {
        if (done.has(`${d.targetId}|${d.unit}|${d.region}|${period.id}`)) continue;
        const due = dueOf(p, period);
        const what = `「${e.target.indicator}」${period.label}（${unitName(d.unit)}${d.region === 'quzhou_city' ? '' : `·${areaName(d.region)}`}）`;
        let kind: 'reminder' | 'overdue' | null = null;
        if (due >= today && p.calendar.workdaysBetween(parseDay(today), parseDay(due)) <= REMIND_WORKDAYS) kind = 'reminder';
        else if (due < today && parseDay(today) - parseDay(due) <= OVERDUE_WINDOW_DAYS) kind = 'overdue';
        if (!kind) continue;
        await p.db.transaction().execute(async (trx) => {
          const fresh = await trx
            .insertInto('worklist_notices')
            .values({ kind, target_id: d.targetId, unit: d.unit, region: d.region, period: period.id })
            .onConflict((oc) => oc.doNothing())
            .returning(sql<number>`1`.as('one'))
            .executeTakeFirst();
          if (!fresh) return;
          if (kind === 'reminder') {
            const ids = await unitAccounts(trx, 'unit_reporter', d.unit, d.region);
            await sendMessages(trx, ids.map((userId) => ({ userId, text: `填报提醒：${what}须于 ${due} 前签发报送` })));
            reminders += 1;
          } else {
            const ids = [...(await unitAccounts(trx, 'unit_reporter', d.unit, d.region)), ...(await unitAccounts(trx, 'unit_head', d.unit, d.region)), ...(await clerksOf(trx, d.region)), ...(await leadersOf(trx, d.region))];
            await sendMessages(trx, [...new Set(ids)].map((userId) => ({ userId, text: `逾期督办：${what}已超过填报截止日 ${due}，尚未签发报送` })));
            overdue += 1;
          }
        });
      }
    }
  }
  return { reminders, overdue };
}
