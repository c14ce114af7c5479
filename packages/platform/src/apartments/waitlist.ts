// The waiting list (轮候名单) of talent apartments. An approved application of the matter 人才公寓申租
// enters it once (the first time the list is read after the approval — the list is kept from the
// applications, so no approval is missed and none enters twice: one entry per application, one open
// entry per person, both held by the database), and the talent is told their place.
//
// Order (衢委发〔2020〕7号 sets none; the interpretation is the dated parameter
// art20.apartment.waitlist_order, default tier_then_date): first by the art. 20 level the rules give
// on the day of entry — 0 顶尖人才、国家级领军人才, then items (1)–(5); those eligible only as
// rent-subsidy targets (or whose level the registry cannot tell yet) come last, as 6 — a talent a
// county recommended (art. 22) ranks at the level their own tier gives, as a city-level talent
// would, not after; then by the day the application was approved; then by application number.
// With date_only, by approval day and application number alone. Each county (region) has its own
// list: a unit is offered to the head of the list of its region.
//
// A declined offer puts the talent back in their place (their order key does not change); the
// second decline removes them from the list (they may apply again).

import { parseDay, type TraceNode } from '@rencai/engine';
import { loadPolicies, regionName } from '@rencai/policies';
import type { ApartmentWaitlistTable, DB, Db, Selectable, Transaction, WaitlistStatus } from '@rencai/store';
import { type Platform, type Caller, fieldError, forbidden, notFound, todayString, visibleRegions } from '../shared/index.js';
import { sendMessages } from '../messages/index.js';
import { approvedApplicationsOf, inKindEligibility } from '../applications/index.js';
import { personRow } from '../registry/index.js';
import { requireHousingReader } from './stock.js';

export type WaitlistRow = Selectable<ApartmentWaitlistTable>;
type Q = Db | Transaction<DB>;

export const APARTMENT_MATTER_CODE = 'talent_apartment';
/** The second decline removes the talent from the list. */
export const DECLINES_ALLOWED = 1;

export const WAITLIST_STATUS_TEXT: Record<WaitlistStatus, string> = { waiting: '轮候中', offered: '已配租待确认', housed: '已配租', removed: '已移出轮候名单', left: '已退租' };
const LEVEL_TEXT = ['顶尖人才、国家级领军人才', '第20条第(1)项人才', '第20条第(2)项人才', '第20条第(3)项人才', '第20条第(4)项人才', '第20条第(5)项人才'];
const LAST = 6;

export type WaitlistOrder = 'tier_then_date' | 'date_only';

/** The order in force on `day` (parameter art20.apartment.waitlist_order). */
export function waitlistOrder(day: string): WaitlistOrder {
  const pkg = loadPolicies().find((x) => x.meta.id === 'quzhou-2020')!;
  return pkg.params.lookup('art20.apartment.waitlist_order', parseDay(day))?.value === 'date_only' ? 'date_only' : 'tier_then_date';
}

function levelIn(node: TraceNode): number | null {
  if (node.kind === 'var' && node.label === '第20条购房补助层次' && typeof node.value === 'number') return node.value;
  for (const ch of node.children ?? []) {
    const t = levelIn(ch);
    if (t !== null) return t;
  }
  return null;
}

/** The person's priority on the list: the art. 20 level the rules give (0–5), else 6, with its words. */
export async function priorityOf(db: Q, personId: number, asOf: string): Promise<{ priority: number; label: string }> {
  const person = await personRow(db, personId);
  if (!person) return { priority: LAST, label: '其他符合条件的人才' };
  const e = await inKindEligibility(db, person, ['art20.apartment', 'art22.county_recommended'], asOf);
  const apartment = e.granted.find((x) => x.rule === 'art20.apartment');
  const county = e.granted.some((x) => x.rule === 'art22.county_recommended');
  const level = apartment ? levelIn(apartment.explanation.eligibility) : null;
  const tier = level !== null && level >= 0 && level <= 5 ? level : LAST;
  const words = tier < LAST ? LEVEL_TEXT[tier]! : apartment ? '租房补助对象' : '其他符合条件的人才';
  return { priority: tier, label: county ? `${words}（县（市、区）推荐，享受市本级待遇）` : words };
}

/** Puts every approved application not yet on the list onto it, telling each talent their place. */
export async function syncWaitlist(p: Platform): Promise<number> {
  const approved = await approvedApplicationsOf(p.db, APARTMENT_MATTER_CODE);
  if (!approved.length) return 0;
  const listed = new Set((await p.db.selectFrom('apartment_waitlist').select('application_id').execute()).map((r) => r.application_id));
  let added = 0;
  for (const a of approved.filter((x) => !listed.has(x.id))) {
    const { priority, label } = await priorityOf(p.db, a.personId, todayString(p));
    await p.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('apartment_waitlist')
        .values({ application_id: a.id, person_id: a.personId, region: a.region, priority, priority_label: label, approved_on: a.approvedOn })
        .onConflict((oc) => oc.doNothing())
        .returningAll()
        .executeTakeFirst();
      if (!row) return;
      added++;
      const place = await positionOf(trx, row, waitlistOrder(todayString(p)));
      await sendMessages(trx, [{ personId: a.personId, applicationId: a.id, text: `您的人才公寓申租已核准，已列入${regionName(a.region)}人才公寓轮候名单，当前排第 ${place} 位（${label}）。配租时将另行通知。` }]);
    });
  }
  return added;
}

/** The entry's place among those waiting in its region (1 = next), or null when it is not waiting. */
export async function positionOf(db: Q, e: WaitlistRow, order: WaitlistOrder = 'tier_then_date'): Promise<number | null> {
  if (e.status !== 'waiting') return null;
  const ahead = await db
    .selectFrom('apartment_waitlist')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('region', '=', e.region)
    .where('status', '=', 'waiting')
    .where((eb) => {
      const byDate = eb.or([eb('approved_on', '<', e.approved_on), eb.and([eb('approved_on', '=', e.approved_on), eb('id', '<', e.id)])]);
      return order === 'date_only' ? byDate : eb.or([eb('priority', '<', e.priority), eb.and([eb('priority', '=', e.priority), byDate])]);
    })
    .executeTakeFirstOrThrow();
  return Number(ahead.n) + 1;
}

/** Those waiting in `region`, in order. */
export async function waitingIn(db: Q, region: string, order: WaitlistOrder): Promise<WaitlistRow[]> {
  let q = db.selectFrom('apartment_waitlist').selectAll().where('region', '=', region).where('status', '=', 'waiting');
  if (order === 'tier_then_date') q = q.orderBy('priority');
  return q.orderBy('approved_on').orderBy('id').execute();
}

export interface WaitlistView {
  id: number;
  applicationId: number;
  personId: number;
  personName: string;
  region: string;
  regionName: string;
  priority: number;
  priorityLabel: string;
  approvedOn: string;
  status: WaitlistStatus;
  statusText: string;
  position: number | null;
  declines: number;
  endReason: string | null;
}

export async function waitlistView(db: Q, e: WaitlistRow, order: WaitlistOrder, name?: string): Promise<WaitlistView> {
  return {
    id: e.id,
    applicationId: e.application_id,
    personId: e.person_id,
    personName: name ?? (await personRow(db, e.person_id))?.name ?? '',
    region: e.region,
    regionName: regionName(e.region),
    priority: e.priority,
    priorityLabel: e.priority_label,
    approvedOn: e.approved_on,
    status: e.status,
    statusText: WAITLIST_STATUS_TEXT[e.status],
    position: await positionOf(db, e, order),
    declines: e.declines,
    endReason: e.end_reason,
  };
}

/** The list in the caller's regions: those waiting in order (per region), then those offered or housed. */
export async function listWaitlist(p: Platform, c: Caller, q: { region?: unknown; all?: unknown } = {}): Promise<{ order: WaitlistOrder; orderText: string; entries: WaitlistView[] }> {
  requireHousingReader(c);
  await syncWaitlist(p);
  const regions = visibleRegions(c);
  if (q.region !== undefined && q.region !== '' && !regions.includes(String(q.region))) throw fieldError('region', '只能查看本人管辖地区的轮候名单');
  const order = waitlistOrder(todayString(p));
  const statuses: WaitlistStatus[] = q.all === true || q.all === 'true' ? ['waiting', 'offered', 'housed', 'removed', 'left'] : ['waiting', 'offered', 'housed'];
  let sel = p.db.selectFrom('apartment_waitlist').selectAll().where('region', 'in', q.region ? [String(q.region)] : regions.length ? regions : ['-']).where('status', 'in', statuses);
  sel = sel.orderBy('region');
  if (order === 'tier_then_date') sel = sel.orderBy('priority');
  const rows = await sel.orderBy('approved_on').orderBy('id').execute();
  const waitingFirst = [...rows.filter((r) => r.status === 'waiting'), ...rows.filter((r) => r.status !== 'waiting')];
  const entries: WaitlistView[] = [];
  for (const r of waitingFirst) entries.push(await waitlistView(p.db, r, order));
  return { order, orderText: order === 'date_only' ? '按核准日期先后' : '先按人才层次、再按核准日期', entries };
}

/** An entry the caller may see (a housing clerk in its region); otherwise 404. */
export async function loadWaitlistEntry(p: Platform, c: Caller, id: number, db: Q = p.db): Promise<WaitlistRow> {
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound('该轮候记录');
  const regions = visibleRegions(c);
  const row = await db.selectFrom('apartment_waitlist').selectAll().where('id', '=', id).where('region', 'in', regions.length ? regions : ['-']).executeTakeFirst();
  if (!row) throw notFound('该轮候记录（或无权查看）');
  return row;
}

/** The talent's open entry (or their latest), if any. */
export async function myWaitlistEntry(p: Platform, c: Caller): Promise<WaitlistRow | undefined> {
  if (c.role !== 'talent' || !c.personId) throw forbidden('只有人才本人可以查看');
  await syncWaitlist(p);
  return p.db.selectFrom('apartment_waitlist').selectAll().where('person_id', '=', c.personId).orderBy('id', 'desc').limit(1).executeTakeFirst();
}
