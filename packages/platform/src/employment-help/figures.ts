// Figures like 温岭's (seed 003: "服务重点群体12827人次，帮扶8183人，实现就业4856人"), by county and month
// of a year: served — persons with any contact (and the contacts, 人次); helped — persons assigned a
// helper; employed — persons with an employed outcome. A month counts a person once; the year's total
// counts a person once across its months.

import { regionName } from '@rencai/policies';
import { notFound, todayString, visibleRegions, type Caller, type Platform } from '../shared/index.js';
import { isHelpOffice } from './files.js';

export interface HelpFigureRow {
  region: string;
  regionName: string;
  /** 'YYYY-MM', or '' for the year's total. */
  month: string;
  served: number;
  contacts: number;
  helped: number;
  employed: number;
}

export interface HelpFigures {
  year: string;
  rows: HelpFigureRow[];
  totals: HelpFigureRow[];
  note: string;
}

/** The office's figures for a year (default this year) over the caller's regions. */
export async function helpFigures(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<HelpFigures> {
  if (!isHelpOffice(c)) throw notFound('帮扶统计');
  const year = typeof query.year === 'string' && /^20[0-9]{2}$/.test(query.year) ? query.year : todayString(p).slice(0, 4);
  const regions = visibleRegions(c);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const persons = p.db.selectFrom('employment_help_persons').select('id').where('region', 'in', regions.length ? regions : ['']);
  const regionOf = new Map((await p.db.selectFrom('employment_help_persons').select(['id', 'region']).where('region', 'in', regions.length ? regions : ['']).execute()).map((r) => [r.id, r.region]));
  const contacts = await p.db.selectFrom('employment_help_contacts').select(['person_id', 'contacted_on as on']).where('person_id', 'in', persons).where('contacted_on', '>=', from).where('contacted_on', '<=', to).execute();
  const assigned = await p.db.selectFrom('employment_help_assignments').select(['person_id', 'assigned_on as on']).where('person_id', 'in', persons).where('assigned_on', '>=', from).where('assigned_on', '<=', to).execute();
  const employed = await p.db.selectFrom('employment_help_outcomes').select(['person_id', 'outcome_on as on']).where('kind', '=', 'employed').where('person_id', 'in', persons).where('outcome_on', '>=', from).where('outcome_on', '<=', to).execute();
  // region → month ('' = year) → the measure's persons
  const cells = new Map<string, { served: Set<number>; contacts: number; helped: Set<number>; employed: Set<number> }>();
  const cell = (region: string, month: string) => {
    const k = `${region}|${month}`;
    let v = cells.get(k);
    if (!v) cells.set(k, (v = { served: new Set(), contacts: 0, helped: new Set(), employed: new Set() }));
    return v;
  };
  const add = (rows: Array<{ person_id: number; on: string }>, f: (v: ReturnType<typeof cell>, id: number) => void) => {
    for (const r of rows) {
      const region = regionOf.get(r.person_id);
      if (!region) continue;
      for (const m of [String(r.on).slice(0, 7), '']) f(cell(region, m), r.person_id);
    }
  };
  add(contacts, (v, id) => { v.served.add(id); v.contacts += 1; });
  add(assigned, (v, id) => v.helped.add(id));
  add(employed, (v, id) => v.employed.add(id));
  const row = (key: string): HelpFigureRow => {
    const [region, month] = key.split('|') as [string, string];
    const v = cells.get(key)!;
    return { region, regionName: regionName(region), month, served: v.served.size, contacts: v.contacts, helped: v.helped.size, employed: v.employed.size };
  };
  const keys = [...cells.keys()].sort();
  return {
    year,
    rows: keys.filter((k) => !k.endsWith('|')).map(row),
    totals: keys.filter((k) => k.endsWith('|')).map(row),
    note: '服务人数：当年（当月）有帮扶联系记录的人数，服务人次为联系次数；帮扶人数：当年（当月）结对指派帮扶工作人员的人数（改派不重复计）；就业人数：当年（当月）登记“实现就业”的人数。年度合计中同一人只计一次。',
  };
}
