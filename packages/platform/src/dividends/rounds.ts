// Yearly dividend rounds of 天台's 和盈 shareholding (seed 003: “选定其中 9户为持股对象，年底每户获得 1000
// 元分红”; “低收入农户每年每户收益 500-1000元”): a round names the year, the platform company, the amount
// per share or per household and the day paid — one round per year. Paying it books each filed
// household's dividend in the ledger (grant and payment, payer the platform company) exactly once per
// household and year: the unique (household, year) of dividend_payouts and of the ledger's payments
// refuse a second, with a Chinese message naming the household; the same request key answers with the
// same run. A round shows its total and its figures per village.

import { appendAudit, type DividendBasis, type DividendRoundsTable, type Selectable } from '@rencai/store';
import { badInput, conflict, isUniqueViolation, notFound, PlatformError, type Caller, type FieldError, type Platform, readDay } from '../shared/index.js';
import { recordHouseholdDividend } from '../ledger/index.js';
import { DIVIDEND_REGION, mustSeeDividends, townshipName, type HouseholdRow } from './households.js';

type RoundRow = Selectable<DividendRoundsTable>;

export const BASIS_LABELS: Record<DividendBasis, string> = { per_share: '按股（每股金额）', per_household: '按户（每户金额）' };

/** The rule the ledger lines carry, with the sentence of seed 003 they rest on. */
const RULE = 'tiantai.heying.dividend';
const BENEFIT = '和盈模式持股分红（低收入农户）';
const CLAUSE = '天台县“和盈模式”（种子文档 003）：“根据民政低收入在册名单，村干部调查核实，相关部门联审，乡镇确认公示，审定备案，精准圈定持股对象……年底每户获得 1000元分红。”';

export interface VillageFigure {
  villageCode: string;
  villageName: string;
  townshipName: string;
  households: number;
  shares: number;
  amountFen: number;
}

export interface RoundView {
  id: number;
  year: number;
  company: string;
  basis: DividendBasis;
  basisLabel: string;
  amountFen: number;
  paidOn: string;
  paidHouseholds: number;
  totalFen: number;
  /** Filed shareholding households not yet paid this year. */
  unpaidHouseholds: number;
  byVillage: VillageFigure[];
}

export interface PayRunView {
  runId: number;
  roundId: number;
  year: number;
  households: Array<{ householdId: number; headName: string; villageName: string; shares: number; amountFen: number }>;
  totalFen: number;
}

const amountOf = (round: Pick<RoundRow, 'basis' | 'amount_fen'>, shares: number): number => (round.basis === 'per_share' ? round.amount_fen * shares : round.amount_fen);

async function loadRound(p: Platform, c: Caller, id: unknown): Promise<RoundRow> {
  const regions = mustSeeDividends(c);
  const n = typeof id === 'number' ? id : typeof id === 'string' && /^[1-9][0-9]{0,14}$/.test(id) ? Number(id) : NaN;
  const row = Number.isSafeInteger(n) && n > 0 ? await p.db.selectFrom('dividend_rounds').selectAll().where('id', '=', n).where('region', 'in', regions).executeTakeFirst() : undefined;
  if (!row) throw notFound('该分红轮次');
  return row;
}

async function roundViews(p: Platform, rounds: RoundRow[]): Promise<RoundView[]> {
  if (!rounds.length) return [];
  const payouts = await p.db
    .selectFrom('dividend_payouts as d')
    .innerJoin('dividend_households as h', 'h.id', 'd.household_id')
    .select(['d.round_id', 'd.shares', 'd.amount_fen', 'h.village_code', 'h.village_name', 'h.township_code'])
    .where('d.round_id', 'in', rounds.map((r) => r.id))
    .execute();
  const filed = await p.db.selectFrom('dividend_households').select('id').where('region', '=', DIVIDEND_REGION).where('state', '=', 'filed').execute();
  const paidByYear = await p.db.selectFrom('dividend_payouts').select(['household_id', 'year']).where('year', 'in', rounds.map((r) => r.year)).execute();
  return rounds.map((r) => {
    const mine = payouts.filter((x) => x.round_id === r.id);
    const villages = new Map<string, VillageFigure>();
    for (const x of mine) {
      const v = villages.get(x.village_code) ?? { villageCode: x.village_code, villageName: x.village_name, townshipName: townshipName(x.township_code), households: 0, shares: 0, amountFen: 0 };
      v.households += 1;
      v.shares += x.shares;
      v.amountFen += Number(x.amount_fen);
      villages.set(x.village_code, v);
    }
    const paid = new Set(paidByYear.filter((x) => x.year === r.year).map((x) => x.household_id));
    return {
      id: r.id,
      year: r.year,
      company: r.company,
      basis: r.basis,
      basisLabel: BASIS_LABELS[r.basis],
      amountFen: Number(r.amount_fen),
      paidOn: r.paid_on,
      paidHouseholds: mine.length,
      totalFen: mine.reduce((s, x) => s + Number(x.amount_fen), 0),
      unpaidHouseholds: filed.filter((h) => !paid.has(h.id)).length,
      byVillage: [...villages.values()].sort((a, b) => a.villageCode.localeCompare(b.villageCode)),
    };
  });
}

export async function listRounds(p: Platform, c: Caller): Promise<RoundView[]> {
  const regions = mustSeeDividends(c);
  return roundViews(p, await p.db.selectFrom('dividend_rounds').selectAll().where('region', 'in', regions).orderBy('year', 'desc').execute());
}

export async function getRound(p: Platform, c: Caller, id: unknown): Promise<RoundView> {
  return (await roundViews(p, [await loadRound(p, c, id)]))[0]!;
}

/** Sets up a year's round: year, company, basis (per share or per household), amount in fen, day paid. One round per year. */
export async function createRound(p: Platform, c: Caller, input: unknown): Promise<RoundView> {
  mustSeeDividends(c);
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const year = Number.isInteger(i.year) ? (i.year as number) : typeof i.year === 'string' && /^[0-9]{4}$/.test(i.year) ? Number(i.year) : NaN;
  if (!(year >= 2000 && year <= 2100)) errors.push({ path: 'year', message: '请填写分红年度（如 2026）' });
  const company = typeof i.company === 'string' ? i.company.trim() : '';
  if (company.length < 2 || company.length > 60) errors.push({ path: 'company', message: '请填写分红的持股平台公司名称（2–60 字）' });
  const basis = i.basis as DividendBasis;
  if (!(typeof i.basis === 'string' && i.basis in BASIS_LABELS)) errors.push({ path: 'basis', message: '分红方式只能是按股或按户' });
  const amount = i.amountFen;
  if (!Number.isSafeInteger(amount) || (amount as number) <= 0 || (amount as number) > 100_000_000) errors.push({ path: 'amountFen', message: '分红金额应为正整数（单位：分），每股或每户不超过 100 万元' });
  const paidOn = readDay(i.paidOn);
  if (!paidOn) errors.push({ path: 'paidOn', message: '请填写分红发放日期（年-月-日）' });
  else if (year >= 2000 && Number(paidOn.slice(0, 4)) !== year && Number(paidOn.slice(0, 4)) !== year + 1) errors.push({ path: 'paidOn', message: `发放日期应在 ${year} 年或次年（年底分红跨年发放）` });
  if (errors.length) throw badInput(errors);
  const yearTaken = (): PlatformError => new PlatformError(409, '该年度已设立分红', [{ path: 'year', message: `天台县 ${year} 年度的分红已设立：每户每年只分红一次` }]);
  const taken = await p.db.selectFrom('dividend_rounds').select('id').where('region', '=', DIVIDEND_REGION).where('year', '=', year).executeTakeFirst();
  if (taken) throw yearTaken();
  try {
    const id = await p.db.transaction().execute(async (trx) => {
      const r = await trx.insertInto('dividend_rounds').values({ region: DIVIDEND_REGION, year, company, basis, amount_fen: amount as number, paid_on: paidOn, created_by: c.userId }).returning('id').executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'dividend_round.create', entity: 'dividend_round', entityId: r.id, region: DIVIDEND_REGION, detail: { year, company, basis, amountFen: amount, paidOn } });
      return r.id;
    });
    return getRound(p, c, id);
  } catch (e) {
    if (isUniqueViolation(e)) throw yearTaken();
    throw e;
  }
}

const readKey = (v: unknown): string => {
  if (typeof v === 'string' && /^[A-Za-z0-9_.:-]{8,80}$/.test(v)) return v;
  throw badInput([{ path: 'idempotencyKey', message: '请求编号（Idempotency-Key）应为 8–80 位字母、数字或 _.:-，重发同一请求时不变' }]);
};

async function runView(p: Platform, runId: number): Promise<PayRunView> {
  const run = await p.db.selectFrom('dividend_pay_runs as r').innerJoin('dividend_rounds as d', 'd.id', 'r.round_id').select(['r.id', 'r.round_id', 'd.year']).where('r.id', '=', runId).executeTakeFirstOrThrow();
  const lines = await p.db
    .selectFrom('dividend_payouts as d')
    .innerJoin('dividend_households as h', 'h.id', 'd.household_id')
    .select(['d.household_id', 'h.head_name_masked', 'h.village_name', 'd.shares', 'd.amount_fen'])
    .where('d.run_id', '=', runId)
    .orderBy('d.id')
    .execute();
  const households = lines.map((l) => ({ householdId: l.household_id, headName: l.head_name_masked, villageName: l.village_name, shares: l.shares, amountFen: Number(l.amount_fen) }));
  return { runId: run.id, roundId: run.round_id, year: run.year, households, totalFen: households.reduce((s, h) => s + h.amountFen, 0) };
}

const already = (h: Pick<HouseholdRow, 'head_name_masked' | 'village_name'>, year: number): FieldError => ({ path: 'householdIds', message: `${h.head_name_masked}户（${h.village_name}）${year} 年度的分红已发放：每户每年只发放一次，不能重复发放` });

/**
 * Pays a round: to the households named (householdIds), or to every filed shareholding household
 * not yet paid this year. Each dividend is booked in the ledger (grant and payment) once per
 * household and year; a household already paid is refused by name (409); the same request key
 * answers with the run it made.
 */
export async function payRound(p: Platform, c: Caller, id: unknown, input: unknown, requestKey: unknown): Promise<PayRunView> {
  const round = await loadRound(p, c, id);
  const key = readKey(requestKey);
  const before = () => p.db.selectFrom('dividend_pay_runs').select('id').where('round_id', '=', round.id).where('request_key', '=', key).executeTakeFirst();
  const made = await before();
  if (made) return runView(p, made.id);
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const named = i.householdIds;
  if (named !== undefined && named !== null && (!Array.isArray(named) || !named.length || named.length > 5000 || named.some((x) => !Number.isSafeInteger(x) || (x as number) <= 0))) throw badInput([{ path: 'householdIds', message: '要发放的农户应为编号列表（不填则发放给全部未发放的持股对象）' }]);
  try {
    const runId = await p.db.transaction().execute(async (trx) => {
      let q = trx.selectFrom('dividend_households').selectAll().where('region', '=', round.region);
      if (Array.isArray(named)) q = q.where('id', 'in', named as number[]);
      else q = q.where('state', '=', 'filed');
      const households = await q.orderBy('village_code').orderBy('id').execute();
      const paid = new Set((await trx.selectFrom('dividend_payouts').select('household_id').where('year', '=', round.year).execute()).map((x) => x.household_id));
      const errors: FieldError[] = [];
      if (Array.isArray(named)) {
        for (const n of named as number[]) {
          const h = households.find((x) => x.id === n);
          if (!h) errors.push({ path: 'householdIds', message: `未找到编号为 ${n} 的低收入农户` });
          else if (h.state !== 'filed') errors.push({ path: 'householdIds', message: `${h.head_name_masked}户（${h.village_name}）尚未审定备案为持股对象，不能分红` });
          else if (h.filed_on! > round.paid_on) errors.push({ path: 'householdIds', message: `${h.head_name_masked}户（${h.village_name}）${h.filed_on} 才审定备案，晚于本次分红发放日期 ${round.paid_on}` });
        }
        if (errors.length) throw badInput(errors);
        const twice = households.filter((h) => paid.has(h.id));
        if (twice.length) throw new PlatformError(409, '重复分红', twice.map((h) => already(h, round.year)));
      }
      const due = households.filter((h) => !paid.has(h.id) && h.shares !== null && h.filed_on !== null && h.filed_on <= round.paid_on);
      if (!due.length) throw conflict(`${round.year} 年度的分红已发放到全部持股对象，没有可发放的农户`);
      const run = await trx.insertInto('dividend_pay_runs').values({ round_id: round.id, request_key: key, household_ids: due.map((h) => h.id), created_by: c.userId }).returning('id').executeTakeFirstOrThrow();
      for (const h of due) {
        const amountFen = amountOf(round, h.shares!);
        const ledgerId = await recordHouseholdDividend(trx, { householdId: h.id, region: h.region, year: round.year, paidOn: round.paid_on, amountFen, rule: RULE, benefit: `${BENEFIT}·${round.company}`, clause: CLAUSE, subjectKey: `${h.head_name_masked}户（${h.village_name}）`, actor: c });
        if (ledgerId === undefined) throw new PlatformError(409, '重复分红', [already(h, round.year)]);
        await trx.insertInto('dividend_payouts').values({ round_id: round.id, run_id: run.id, household_id: h.id, year: round.year, shares: h.shares!, amount_fen: amountFen, ledger_id: ledgerId }).execute();
      }
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'dividend_round.pay', entity: 'dividend_round', entityId: round.id, region: round.region, detail: { year: round.year, households: due.length, totalFen: due.reduce((s, h) => s + amountOf(round, h.shares!), 0) } });
      return run.id;
    });
    return runView(p, runId);
  } catch (e) {
    if (isUniqueViolation(e)) {
      const again = await before();
      if (again) return runView(p, again.id);
      throw conflict(`${round.year} 年度的分红已有农户在另一请求中发放（每户每年只发放一次），请刷新后再试`);
    }
    throw e;
  }
}
