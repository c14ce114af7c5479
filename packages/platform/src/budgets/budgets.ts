// Budget envelopes (预算额度). An envelope is an appropriation of one fund (资金名称) for a payer (the
// ledger's payer: 市财政, 区（县）财政, 按现行财政体制分担, 所在事业单位), a region (a county or district,
// or 衢州市本级 for the city's own) and a year, in fen, with the document it rests on (文件或批复).
// One envelope per payer, region and year — the ledger does not record a fund, so grants are matched
// to an envelope by those three. Every change is a new version with its reason (a change without
// one is refused naming `reason`), kept in budget_versions and the audit log.
//
// What counts, all in integer fen, by the year the instalment is DUE in (its due date's year; the
// ledger's `year` only for a row without a due date) — a grant of several yearly instalments counts
// each against its own year's envelope:
//   committed = grants (kind grant) − refunds received (refund_received)
//   paid      = payments (kind payment) − refunds received
//   remaining = amount − committed (negative when over)
// Refund receivables are not counted until the money comes back. Commitments (budget_commitments:
// money approved but not yet a ledger grant — an issued 椒江 人才房票 until it is redeemed) count as
// committed too, in the year they were made, while not released and not past their last day:
//   committed = grants − refunds received + outstanding commitments (reservedFen)
//
// The approval check: after a decision's grants are booked (inside its transaction), each envelope
// they fall under is locked (select … for update, in key order) and the committed sum read again;
// when it exceeds the amount, the decision is held for a second approver (decisions module). Two
// approvals racing for the last room therefore serialise on the envelope row; the second one sees
// the first one's grants. With no envelope for a key, nothing is checked (未设预算额度). A commitment
// goes through the same check (commitmentExcess, under the same lock) before it is recorded.
//
// Who: clerks and admins create and change envelopes of their regions; leaders and the finance
// bureau's reviewers read them. An envelope outside the caller's regions answers 404.

import { REGIONS, regionName } from '@rencai/policies';
import { formatYuan } from '@rencai/engine';
import { appendAudit, type BudgetExcess, type BudgetPayer, type Db, type DB, type Selectable, type Transaction } from '@rencai/store';
import { type Platform, type Caller, todayString, badInput, conflict, forbidden, notFound, visibleRegions, isUniqueViolation, type FieldError } from '../shared/index.js';
import { envelopeTotals, envelopeKeyOf, PAYER_LABELS, type EnvelopeKey } from '../ledger/index.js';
import { displayNames } from '../accounts/index.js';

type Trx = Transaction<DB>;
type BudgetRow = Selectable<DB['budgets']>;

export const BUDGET_PAYERS: readonly BudgetPayer[] = ['city_finance', 'district_finance', 'shared', 'employer_unit'];

/** Who may see budget envelopes: the talent office, leaders, administrators and the finance department's reviewers. */
export function mayReadBudgets(c: Caller): boolean {
  return c.role === 'clerk' || c.role === 'admin' || c.role === 'leader' || (c.role === 'reviewer' && c.department === 'finance');
}
function requireWriter(c: Caller): void {
  if (c.role !== 'clerk' && c.role !== 'admin') throw forbidden('只有人才办经办人员或系统管理员可以设置预算额度');
}

export interface BudgetView {
  id: number;
  fund: string;
  payer: string;
  payerLabel: string;
  region: string;
  regionName: string;
  year: number;
  amountFen: number;
  source: string;
  version: number;
  committedFen: number;
  paidFen: number;
  refundedFen: number;
  /** Outstanding commitments (e.g. 房票 issued, not yet redeemed), part of committedFen. */
  reservedFen: number;
  remainingFen: number;
  updatedAt: string;
}

async function viewsOf(db: Db | Trx, rows: BudgetRow[], today: string): Promise<BudgetView[]> {
  const totals = await envelopeTotals(db, rows);
  const reserved = await commitmentTotals(db, rows, today);
  return rows.map((r) => {
    const t = totals.get(envelopeKeyOf(r))!;
    const reservedFen = reserved.get(envelopeKeyOf(r)) ?? 0;
    const committed = t.grantedFen - t.refundedFen + reservedFen;
    return {
      id: r.id,
      fund: r.fund,
      payer: r.payer,
      payerLabel: PAYER_LABELS[r.payer] ?? r.payer,
      region: r.region,
      regionName: regionName(r.region),
      year: r.year,
      amountFen: r.amount_fen,
      source: r.source,
      version: r.version,
      committedFen: committed,
      paidFen: t.paidFen - t.refundedFen,
      refundedFen: t.refundedFen,
      reservedFen,
      remainingFen: r.amount_fen - committed,
      updatedAt: r.updated_at.toISOString(),
    };
  });
}

const inScope = (db: Db | Trx, c: Caller) => {
  const regions = visibleRegions(c);
  return db.selectFrom('budgets').selectAll().where('region', 'in', regions.length ? regions : ['-']);
};

/** The envelopes the caller may see (optionally of one year or region), by fund, year, region and payer. */
export async function listBudgets(p: Platform, c: Caller, q: { year?: number; region?: string } = {}): Promise<{ budgets: BudgetView[]; payers: Array<{ code: string; label: string }>; regions: Array<{ code: string; name: string }> }> {
  if (!mayReadBudgets(c)) throw forbidden('无权查看预算额度');
  let base = inScope(p.db, c);
  if (q.year !== undefined) base = base.where('year', '=', q.year);
  if (q.region) base = base.where('region', '=', q.region);
  const rows = await base.orderBy('fund').orderBy('year', 'desc').orderBy('region').orderBy('payer').limit(1000).execute();
  const regions = visibleRegions(c);
  return {
    budgets: await viewsOf(p.db, rows, todayString(p)),
    payers: BUDGET_PAYERS.map((code) => ({ code, label: PAYER_LABELS[code]! })),
    regions: REGIONS.filter((r) => regions.includes(r.code)).map((r) => ({ code: r.code, name: r.name })),
  };
}

/** One envelope with every version of it (who changed what, when and why). */
export async function getBudget(p: Platform, c: Caller, id: number) {
  if (!mayReadBudgets(c)) throw forbidden('无权查看预算额度');
  const row = await inScope(p.db, c).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('该预算额度（或无权查看）');
  const versions = await p.db.selectFrom('budget_versions').selectAll().where('budget_id', '=', id).orderBy('version', 'desc').execute();
  const names = await displayNames(p.db, versions.map((v) => v.changed_by));
  return {
    ...(await viewsOf(p.db, [row], todayString(p)))[0]!,
    versions: versions.map((v) => ({ version: v.version, fund: v.fund, amountFen: v.amount_fen, source: v.source, reason: v.reason, changedByName: v.changed_by === null ? null : (names.get(v.changed_by) ?? null), changedAt: v.changed_at.toISOString() })),
  };
}

interface BudgetInput {
  fund: string;
  payer: BudgetPayer;
  region: string;
  year: number;
  amountFen: number;
  source: string;
  reason: string;
}

/** Checks an envelope's fields; on a change (`prev`) only those given are read, the rest kept. */
function readInput(c: Caller, body: Record<string, unknown>, prev?: BudgetRow): BudgetInput {
  const errors: FieldError[] = [];
  const has = (k: string) => !prev || body[k] !== undefined;
  const text = (k: string, min: number, max: number, what: string, fallback?: string): string => {
    if (!has(k)) return fallback!;
    const v = body[k];
    if (typeof v !== 'string' || v.trim().length < min || v.trim().length > max) errors.push({ path: k, message: `请填写${what}（${min}–${max} 个字）` });
    return typeof v === 'string' ? v.trim() : '';
  };
  const fund = text('fund', 2, 100, '资金名称，如“人才发展专项资金”', prev?.fund);
  const source = text('source', 2, 500, '依据的文件或批复', prev?.source);
  const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
  if (reason.length < 2) errors.push({ path: 'reason', message: prev ? '修改预算额度须写明理由' : '请写明设立理由，如“2021年度预算批复”' });
  let payer = prev?.payer as BudgetPayer;
  let region = prev?.region as string;
  let year = prev?.year as number;
  if (!prev) {
    if (!BUDGET_PAYERS.includes(body.payer as BudgetPayer)) errors.push({ path: 'payer', message: `资金承担方应为：${BUDGET_PAYERS.map((x) => PAYER_LABELS[x]).join('、')}` });
    else payer = body.payer as BudgetPayer;
    if (typeof body.region !== 'string' || !REGIONS.some((r) => r.code === body.region)) errors.push({ path: 'region', message: '请选择地区' });
    else if (!visibleRegions(c).includes(body.region)) errors.push({ path: 'region', message: `${regionName(body.region)}不在您的管辖范围内` });
    else region = body.region;
    if (!Number.isInteger(body.year) || (body.year as number) < 2000 || (body.year as number) > 2100) errors.push({ path: 'year', message: '预算年度应为 2000–2100 之间的整数' });
    else year = body.year as number;
  } else {
    for (const k of ['payer', 'region', 'year']) if (body[k] !== undefined && body[k] !== (prev as unknown as Record<string, unknown>)[k]) errors.push({ path: k, message: '资金承担方、地区和年度设立后不能修改（请另设一个预算额度）' });
  }
  let amountFen = prev?.amount_fen as number;
  if (has('amountFen')) {
    if (!Number.isSafeInteger(body.amountFen) || (body.amountFen as number) < 0) errors.push({ path: 'amountFen', message: '预算金额应为非负整数（分）' });
    else amountFen = body.amountFen as number;
  }
  if (errors.length) throw badInput(errors);
  return { fund, payer, region, year, amountFen, source, reason };
}

async function writeVersion(trx: Trx, row: BudgetRow, reason: string, c: Caller): Promise<void> {
  await trx.insertInto('budget_versions').values({ budget_id: row.id, version: row.version, fund: row.fund, payer: row.payer, region: row.region, year: row.year, amount_fen: row.amount_fen, source: row.source, reason, changed_by: c.userId }).execute();
}

/** Sets up an envelope (version 1, with its reason); a second one for the same payer, region and year is a 409. */
export async function createBudget(p: Platform, c: Caller, body: Record<string, unknown>) {
  requireWriter(c);
  const x = readInput(c, body);
  const id = await p.db.transaction().execute(async (trx) => {
    let row: BudgetRow;
    try {
      row = await trx.insertInto('budgets').values({ fund: x.fund, payer: x.payer, region: x.region, year: x.year, amount_fen: x.amountFen, source: x.source, created_by: c.userId, updated_by: c.userId }).returningAll().executeTakeFirstOrThrow();
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(`${regionName(x.region)} ${x.year} 年度「${PAYER_LABELS[x.payer]}」已设有预算额度，请修改原额度`);
      throw e;
    }
    await writeVersion(trx, row, x.reason, c);
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'budget.create', entity: 'budget', entityId: row.id, region: row.region, detail: { fund: row.fund, payer: row.payer, year: row.year, amountFen: row.amount_fen, source: row.source, reason: x.reason } });
    return row.id;
  });
  return getBudget(p, c, id);
}

/**
 * Changes an envelope's fund name, amount or source: a new version with its reason. `version`, when
 * given, must be the one the caller read (409 otherwise: changed by someone else meanwhile).
 */
export async function changeBudget(p: Platform, c: Caller, id: number, body: Record<string, unknown>) {
  requireWriter(c);
  await p.db.transaction().execute(async (trx) => {
    const prev = await inScope(trx, c).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!prev) throw notFound('该预算额度（或无权查看）');
    if (body.version !== undefined && body.version !== prev.version) throw conflict('该预算额度已被他人修改，请刷新后再改');
    const x = readInput(c, body, prev);
    if (x.fund === prev.fund && x.amountFen === prev.amount_fen && x.source === prev.source) throw badInput([{ path: 'amountFen', message: '没有要修改的内容' }]);
    const row = await trx.updateTable('budgets').set({ fund: x.fund, amount_fen: x.amountFen, source: x.source, version: prev.version + 1, updated_by: c.userId, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await writeVersion(trx, row, x.reason, c);
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'budget.change', entity: 'budget', entityId: id, region: row.region, detail: { version: row.version, from: { fund: prev.fund, amountFen: prev.amount_fen, source: prev.source }, to: { fund: row.fund, amountFen: row.amount_fen, source: row.source }, reason: x.reason } });
  });
  return getBudget(p, c, id);
}

/** A grant as the envelope check reads it. */
export interface GrantLine {
  payer: string;
  region: string;
  dueOn: string | null;
  year: number | null;
  amountFen: number;
}

const yearOfLine = (g: GrantLine): number | null => (g.dueOn ? Number(g.dueOn.slice(0, 4)) : g.year);

/**
 * The envelopes the given grants — already booked in this transaction — push past their amount.
 * Locks each envelope they fall under (in key order, so two checks never wait on each other in a
 * circle) and reads the committed sum after the lock: a concurrent approval that booked against
 * the same envelope and committed first is counted.
 */
export async function envelopeExcess(trx: Trx, grants: GrantLine[], today: string): Promise<BudgetExcess[]> {
  const mine = new Map<string, { key: EnvelopeKey; fen: number }>();
  for (const g of grants) {
    const year = yearOfLine(g);
    if (year === null || g.amountFen <= 0) continue;
    const key = { payer: g.payer, region: g.region, year };
    const k = envelopeKeyOf(key);
    const m = mine.get(k) ?? { key, fen: 0 };
    m.fen += g.amountFen;
    mine.set(k, m);
  }
  const out: BudgetExcess[] = [];
  for (const k of [...mine.keys()].sort()) {
    const { key, fen } = mine.get(k)!;
    const env = await trx.selectFrom('budgets').selectAll().where('payer', '=', key.payer as BudgetPayer).where('region', '=', key.region).where('year', '=', key.year).forUpdate().executeTakeFirst();
    if (!env) continue;
    const t = (await envelopeTotals(trx, [key])).get(k)!;
    const committed = t.grantedFen - t.refundedFen + ((await commitmentTotals(trx, [key], today)).get(k) ?? 0);
    if (committed > env.amount_fen) out.push({ budgetId: env.id, fund: env.fund, payer: env.payer, region: env.region, year: env.year, amountFen: env.amount_fen, committedFen: committed - fen, thisFen: fen, overFen: committed - env.amount_fen });
  }
  return out;
}

// ---------------------------------------------------------------- commitments

/** Money approved but not yet a ledger grant: what made it (source, ref), its envelope key, its last day. */
export interface CommitmentLine {
  source: string;
  ref: string;
  payer: BudgetPayer;
  region: string;
  year: number;
  amountFen: number;
  /** The last day it counts (a voucher's validity); null: until released. */
  expiresOn: string | null;
}

/** The outstanding commitments under each key on `today` (not released, not past their last day). */
async function commitmentTotals(db: Db | Trx, keys: EnvelopeKey[], today: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (!keys.length) return out;
  const rows = await db
    .selectFrom('budget_commitments')
    .select(['payer', 'region', 'year', (eb) => eb.fn.sum<number>('amount_fen').as('fen')])
    .where('released_at', 'is', null)
    .where((eb) => eb.or([eb('expires_on', 'is', null), eb('expires_on', '>=', today)]))
    .where('payer', 'in', [...new Set(keys.map((k) => k.payer as BudgetPayer))])
    .where('region', 'in', [...new Set(keys.map((k) => k.region))])
    .where('year', 'in', [...new Set(keys.map((k) => k.year))])
    .groupBy(['payer', 'region', 'year'])
    .execute();
  for (const r of rows) out.set(envelopeKeyOf(r), Number(r.fen));
  return out;
}

/**
 * The envelope a commitment would push past its amount, if any (empty: within it, or no envelope).
 * Locks the envelope (select … for update) so that the check and the commitment recorded after it
 * in the same transaction serialise with approvals and other commitments against that envelope.
 */
export async function commitmentExcess(trx: Trx, line: CommitmentLine, today: string): Promise<BudgetExcess[]> {
  const key = { payer: line.payer, region: line.region, year: line.year };
  const env = await trx.selectFrom('budgets').selectAll().where('payer', '=', line.payer).where('region', '=', line.region).where('year', '=', line.year).forUpdate().executeTakeFirst();
  if (!env) return [];
  const t = (await envelopeTotals(trx, [key])).get(envelopeKeyOf(key))!;
  const before = t.grantedFen - t.refundedFen + ((await commitmentTotals(trx, [key], today)).get(envelopeKeyOf(key)) ?? 0);
  const after = before + line.amountFen;
  return after > env.amount_fen ? [{ budgetId: env.id, fund: env.fund, payer: env.payer, region: env.region, year: env.year, amountFen: env.amount_fen, committedFen: before, thisFen: line.amountFen, overFen: after - env.amount_fen }] : [];
}

/** Records a commitment (in the caller's transaction, after `commitmentExcess`); `overrideReason`: the second approver's, when it goes beyond. */
export async function recordCommitment(trx: Trx, c: Caller, line: CommitmentLine, overrideReason?: string): Promise<void> {
  await trx
    .insertInto('budget_commitments')
    .values({ source: line.source, ref: line.ref, payer: line.payer, region: line.region, year: line.year, amount_fen: line.amountFen, expires_on: line.expiresOn, override_reason: overrideReason ?? null, created_by: c.userId })
    .execute();
}

/** Releases a commitment (redeemed — its ledger grant now counts —, cancelled, …) with why; nothing when none is outstanding. */
export async function releaseCommitment(trx: Trx, source: string, ref: string, reason: string): Promise<void> {
  await trx.updateTable('budget_commitments').set({ released_at: new Date(), release_reason: reason }).where('source', '=', source).where('ref', '=', ref).where('released_at', 'is', null).execute();
}

/** An excess in words, for events and messages: 超出预算额度（资金、地区、年度：额度、已承诺、本次、超出）. */
export function excessWords(x: BudgetExcess): string {
  const y = formatYuan;
  return `${x.fund}（${regionName(x.region)} ${x.year} 年度，${PAYER_LABELS[x.payer] ?? x.payer}）：额度 ${y(x.amountFen)}，已承诺 ${y(x.committedFen)}，本次 ${y(x.thisFen)}，超出 ${y(x.overFen)}`;
}

/** The envelopes (with their figures) of some regions and a year — for the decision screen and the simulation. */
export async function envelopesOf(db: Db, regions: string[], year: number, today: string): Promise<BudgetView[]> {
  if (!regions.length) return [];
  const rows = await db.selectFrom('budgets').selectAll().where('region', 'in', regions).where('year', '=', year).orderBy('region').orderBy('payer').execute();
  return viewsOf(db, rows, today);
}

/** The envelopes a caller may read for an application's region and year (an empty list: 未设预算额度). */
export async function envelopesFor(p: Platform, c: Caller, region: string, year: number): Promise<BudgetView[]> {
  if (!mayReadBudgets(c) || !visibleRegions(c).includes(region)) return [];
  return envelopesOf(p.db, [region], year, todayString(p));
}

/** A simulation's totals as the comparison reads them (its years, and lines by year and by county). */
interface SimulatedCost {
  years: { from: number; to: number };
  byYear: Array<{ key: string; baselineFen: number; reformFen?: number }>;
  byCounty: Array<{ key: string; baselineFen: number; reformFen?: number }>;
}

/**
 * The budget simulation next to the envelopes: for each year of the span that has envelopes in the
 * caller's regions, the whole simulated cost (baseline and reform) against the envelopes' sum — only
 * for a caller who sees the whole city, since the simulation's yearly lines are city-wide; and, when
 * the span is one year, each region's simulated cost against its own envelopes. The simulation runs
 * on a synthetic population (合成数据), so this shows scale, not a forecast.
 */
export async function budgetComparison(p: Platform, c: Caller, sim: SimulatedCost) {
  if (!mayReadBudgets(c)) return [];
  const regions = visibleRegions(c);
  const wholeCity = REGIONS.filter((r) => r.city === 'quzhou').every((r) => regions.includes(r.code));
  const out: Array<{ year: number; region: string | null; regionName: string; funds: string[]; envelopeFen: number; committedFen: number; baselineFen: number; reformFen?: number }> = [];
  for (let year = sim.years.from; year <= sim.years.to; year++) {
    const envs = await envelopesOf(p.db, regions, year, todayString(p));
    if (!envs.length) continue;
    const sum = (xs: BudgetView[], f: (x: BudgetView) => number) => xs.reduce((s, x) => s + f(x), 0);
    const line = sim.byYear.find((l) => l.key === String(year));
    if (wholeCity) out.push({ year, region: null, regionName: '全市合计', funds: [...new Set(envs.map((e) => e.fund))], envelopeFen: sum(envs, (e) => e.amountFen), committedFen: sum(envs, (e) => e.committedFen), baselineFen: line?.baselineFen ?? 0, ...(line?.reformFen !== undefined ? { reformFen: line.reformFen } : {}) });
    if (sim.years.from !== sim.years.to) continue;
    for (const region of [...new Set(envs.map((e) => e.region))]) {
      const mine = envs.filter((e) => e.region === region);
      const county = sim.byCounty.find((l) => l.key === region);
      out.push({ year, region, regionName: regionName(region), funds: [...new Set(mine.map((e) => e.fund))], envelopeFen: sum(mine, (e) => e.amountFen), committedFen: sum(mine, (e) => e.committedFen), baselineFen: county?.baselineFen ?? 0, ...(county?.reformFen !== undefined ? { reformFen: county.reformFen } : {}) });
    }
  }
  return out;
}
