// Figures for the leaders' dashboard, from the registry, the applications and the ledger, within
// the caller's regions: talents by region and degree, money granted and paid by clause, payer and
// region (largest first), applications by state (in lifecycle order), the on-time rate of decided applications and the applications now
// overdue, and the enterprises' problems (received, answered on time, reopened, satisfaction by
// department, category and month). An optional date range (from/to, YYYY-MM-DD, China time) filters
// the applications by their submission date, the money by the day it was booked in the ledger and the
// problems by the day they were raised; the registry's figures are always as of today.

import { formatDay, isValidDateString } from '@rencai/engine';
import { regionName } from '@rencai/policies';
import { STATES, STATE_LABELS, type AppState } from '@rencai/domain';
import { chinaDate, chinaDayStart, type Platform, isStaff, visibleRegions, type Caller, badInput, forbidden, type FieldError } from '../shared/index.js';
import { moneyFigures, PAYER_LABELS } from '../ledger/index.js';
import { talentCounts } from '../registry/index.js';
import { applicationFigures } from '../applications/index.js';
import { listBudgets, mayReadBudgets } from '../budgets/index.js';
import { problemStats, seesEnterprises } from '../enterprises/index.js';

export interface DashboardRange {
  from?: string;
  to?: string;
}

/** The dashboard's date range from a query (?from=&to=, both optional), checked; every problem named. */
export function dashboardRange(q: { from?: unknown; to?: unknown } = {}): DashboardRange {
  const errors: FieldError[] = [];
  const day = (name: 'from' | 'to', label: string): string | undefined => {
    const v = q[name];
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v === 'string' && isValidDateString(v)) return v;
    errors.push({ path: name, message: `${label}应为有效日期，格式 YYYY-MM-DD（如 2026-01-01）` });
    return undefined;
  };
  const from = day('from', '开始日期');
  const to = day('to', '结束日期');
  if (from && to && from > to) errors.push({ path: 'to', message: '结束日期不能早于开始日期' });
  if (errors.length) throw badInput(errors);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}


export async function dashboard(p: Platform, c: Caller, query: { from?: unknown; to?: unknown } = {}) {
  if (!isStaff(c)) throw forbidden('只有工作人员和领导可以查看统计');
  const range = dashboardRange(query);
  const { from, to } = range;
  const regions = visibleRegions(c);
  const inR = regions.length ? regions : ['-'];
  const { byRegion, byDegree } = await talentCounts(p.db, inR);
  const money = await moneyFigures(p.db, inR, { ...(from !== undefined ? { from: chinaDayStart(from) } : {}), ...(to !== undefined ? { to: chinaDayStart(to, 1) } : {}) });
  // Applications in scope submitted within the range (a range leaves out drafts, which have no submission date).
  const { byState: apps, decided, overdue } = await applicationFigures(p, inR, range);
  // Decided on a China calendar day after the promised deadline: late.
  const late = decided.filter((d) => chinaDate(new Date(d.decided_at as string | Date)) > d.due_on!).length;
  const degreeLabels: Record<string, string> = { phd: '博士', master: '硕士', bachelor: '本科', college: '专科', unknown: '未填' };
  const agg = (key: 'clause' | 'payer' | 'region' | 'year', kind: string) => {
    const m = new Map<string, number>();
    for (const r of money.filter((x) => x.kind === kind)) m.set(String(r[key]), (m.get(String(r[key])) ?? 0) + Number(r.fen));
    return [...m]
      .map(([k, fen]) => ({ key: k, label: key === 'payer' ? (PAYER_LABELS[k] ?? k) : key === 'region' ? regionName(k) : k, fen }))
      .sort((a, b) => b.fen - a.fen || a.key.localeCompare(b.key));
  };
  const total = (kind: string) => money.filter((x) => x.kind === kind).reduce((s, r) => s + Number(r.fen), 0);
  const order = (s: string) => (STATES as readonly string[]).indexOf(s);
  // Budget execution per fund, for the year the range ends in (today's year when open-ended): every
  // envelope in scope of that year, summed by fund (a fund's envelopes are its payers' and regions').
  const budgetYear = Number((to ?? formatDay(p.today())).slice(0, 4));
  const byFund = new Map<string, { fund: string; amountFen: number; committedFen: number; paidFen: number; remainingFen: number; envelopes: number }>();
  for (const b of mayReadBudgets(c) ? (await listBudgets(p, c, { year: budgetYear })).budgets : []) {
    const f = byFund.get(b.fund) ?? { fund: b.fund, amountFen: 0, committedFen: 0, paidFen: 0, remainingFen: 0, envelopes: 0 };
    f.amountFen += b.amountFen;
    f.committedFen += b.committedFen;
    f.paidFen += b.paidFen;
    f.remainingFen += b.remainingFen;
    f.envelopes += 1;
    byFund.set(b.fund, f);
  }
  const onTime = decided.length - late;
  // Enterprises' problems (企呼我应) raised within the range, for the roles that oversee enterprises.
  const problems = seesEnterprises(c) ? await problemStats(p, c, range) : null;
  return {
    range,
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
    applicationsByState: apps
      .map((a) => ({ state: a.state, label: STATE_LABELS[a.state as AppState] ?? a.state, n: Number(a.n) }))
      .sort((a, b) => order(a.state) - order(b.state)),
    /**
     * decided: applications with a decision (approved or rejected), of which onTime by the promised
     * deadline and late after it; rate = onTime / decided (null when none is decided). overdue: open
     * applications whose deadline has passed (not in the rate: they are not decided yet).
     */
    onTime: { decided: decided.length, onTime, late, rate: decided.length ? onTime / decided.length : null, overdue },
    problems,
    budgets: { year: budgetYear, byFund: [...byFund.values()].sort((a, b) => b.amountFen - a.amountFen || a.fund.localeCompare(b.fund)) },
  };
}

export type Dashboard = Awaited<ReturnType<typeof dashboard>>;
