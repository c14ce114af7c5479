// The payment ledger: every grant instalment, payment, refund receivable and refund received is an
// append-only row (the database refuses updates); balances are sums. Each row carries its payer
// and the city / county / employing-unit shares. Unique indexes make one grant, one payment and one
// refund per instalment key, and an idempotency key makes a retried write return the first result.
// Caps across applications are enforced here, under a per-subject advisory lock. What a caller may
// see of it is scoped in the query, with the relations of the modules above (shared/scope.ts).

import { loadPolicies, REGIONS, regionName } from '@rencai/policies';
import { addYears, mulRatioHalfUp, parseDay, type Entitlement } from '@rencai/engine';
import { appendAudit, sql, type Db, type Transaction, type DB, type LedgerKind, type Selectable, type LedgerTable } from '@rencai/store';
import type { SelectQueryBuilder } from 'kysely';
import { type Platform, visibleRegions, type Caller, fieldError, forbidden } from '../shared/index.js';

type Trx = Transaction<DB>;

/** The city's share of a 'shared' payer for a region: set by admins; default 100 % for 市本级, 0 % (all county) elsewhere. */
export async function cityShare(db: Db | Trx, region: string): Promise<number> {
  const r = await db.selectFrom('fiscal_shares').select('city_pct').where('region', '=', region).executeTakeFirst();
  return r ? r.city_pct : region === 'quzhou_city' ? 100 : 0;
}

export async function setCityShare(p: Platform, c: Caller, region: string, pct: unknown): Promise<void> {
  if (c.role !== 'admin') throw forbidden('只有管理员可以设置财政分担比例');
  if (!REGIONS.some((r) => r.code === region)) throw fieldError('region', '未知的地区代码');
  if (!Number.isInteger(pct) || (pct as number) < 0 || (pct as number) > 100) throw fieldError('cityPct', '市级分担比例应为 0–100 的整数（百分比）');
  await p.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('fiscal_shares')
      .values({ region, city_pct: pct as number, updated_by: c.userId })
      .onConflict((oc) => oc.column('region').doUpdateSet({ city_pct: pct as number, updated_by: c.userId, updated_at: new Date() }))
      .execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'fiscal_share.set', entity: 'fiscal_share', entityId: region, region, detail: { cityPct: pct } });
  });
}

export interface Shares {
  city_fen: number;
  county_fen: number;
  unit_fen: number;
}

export function splitShares(payer: string, amountFen: number, cityPct: number): Shares {
  switch (payer) {
    case 'city_finance':
      return { city_fen: amountFen, county_fen: 0, unit_fen: 0 };
    case 'district_finance':
      return { city_fen: 0, county_fen: amountFen, unit_fen: 0 };
    case 'employer_unit':
      return { city_fen: 0, county_fen: 0, unit_fen: amountFen };
    default: {
      const city = mulRatioHalfUp(amountFen, cityPct, 100);
      return { city_fen: city, county_fen: amountFen - city, unit_fen: 0 };
    }
  }
}

export const PAYER_LABELS: Record<string, string> = { shared: '按现行财政体制分担', city_finance: '市财政', district_finance: '区（县）财政', employer_unit: '所在事业单位', platform_company: '持股平台公司' };

const lockSubject = (trx: Trx, key: string) => sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(trx);

interface GrantContext {
  applicationId: number;
  personId: number | null;
  employerId: number | null;
  region: string;
  actor: Caller;
  /** The actual purchase price (fen): housing grants to one person never exceed it in total. */
  purchasePriceFen?: number;
  /** The year an application claims (the salary subsidy's 补助年度): the grants are booked under it. */
  claimedYear?: number;
  /** The experts of a salary-subsidy application, in the order listed, each with what the rules give for them alone. */
  experts?: ExpertShare[];
}

export interface ExpertShare {
  personId: number;
  name: string;
  amountFen: number;
}

export interface PostedGrant {
  instalmentKey: string;
  rule: string;
  dueOn: string;
  amountFen: number;
  cappedFromFen?: number;
  note?: string;
  /** The person the grant is for when not the payee (an enterprise's expert). */
  subjectPersonId?: number;
}

const HOUSING_RULES = ['art20.1', 'art20.2', 'art20.3', 'art20.4', 'art20.5'];
const SALARY_RULE = 'art16.salary_subsidy';

function quzhouParam(path: string, at: string): number {
  const q = loadPolicies().find((p) => p.meta.id === 'quzhou-2020')!;
  const hit = q.params.lookup(path, parseDay(at));
  if (!hit || typeof hit.value !== 'number') throw new Error(`缺少参数 ${path}`);
  return hit.value;
}

/** The day the salary subsidy's parameters are read for a claimed year: its last day, or the instalment date if earlier. */
const yearParamDay = (year: number, date: string): string => (`${year}-12-31` < date ? `${year}-12-31` : date);

/**
 * Posts the grant instalments of decided entitlements, applying the caps that span applications.
 * `approvedFen` is what the decision approved: the granted amounts come first (a lower total
 * reduces the last instalments first); what is approved above them goes to the capped
 * entitlements (最高 …, evaluated by the clerk), in order, each up to its ceiling.
 */
export async function postGrants(trx: Trx, ctx: GrantContext, ents: Entitlement[], approvedFen: number): Promise<PostedGrant[]> {
  const cityPct = await cityShare(trx, ctx.region);
  const planned: Array<{ e: Entitlement; date: string; year: number; amountFen: number }> = [];
  const capped: Array<{ e: Entitlement; date: string; year: number; amountFen: number }> = [];
  for (const e of ents) {
    const inst = e.schedule?.instalments.filter((i) => i.amountFen !== null) ?? [];
    for (const i of inst) (e.status === 'up_to' ? capped : planned).push({ e, date: i.date, year: i.year, amountFen: i.amountFen! });
  }
  const grantedFen = planned.reduce((s, x) => s + x.amountFen, 0);
  let excess = grantedFen - approvedFen;
  for (let i = planned.length - 1; i >= 0 && excess > 0; i--) {
    const cut = Math.min(excess, planned[i]!.amountFen);
    planned[i]!.amountFen -= cut;
    excess -= cut;
  }
  let evaluated = Math.max(0, approvedFen - grantedFen);
  for (const x of capped) {
    const take = Math.min(evaluated, x.amountFen);
    x.amountFen = take;
    evaluated -= take;
    planned.push(x);
  }
  const posted: PostedGrant[] = [];
  const book = async (x: { e: Entitlement; date: string; amountFen: number }, key: string, year: number, amount: number, note: string | undefined, subject?: { personId: number; name: string }) => {
    if (amount <= 0) {
      posted.push({ instalmentKey: key, rule: x.e.rule, dueOn: x.date, amountFen: 0, cappedFromFen: x.amountFen, ...(note ? { note } : {}), ...(subject ? { subjectPersonId: subject.personId } : {}) });
      return;
    }
    await trx
      .insertInto('ledger')
      .values({
        kind: 'grant',
        application_id: ctx.applicationId,
        person_id: ctx.personId,
        employer_id: ctx.employerId,
        region: ctx.region,
        rule: x.e.rule,
        benefit: x.e.name,
        clause: x.e.clause.cite,
        payer: x.e.payer.code,
        year,
        due_on: x.date,
        amount_fen: amount,
        ...splitShares(x.e.payer.code, amount, cityPct),
        instalment_key: key,
        subject_key: subject?.name ?? x.e.entity?.name ?? null,
        subject_person_id: subject?.personId ?? null,
        idempotency_key: `grant:${key}`,
        note: note ?? null,
        created_by: ctx.actor.userId,
      })
      .execute();
    posted.push({ instalmentKey: key, rule: x.e.rule, dueOn: x.date, amountFen: amount, ...(amount !== x.amountFen ? { cappedFromFen: x.amountFen } : {}), ...(note ? { note } : {}), ...(subject ? { subjectPersonId: subject.personId } : {}) });
  };
  for (const x of planned) {
    const entity = x.e.entity ? `:${x.e.entity.list}${x.e.entity.index}` : '';
    const key = `app${ctx.applicationId}:${x.e.rule}${entity}:${x.date}`;
    if (x.e.rule === SALARY_RULE && ctx.employerId) {
      await postSalarySubsidy(trx, ctx, x, book);
      continue;
    }
    let amount = x.amountFen;
    let note: string | undefined;
    if (HOUSING_RULES.includes(x.e.rule) && ctx.personId && ctx.purchasePriceFen !== undefined) {
      await lockSubject(trx, `housing:${ctx.personId}`);
      const used = await sumGrants(trx, (q) => q.where('person_id', '=', ctx.personId).where('rule', 'in', HOUSING_RULES));
      const room = Math.max(0, ctx.purchasePriceFen - used);
      if (amount > room) {
        note = `购房补助累计不超过实际房价：已核定 ${used / 100} 元`;
        amount = room;
      }
    }
    await book(x, key, x.year, amount, note);
  }
  return posted;
}

type Book = (x: { e: Entitlement; date: string; amountFen: number }, key: string, year: number, amount: number, note: string | undefined, subject?: { personId: number; name: string }) => Promise<void>;

/**
 * The salary subsidy (第16条): booked under the year claimed, one line per expert (the person it is
 * for), within 100万元 per enterprise per claimed year and at most 3 claimed years per expert —
 * across every application, back-year claims included. The enterprise-year lock is taken first,
 * then the experts' locks in ascending id, so two approvals never wait on each other in a circle;
 * the counts are read under the locks.
 */
async function postSalarySubsidy(trx: Trx, ctx: GrantContext, x: { e: Entitlement; date: string; year: number; amountFen: number }, book: Book): Promise<void> {
  const year = ctx.claimedYear ?? x.year;
  const paramDay = yearParamDay(year, x.date);
  await lockSubject(trx, `salary:${ctx.employerId}:${year}`);
  const experts = ctx.experts?.length ? ctx.experts : undefined;
  for (const id of [...new Set((experts ?? []).map((e) => e.personId))].sort((a, b) => a - b)) await lockSubject(trx, `salary-expert:${id}`);
  const cap = quzhouParam('art16.salary_subsidy.enterprise_cap', paramDay);
  let used = await salaryGrantedInYear(trx, ctx.employerId!, year);
  const capNote = (room: number) => `单个企业年度上限：${year} 年度已核定 ${used / 100} 元，本次最多 ${room / 100} 元`;
  if (!experts) {
    // No breakdown by expert (a grant posted directly): one line for the enterprise, within the yearly cap.
    const room = Math.max(0, cap - used);
    const amount = Math.min(x.amountFen, room);
    await book(x, `app${ctx.applicationId}:${x.e.rule}:${x.date}`, year, amount, amount < x.amountFen ? capNote(room) : undefined);
    return;
  }
  const maxYears = quzhouParam('art16.salary_subsidy.max_years', paramDay);
  let remaining = x.amountFen; // what the decision approved for the enterprise, shared out in the order listed
  for (const ex of experts) {
    const share = Math.min(ex.amountFen, remaining);
    remaining -= share;
    const key = `app${ctx.applicationId}:${x.e.rule}:expert${ex.personId}:${x.date}`;
    const line = { ...x, amountFen: share };
    const years = await expertYearsSubsidized(trx, ex.personId, year);
    if (years >= maxYears) {
      await book(line, key, year, 0, `该专家已获 ${years} 个年度的薪酬补助，资助期最长 ${maxYears} 年`, ex);
      continue;
    }
    const room = Math.max(0, cap - used);
    const amount = Math.min(share, room);
    await book(line, key, year, amount, amount < share ? capNote(room) : undefined, ex);
    used += amount;
  }
}

type LedgerQuery = ReturnType<typeof baseGrants>;
const baseGrants = (trx: Db | Trx) => trx.selectFrom('ledger').where('kind', '=', 'grant');
async function sumGrants(trx: Db | Trx, refine: (q: LedgerQuery) => LedgerQuery): Promise<number> {
  const r = await refine(baseGrants(trx)).select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_fen'), sql<number>`0`).as('s')).executeTakeFirstOrThrow();
  return Number(r.s);
}

// A salary-subsidy grant's claimed year and expert: its own columns; for grants booked before the
// ledger held them (one line for the whole application, under the approval year), the year and the
// experts listed on its application — the one read of another module's table kept on purpose
// (modules.ts, EXCEPTIONS).
const CLAIMED_YEAR = sql`coalesce(case when g.subject_person_id is null then (a.data->>'year')::int end, g.year)`;

/** Salary subsidy already granted to an enterprise for a claimed year, across its applications. */
export async function salaryGrantedInYear(db: Db | Trx, employerId: number, year: number): Promise<number> {
  const r = await sql<{ s: string | number | null }>`
    select coalesce(sum(g.amount_fen), 0) as s from ledger g left join applications a on a.id = g.application_id
    where g.kind = 'grant' and g.rule = ${SALARY_RULE} and g.employer_id = ${employerId} and ${CLAIMED_YEAR} = ${year}`.execute(db);
  return Number(r.rows[0]?.s ?? 0);
}

/**
 * Salary subsidy ≤ 3 years per expert: the claimed years other than `year` in which a subsidy was
 * granted for this expert (their registry id), by any enterprise and any application.
 */
export async function expertYearsSubsidized(db: Db | Trx, personId: number, year: number): Promise<number> {
  const r = await sql<{ n: string | number }>`
    select count(distinct ${CLAIMED_YEAR}) as n from ledger g left join applications a on a.id = g.application_id
    where g.kind = 'grant' and g.rule = ${SALARY_RULE} and g.amount_fen > 0
      and (g.subject_person_id = ${personId} or (g.subject_person_id is null and a.data->'experts' @> ${JSON.stringify([{ personId }])}::jsonb))
      and ${CLAIMED_YEAR} <> ${year}`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

// ---------------------------------------------------------------- payments

/** Writes one payment row for a due grant instalment, inside the caller's transaction. */
export async function insertPayment(trx: Trx, grant: Selectable<LedgerTable>, idempotencyKey: string, actor: Caller, batchId: number | null): Promise<Selectable<LedgerTable>> {
  return trx
    .insertInto('ledger')
    .values({
      kind: 'payment',
      application_id: grant.application_id,
      person_id: grant.person_id,
      employer_id: grant.employer_id,
      region: grant.region,
      rule: grant.rule,
      benefit: grant.benefit,
      clause: grant.clause,
      payer: grant.payer,
      year: grant.year,
      due_on: grant.due_on,
      amount_fen: grant.amount_fen,
      city_fen: grant.city_fen,
      county_fen: grant.county_fen,
      unit_fen: grant.unit_fen,
      instalment_key: grant.instalment_key,
      subject_key: grant.subject_key,
      household_id: grant.household_id,
      batch_id: batchId,
      idempotency_key: idempotencyKey,
      created_by: actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

// ---------------------------------------------------------------- refunds and balances

/**
 * Whether a sale falls within the refund period of 第20条 (购房后十年内上市交易的须退回): the period is
 * the parameter art20.purchase.refund_years in force on the sale date; the clause is the rule's own.
 */
export function saleWithinRefundPeriod(purchaseDate: string, soldDate: string): { within: boolean; clause: string } {
  const q = loadPolicies().find((x) => x.meta.id === 'quzhou-2020')!;
  const hit = q.params.lookup('art20.purchase.refund_years', parseDay(soldDate));
  const rule = q.rules.find((r) => r.id === 'art20.refund')!;
  if (!hit || typeof hit.value !== 'number') return { within: false, clause: rule.clause.cite };
  return { within: parseDay(soldDate) <= addYears(parseDay(purchaseDate), hit.value), clause: rule.clause.cite };
}

/** A house sold within the period the policy sets: the housing grants become a refund receivable. */
export async function recordHousingRefund(trx: Trx, personId: number, region: string, soldDate: string, actor: Caller, clause: string): Promise<number> {
  const grants = await trx.selectFrom('ledger').selectAll().where('kind', '=', 'grant').where('person_id', '=', personId).where('rule', 'in', HOUSING_RULES).execute();
  const total = grants.reduce((s, g) => s + g.amount_fen, 0);
  if (total === 0) return 0;
  const cityPct = await cityShare(trx, region);
  const key = `refund:person${personId}:${soldDate}`;
  const r = await trx
    .insertInto('ledger')
    .values({ kind: 'refund_receivable', person_id: personId, region, rule: 'art20.refund', benefit: '购房补助退回（十年内上市交易）', clause, payer: 'shared', year: Number(soldDate.slice(0, 4)), due_on: soldDate, amount_fen: total, ...splitShares('shared', total, cityPct), instalment_key: key, idempotency_key: key, created_by: actor.userId })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (r) await appendAudit(trx, { actorId: actor.userId, actorRole: actor.role, action: 'ledger.refund_receivable', entity: 'person', entityId: personId, region, detail: { amountFen: total, soldDate } });
  return r ? total : 0;
}

/**
 * A receivable (应退回) for an employer's grants: `amountFen` of the rule `rule` (its clause and benefit
 * named), due on `dueOn`, keyed once by `key` (a second call with the same key books nothing and
 * answers 0). The projects module's clawback (考核不合格、提前迁离) uses it, as the housing refund does.
 */
export async function recordEmployerReceivable(trx: Trx, r: { employerId: number; region: string; rule: string; benefit: string; clause: string; payer: string; dueOn: string; amountFen: number; key: string; subjectKey: string; actor: Caller }): Promise<number> {
  if (r.amountFen <= 0) return 0;
  const cityPct = await cityShare(trx, r.region);
  const row = await trx
    .insertInto('ledger')
    .values({ kind: 'refund_receivable', employer_id: r.employerId, region: r.region, rule: r.rule, benefit: r.benefit, clause: r.clause, payer: r.payer, year: Number(r.dueOn.slice(0, 4)), due_on: r.dueOn, amount_fen: r.amountFen, ...splitShares(r.payer, r.amountFen, cityPct), instalment_key: r.key, subject_key: r.subjectKey, idempotency_key: r.key, created_by: r.actor.userId })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (row) await appendAudit(trx, { actorId: r.actor.userId, actorRole: r.actor.role, action: 'ledger.refund_receivable', entity: 'employer', entityId: r.employerId, region: r.region, detail: { amountFen: r.amountFen, key: r.key } });
  return row ? r.amountFen : 0;
}

/**
 * A dividend paid to a household (天台 和盈模式; a household is neither a person nor an employer, so
 * it is named by ledger.household_id): the grant and its payment booked together, paid by the
 * platform company (payer platform_company, its whole amount the paying unit's share), keyed once per
 * household and year — the instalment key, and the unique index ledger_one_dividend. Answers the
 * payment's id, or undefined when that household's dividend of the year is booked already.
 */
export async function recordHouseholdDividend(trx: Trx, r: { householdId: number; region: string; year: number; paidOn: string; amountFen: number; rule: string; benefit: string; clause: string; subjectKey: string; actor: Caller }): Promise<number | undefined> {
  const key = `dividend:household${r.householdId}:${r.year}`;
  const grant = await trx
    .insertInto('ledger')
    .values({ kind: 'grant', household_id: r.householdId, region: r.region, rule: r.rule, benefit: r.benefit, clause: r.clause, payer: 'platform_company', year: r.year, due_on: r.paidOn, amount_fen: r.amountFen, city_fen: 0, county_fen: 0, unit_fen: r.amountFen, instalment_key: key, subject_key: r.subjectKey, idempotency_key: `${key}:grant`, created_by: r.actor.userId })
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!grant) return undefined;
  const payment = await insertPayment(trx, grant, `${key}:payment`, r.actor, null);
  await appendAudit(trx, { actorId: r.actor.userId, actorRole: r.actor.role, action: 'ledger.dividend', entity: 'dividend_household', entityId: r.householdId, region: r.region, detail: { year: r.year, amountFen: r.amountFen } });
  return payment.id;
}

export interface LedgerLine {
  id: number;
  kind: LedgerKind;
  kindLabel: string;
  applicationId: number | null;
  rule: string;
  benefit: string;
  clause: string;
  payer: string;
  payerLabel: string;
  year: number | null;
  dueOn: string | null;
  amountFen: number;
  cityFen: number;
  countyFen: number;
  unitFen: number;
  instalmentKey: string;
  paid?: boolean;
  note: string | null;
  regionName: string;
  /** Whom a grant is for when not the payee (an enterprise's expert: name and registry id). */
  subject: string | null;
  subjectPersonId: number | null;
}

const KIND_LABELS: Record<LedgerKind, string> = { grant: '核定（应付）', payment: '已兑付', refund_receivable: '应退回', refund_received: '已退回' };

/**
 * The ledger lines a caller may see. A talent: their own. An employer's HR: the organisation's own
 * grants (no person named) and, of the people it employs now (the registry's current employer),
 * the lines the organisation pays a share of (所在事业单位) — not those of people who have left, nor
 * staff's private benefits. A reviewing department: the lines of applications routed to it. Other
 * staff: their regions.
 */
export function ledgerInScope(p: Platform, c: Caller, db: Db | Trx = p.db) {
  const q = db.selectFrom('ledger');
  if (c.role === 'talent') return q.where('ledger.person_id', '=', c.personId ?? -1);
  if (c.role === 'employer') {
    const employerId = c.employerId ?? -1;
    return q.where((eb) =>
      eb.or([
        eb.and([eb('ledger.person_id', 'is', null), eb('ledger.employer_id', '=', employerId)]),
        eb.and([eb('ledger.unit_fen', '>', 0), eb('ledger.person_id', 'in', p.scope.employeesOf(db, employerId))]),
      ]),
    );
  }
  const regions = visibleRegions(c);
  const inRegions = q.where('ledger.region', 'in', regions.length ? regions : ['-']);
  if (c.role !== 'reviewer') return inRegions;
  return inRegions.where('ledger.application_id', 'in', p.scope.routedTo(db, c.department ?? '-'));
}

export async function ledgerLines(p: Platform, c: Caller, q: { personId?: number; employerId?: number; applicationId?: number }): Promise<{ lines: LedgerLine[]; balance: { grantedFen: number; paidFen: number; outstandingFen: number; refundDueFen: number } }> {
  let base = ledgerInScope(p, c).selectAll('ledger');
  if (q.personId) base = base.where('person_id', '=', q.personId);
  if (q.employerId) base = base.where('employer_id', '=', q.employerId);
  if (q.applicationId) base = base.where('application_id', '=', q.applicationId);
  const rows = await base.orderBy('id').limit(5000).execute();
  const paidKeys = new Set(rows.filter((r) => r.kind === 'payment').map((r) => r.instalment_key));
  const sum = (k: LedgerKind) => rows.filter((r) => r.kind === k).reduce((s, r) => s + r.amount_fen, 0);
  const lines = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    kindLabel: KIND_LABELS[r.kind],
    applicationId: r.application_id,
    rule: r.rule,
    benefit: r.benefit,
    clause: r.clause,
    payer: r.payer,
    payerLabel: PAYER_LABELS[r.payer] ?? r.payer,
    year: r.year,
    dueOn: r.due_on,
    amountFen: r.amount_fen,
    cityFen: r.city_fen,
    countyFen: r.county_fen,
    unitFen: r.unit_fen,
    instalmentKey: r.instalment_key,
    ...(r.kind === 'grant' ? { paid: paidKeys.has(r.instalment_key) } : {}),
    note: r.note,
    regionName: regionName(r.region),
    subject: r.subject_key,
    subjectPersonId: r.subject_person_id,
  }));
  return {
    lines,
    balance: { grantedFen: sum('grant'), paidFen: sum('payment'), outstandingFen: sum('grant') - sum('payment'), refundDueFen: sum('refund_receivable') - sum('refund_received') },
  };
}

/** Payments the caller may see under some rules, to a person, or to an employer itself (no person named). */
export function paymentsOf(p: Platform, c: Caller, q: { rules: string[]; personId?: number; employerId?: number }) {
  let base = ledgerInScope(p, c).select(['ledger.id', 'ledger.application_id', 'ledger.instalment_key', 'ledger.benefit', 'ledger.amount_fen', 'ledger.due_on', 'ledger.batch_id', 'ledger.created_at']).where('ledger.kind', '=', 'payment').where('ledger.rule', 'in', q.rules);
  base = q.personId !== undefined ? base.where('ledger.person_id', '=', q.personId) : base.where('ledger.employer_id', '=', q.employerId ?? -1).where('ledger.person_id', 'is', null);
  return base.orderBy('ledger.id').limit(200).execute();
}

// ---------------------------------------------------------------- reading for payments

type LedgerRow = Selectable<LedgerTable>;

/** Whether an application has a grant instalment due by `today` that is not paid yet. */
export async function unpaidDue(trx: Db | Trx, applicationId: number, today: string): Promise<boolean> {
  const unpaid = await trx
    .selectFrom('ledger as g')
    .select('g.id')
    .where('g.kind', '=', 'grant')
    .where('g.application_id', '=', applicationId)
    .where('g.due_on', '<=', today)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('ledger as pmt').select('pmt.id').where('pmt.kind', '=', 'payment').whereRef('pmt.instalment_key', '=', 'g.instalment_key'))))
    .limit(1)
    .execute();
  return unpaid.length > 0;
}

/** The row written under an idempotency key, if any. */
export const entryByIdempotencyKey = (db: Db | Trx, key: string): Promise<LedgerRow | undefined> => db.selectFrom('ledger').selectAll().where('idempotency_key', '=', key).executeTakeFirst();

/** The grant of an instalment (within `regions`, when given). */
export function grantOf(db: Db | Trx, instalmentKey: string, regions?: string[]): Promise<LedgerRow | undefined> {
  const q = db.selectFrom('ledger').selectAll().where('kind', '=', 'grant').where('instalment_key', '=', instalmentKey);
  return (regions ? q.where('region', 'in', regions.length ? regions : ['-']) : q).executeTakeFirst();
}

/** The payment of an instalment, if it was paid. */
export const paymentOf = (db: Db | Trx, instalmentKey: string) => db.selectFrom('ledger').select(['id', 'batch_id', 'created_at']).where('kind', '=', 'payment').where('instalment_key', '=', instalmentKey).executeTakeFirst();

/** The grants of the instalments given, by instalment key. */
export async function grantsByKey(db: Db | Trx, keys: string[]): Promise<Map<string, LedgerRow>> {
  const out = new Map<string, LedgerRow>();
  for (let i = 0; i < keys.length; i += 1000) for (const g of await db.selectFrom('ledger').selectAll().where('kind', '=', 'grant').where('instalment_key', 'in', keys.slice(i, i + 1000)).execute()) out.set(g.instalment_key, g);
  return out;
}

/** A query of instalment keys (one column, `instalment_key`). */
export type InstalmentKeys = SelectQueryBuilder<DB, keyof DB, { instalment_key: string }>;

/** A region's grant instalments due by `today`, not paid and not among `taken` (those in a batch), in booking order. */
export function dueUnpaidGrants(trx: Db | Trx, region: string, today: string, taken: InstalmentKeys) {
  return trx
    .selectFrom('ledger as g')
    .select(['g.instalment_key', 'g.amount_fen', 'g.person_id', 'g.employer_id'])
    .where('g.kind', '=', 'grant')
    .where('g.region', '=', region)
    .where('g.due_on', '<=', today)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('ledger as pmt').select('pmt.id').where('pmt.kind', '=', 'payment').whereRef('pmt.instalment_key', '=', 'g.instalment_key'))))
    .where('g.instalment_key', 'not in', taken)
    .orderBy('g.id')
    .execute();
}

/** The applications of the payments booked through a batch. */
export async function applicationsPaidInBatch(trx: Db | Trx, batchId: number): Promise<Array<number | null>> {
  return [...new Set((await trx.selectFrom('ledger').select('application_id').where('batch_id', '=', batchId).where('kind', '=', 'payment').execute()).map((r) => r.application_id))];
}

/**
 * The dashboard's money within `regions`: sums of amounts and shares by kind, clause, payer, region
 * and year, of the rows booked within the range (China calendar days; `from`/`to` as instants).
 */
export function moneyFigures(db: Db, regions: string[], range: { from?: Date; to?: Date }) {
  return db
    .selectFrom('ledger')
    .select(['kind', 'clause', 'payer', 'region', 'year', (eb) => eb.fn.sum<number>('amount_fen').as('fen'), (eb) => eb.fn.sum<number>('city_fen').as('city'), (eb) => eb.fn.sum<number>('county_fen').as('county'), (eb) => eb.fn.sum<number>('unit_fen').as('unit')])
    .where('region', 'in', regions)
    .$if(range.from !== undefined, (qb) => qb.where('created_at', '>=', range.from!))
    .$if(range.to !== undefined, (qb) => qb.where('created_at', '<', range.to!))
    .groupBy(['kind', 'clause', 'payer', 'region', 'year'])
    .execute();
}

// ---------------------------------------------------------------- budget envelopes

/** A payer, region and year (the year an instalment is due in) — what a budget envelope covers. */
export interface EnvelopeKey {
  payer: string;
  region: string;
  year: number;
}

/**
 * The ledger's money under each envelope key, in fen: grants (committed), payments (paid) and refunds
 * received, each by the year of its due date (a row without one: its year). Refund receivables are
 * not counted (no money has come back yet).
 */
export async function envelopeTotals(db: Db | Trx, keys: EnvelopeKey[]): Promise<Map<string, { grantedFen: number; paidFen: number; refundedFen: number }>> {
  const out = new Map<string, { grantedFen: number; paidFen: number; refundedFen: number }>();
  for (const k of keys) out.set(envelopeKeyOf(k), { grantedFen: 0, paidFen: 0, refundedFen: 0 });
  if (!keys.length) return out;
  const yearOf = sql<number>`coalesce(extract(year from due_on)::int, year)`;
  const rows = await db
    .selectFrom('ledger')
    .select(['kind', 'payer', 'region', yearOf.as('y'), (eb) => eb.fn.sum<number>('amount_fen').as('fen')])
    .where('kind', 'in', ['grant', 'payment', 'refund_received'])
    .where('payer', 'in', [...new Set(keys.map((k) => k.payer))])
    .where('region', 'in', [...new Set(keys.map((k) => k.region))])
    .where(yearOf, 'in', [...new Set(keys.map((k) => k.year))])
    .groupBy(['kind', 'payer', 'region', yearOf])
    .execute();
  for (const r of rows) {
    const t = out.get(envelopeKeyOf({ payer: r.payer, region: r.region, year: Number(r.y) }));
    if (!t) continue;
    if (r.kind === 'grant') t.grantedFen += Number(r.fen);
    else if (r.kind === 'payment') t.paidFen += Number(r.fen);
    else t.refundedFen += Number(r.fen);
  }
  return out;
}

export const envelopeKeyOf = (k: EnvelopeKey): string => `${k.payer}|${k.region}|${k.year}`;
