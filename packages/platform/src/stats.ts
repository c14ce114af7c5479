// Figures for the leaders' dashboard, from the registry, the applications and the ledger, within
// the caller's regions: talents by region and degree, money granted and paid by clause, payer and
// region, applications by state, and the on-time rate of decided applications.

import { sql } from '@rencai/store';
import { regionName } from '@rencai/policies';
import { STATE_LABELS, type AppState } from '@rencai/domain';
import type { Platform } from './context.js';
import { isStaff, visibleRegions, type Caller } from './caller.js';
import { forbidden } from './errors.js';
import { PAYER_LABELS } from './ledger.js';

export async function dashboard(p: Platform, c: Caller) {
  if (!isStaff(c)) throw forbidden('只有工作人员和领导可以查看统计');
  const regions = visibleRegions(c);
  const inR = regions.length ? regions : ['-'];
  const byRegion = await p.db.selectFrom('persons').select(['region', (eb) => eb.fn.countAll<number>().as('n')]).where('region', 'in', inR).groupBy('region').execute();
  const byDegree = await p.db
    .selectFrom('persons')
    .select([sql<string>`coalesce(education->0->>'degree', 'unknown')`.as('degree'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('region', 'in', inR)
    .groupBy(sql`coalesce(education->0->>'degree', 'unknown')`)
    .execute();
  const money = await p.db
    .selectFrom('ledger')
    .select(['kind', 'clause', 'payer', 'region', 'year', (eb) => eb.fn.sum<number>('amount_fen').as('fen'), (eb) => eb.fn.sum<number>('city_fen').as('city'), (eb) => eb.fn.sum<number>('county_fen').as('county'), (eb) => eb.fn.sum<number>('unit_fen').as('unit')])
    .where('region', 'in', inR)
    .groupBy(['kind', 'clause', 'payer', 'region', 'year'])
    .execute();
  const apps = await p.db.selectFrom('applications').select(['state', (eb) => eb.fn.countAll<number>().as('n')]).where('region', 'in', inR).groupBy('state').execute();
  const decided = await p.db
    .selectFrom('applications')
    .innerJoin('application_events as e', 'e.application_id', 'applications.id')
    .select(['applications.id', 'applications.due_on', sql<string>`min(e.at)::date::text`.as('decided_on')])
    .where('applications.region', 'in', inR)
    .where('e.action', 'in', ['approve', 'reject'])
    .groupBy(['applications.id', 'applications.due_on'])
    .execute();
  const onTime = decided.filter((d) => d.due_on && d.decided_on <= d.due_on).length;
  const degreeLabels: Record<string, string> = { phd: '博士', master: '硕士', bachelor: '本科', college: '专科', unknown: '未填' };
  const agg = (key: 'clause' | 'payer' | 'region' | 'year', kind: string) => {
    const m = new Map<string, number>();
    for (const r of money.filter((x) => x.kind === kind)) m.set(String(r[key]), (m.get(String(r[key])) ?? 0) + Number(r.fen));
    return [...m].map(([k, fen]) => ({ key: k, label: key === 'payer' ? (PAYER_LABELS[k] ?? k) : key === 'region' ? regionName(k) : k, fen }));
  };
  const total = (kind: string) => money.filter((x) => x.kind === kind).reduce((s, r) => s + Number(r.fen), 0);
  return {
    talentsByRegion: byRegion.map((r) => ({ region: r.region, label: regionName(r.region), n: Number(r.n) })),
    talentsByDegree: byDegree.map((r) => ({ degree: r.degree, label: degreeLabels[r.degree] ?? r.degree, n: Number(r.n) })),
    money: {
      grantedFen: total('grant'),
      paidFen: total('payment'),
      refundDueFen: total('refund_receivable'),
      grantedByClause: agg('clause', 'grant'),
      grantedByPayer: agg('payer', 'grant'),
      grantedByRegion: agg('region', 'grant'),
      grantedByYear: agg('year', 'grant'),
      paidByRegion: agg('region', 'payment'),
      shares: {
        cityFen: money.filter((x) => x.kind === 'grant').reduce((s, r) => s + Number(r.city), 0),
        countyFen: money.filter((x) => x.kind === 'grant').reduce((s, r) => s + Number(r.county), 0),
        unitFen: money.filter((x) => x.kind === 'grant').reduce((s, r) => s + Number(r.unit), 0),
      },
    },
    applicationsByState: apps.map((a) => ({ state: a.state, label: STATE_LABELS[a.state as AppState] ?? a.state, n: Number(a.n) })),
    onTime: { decided: decided.length, onTime, rate: decided.length ? onTime / decided.length : null },
  };
}
