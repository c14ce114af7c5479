// What the platform itself records about a work item — hires at recruitment events, 衢籍大学生 returned, 家乡行 visits, leaders'
// contacts with high-level talents, enterprises' problems answered, 村播 training entered in the rural-talent database — shown beside the item as
// 平台记录（参考）: a lower bound from the platform's own data, never in place of a unit's report or a
// milestone (work the platform does not see is not in it). Counted from the plan's start to today, by
// county, within the list's city (衢州) and what the caller oversees (a unit's staff: the whole city).

import { isUnitRole, todayString, visibleRegions, type Caller, type Platform } from '../shared/index.js';
import { hometownVisits, returnedStudents, RETURNED_DEFINITION } from '../native-students/index.js';
import { answeredProblems, PROBLEMS_ANSWERED_DEFINITION } from '../enterprises/index.js';
import { VILLAGE_LIVE_NOTE, villageLiveTrainings } from '../rural-talent/index.js';
import { LEADER_CONTACTS_DEFINITION, leaderContacts } from '../leader-contact/index.js';
import { EVENT_HIRES_DEFINITION, eventHires } from '../events/index.js';
import { areaName, inPlanArea, workList } from './catalogue.js';

export interface RecordSource {
  id: string;
  /** The work item (its number in the list) the record speaks to. */
  item: string;
  label: string;
  /** The counting word shown after the figure: 人, 场, 件, 人次. */
  unit: string;
  definition: string;
  events(db: Platform['db'], from: string, to: string): Promise<Array<{ on: string; region: string }>>;
}

export const RECORD_SOURCES: readonly RecordSource[] = [
  { id: 'village_live_trainings', item: '9.3', label: '村播培训（乡土人才库登记）', unit: '人次', definition: VILLAGE_LIVE_NOTE, events: villageLiveTrainings },
  // 13.1 “面向高校开展专场招聘、云招聘等系列活动…新引进大学生”: hires recorded at the platform's recruitment events.
  { id: 'event_hires', item: '13.1', label: '招聘活动录用', unit: '人次', definition: EVENT_HIRES_DEFINITION, events: eventHires },
  { id: 'native_students_returned', item: '13.2', label: '衢籍大学生回归', unit: '人', definition: RETURNED_DEFINITION, events: returnedStudents },
  { id: 'hometown_visits', item: '13.2', label: '衢籍学子家乡行活动', unit: '场', definition: '衢籍大学生库中登记的“衢籍学子家乡行”活动场次（实习不计），按活动举办日和举办地县（市、区）统计。', events: hometownVisits },
  { id: 'leader_contacts', item: '14.1', label: '领导联系服务高层次人才', unit: '次', definition: LEADER_CONTACTS_DEFINITION, events: leaderContacts },
  // 14.1 “完善人才服务暖心机制”: the problems enterprises raise for their talents (引进、住房、子女就学…) answered by the departments.
  { id: 'problems_answered', item: '14.1', label: '企业问题已答复', unit: '件', definition: PROBLEMS_ANSWERED_DEFINITION, events: answeredProblems },
];

export interface RecordView {
  id: string;
  label: string;
  unit: string;
  definition: string;
  /** From the plan's start to `to`. */
  total: number;
  /** Within the calendar year of `to`. */
  thisYear: number;
  byRegion: Array<{ region: string; areaName: string; n: number }>;
  from: string;
  to: string;
}

/** The records of each work item that has any, counted from the plan's start to today within what the caller oversees. */
export async function itemRecords(p: Platform, c: Caller): Promise<Map<string, RecordView[]>> {
  const from = workList().start;
  const to = todayString(p);
  const year = to.slice(0, 4);
  const seen = isUnitRole(c) ? null : new Set(visibleRegions(c));
  const out = new Map<string, RecordView[]>();
  for (const s of RECORD_SOURCES) {
    const events = (await s.events(p.db, from, to)).filter((e) => inPlanArea(e.region) && (!seen || seen.has(e.region)));
    const by = new Map<string, number>();
    for (const e of events) by.set(e.region, (by.get(e.region) ?? 0) + 1);
    const view: RecordView = {
      id: s.id,
      label: s.label,
      unit: s.unit,
      definition: s.definition,
      total: events.length,
      thisYear: events.filter((e) => e.on.startsWith(year)).length,
      byRegion: [...by].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([region, n]) => ({ region, areaName: areaName(region), n })),
      from,
      to,
    };
    out.set(s.item, [...(out.get(s.item) ?? []), view]);
  }
  return out;
}
