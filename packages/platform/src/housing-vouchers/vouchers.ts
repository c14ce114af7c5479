// 椒江 人才房票 (talent housing vouchers, 《椒江区盯才“扩中” 大力培育“中收”后备军》（2021）二、（一）第四句).
//
// Issue: after the joint review of the matter jj_housing_voucher (人才办、住建局、财政局) agreed, a clerk
// approves it and the voucher is issued bound to the applicant, with the amount and validity the 联审
// set — the text gives neither: the amount is entered by the approver up to the local parameter
// local.housing_voucher.cap (example 40 万元; the first round averaged 852.2万 ÷ 29 ≈ 29.39 万元 each,
// cited as context only), the validity up to local.housing_voucher.valid_days (example 365 days). One
// voucher per application (and per issuing request), one not cancelled per person; messaged and audited.
//
// Redeem: a registered seller's verifier (a card partner of 椒江 with the service housing_voucher)
// redeems a voucher against a purchase contract (number, address, total price in fen, date) whose
// buyer is the holder: the buyer's full ID number is compared with the holder's through the registry's
// keyed hash (persons.id_hash) — the seller holds the contract and so the full number; the last four
// digits alone are not hashed anywhere. Exactly once: a guarded state change, one redemption per
// voucher, per verifier request (idempotency key: a resent request answers as the first did) and per
// seller contract number, all unique in the database.
//
// Ledger: the value enters the payment ledger when redeemed, in the same transaction — a grant of rule
// `voucher` (payer 区财政, region jiaojiang) through postGrants and its payment through insertPayment,
// the payment being to the seller on the talent's behalf (the seller and contract are recorded here,
// keyed by the grant's instalment key).
//
// Budget: an issued voucher is a commitment against the 椒江 envelope (区财政, jiaojiang, the year of
// issue) through the budgets module — checked under the envelope's lock before it is issued; an issue
// that would exceed the envelope is held (status held, the figures kept) until another clerk confirms
// it, with a reason when it still exceeds. Redemption releases the commitment in the transaction that
// books the grant (which then counts); cancellation releases it; expiry ends it on its last day.
//
// Sellers: registered by a 椒江 clerk or the administrator (name, USCC, kind, contact, the first
// verifier account, which must change its password at first sign-in), deactivated with a reason — a
// deactivated seller's verifiers can no longer redeem.

import { formatDay, isValidDateString, parseDay, type Entitlement } from '@rencai/engine';
import { checkPhone, maskPhone, parseIdCard, parseUscc } from '@rencai/domain';
import { loadPolicies } from '@rencai/policies';
import { appendAudit, type DB, type HousingSellerKind, type HousingSellersTable, type HousingVouchersTable, type Selectable, type Transaction } from '@rencai/store';
import {
  type Platform,
  type Caller,
  type FieldError,
  PlatformError,
  REDEEM_CODE,
  REQUEST_KEY,
  badInput,
  conflict,
  fieldError,
  forbidden,
  isUniqueViolation,
  maskRedeemCode,
  newRedeemCode,
  normaliseRedeemCode,
  notFound,
  todayString,
  visibleRegions,
  policyParam,
} from '../shared/index.js';
import { sendMessages } from '../messages/index.js';
import { personRow } from '../registry/index.js';
import { loadApplication } from '../applications/index.js';
import { approve } from '../decisions/index.js';
import { grantOf, insertPayment, postGrants } from '../ledger/index.js';
import { addCardPartner, maskName, partnerOfCaller } from '../cards/index.js';
import { commitmentExcess, excessWords, recordCommitment, releaseCommitment, type CommitmentLine } from '../budgets/index.js';
import { createUser, usernameTaken } from '../accounts/index.js';

export const HOUSING_VOUCHER_MATTER_CODE = 'jj_housing_voucher';
const SERVICE = 'housing_voucher';
const POLICY = 'jiaojiang-2021';
const REGION = 'jiaojiang';

type Row = Selectable<HousingVouchersTable>;

const param = (path: string, day: string): number => Number(policyParam(POLICY, path, parseDay(day)));

/** The cap on one voucher's amount (fen) and the longest validity (days) on `day`: local parameters (the text gives neither). */
export function housingVoucherLimits(day: string): { capFen: number; validDays: number } {
  return { capFen: param('local.housing_voucher.cap', day), validDays: param('local.housing_voucher.valid_days', day) };
}

const text = (v: unknown, min: number, max: number): string | undefined => {
  const s = typeof v === 'string' ? v.trim() : '';
  return s.length >= min && s.length <= max ? s : undefined;
};
const refuse = (status: 403 | 409 | 422, path: string, message: string) => new PlatformError(status, message, [{ path, message }]);
const requestKeyError = (path = 'requestKey'): FieldError => ({ path, message: '请求编号应为 8–80 位字母、数字、下划线或连字符（重发时不变）' });

// ---------------------------------------------------------------- sellers

export const SELLER_KINDS: Record<HousingSellerKind, string> = { developer: '房地产开发企业', agent: '房屋销售单位' };

export interface SellerView {
  code: string;
  name: string;
  kind: HousingSellerKind;
  kindText: string;
  uscc: string;
  contactName: string | null;
  /** Masked (139****1234). */
  contactPhone: string | null;
  active: boolean;
  deactivatedAt: string | null;
  deactivateReason: string | null;
  registeredAt: string;
}

type SellerRow = Selectable<HousingSellersTable>;
const sellerView = (r: SellerRow): SellerView => ({
  code: r.partner,
  name: r.name,
  kind: r.kind,
  kindText: SELLER_KINDS[r.kind],
  uscc: r.uscc,
  contactName: r.contact_name,
  contactPhone: r.contact_phone ? maskPhone(r.contact_phone) : null,
  active: r.deactivated_at === null,
  deactivatedAt: r.deactivated_at ? new Date(r.deactivated_at).toISOString() : null,
  deactivateReason: r.deactivate_reason,
  registeredAt: new Date(r.registered_at).toISOString(),
});

/** A 椒江 clerk of the talent office, or the administrator: who registers and deactivates sellers. */
function requireSellerAdmin(c: Caller): void {
  if (c.role === 'admin') return;
  if (c.role === 'clerk' && visibleRegions(c).includes(REGION)) return;
  throw forbidden('只有椒江区人才办经办人员或系统管理员可以登记售房单位');
}

export interface SellerInput {
  code?: unknown;
  name?: unknown;
  kind?: unknown;
  uscc?: unknown;
  contactName?: unknown;
  contactPhone?: unknown;
  verifier?: { username?: unknown; displayName?: unknown; password?: unknown } | null;
}

/**
 * A 椒江 clerk (or the administrator) registers a seller of 椒江: a partner organisation whose
 * verifiers redeem vouchers, with a contact and, optionally, its first verifier account (which must
 * change the password at first sign-in). Every field is checked before anything is written.
 */
export async function registerSeller(p: Platform, c: Caller, input: SellerInput): Promise<SellerView> {
  requireSellerAdmin(c);
  const errors: FieldError[] = [];
  if (typeof input.code !== 'string' || !/^[a-z][a-z0-9_]{1,39}$/.test(input.code)) errors.push({ path: 'code', message: '单位代码为 2–40 位小写字母、数字或下划线，以字母开头' });
  const name = text(input.name, 2, 100);
  if (!name) errors.push({ path: 'name', message: '请填写售房单位名称（2–100 个字）' });
  if (typeof input.kind !== 'string' || !Object.hasOwn(SELLER_KINDS, input.kind)) errors.push({ path: 'kind', message: '请选择单位类型：房地产开发企业或房屋销售单位' });
  const uscc = parseUscc(input.uscc);
  if (!uscc.ok) errors.push({ path: 'uscc', message: `统一社会信用代码有误：${uscc.reason}` });
  const contactName = input.contactName === undefined || input.contactName === null || input.contactName === '' ? null : text(input.contactName, 1, 50);
  if (contactName === undefined) errors.push({ path: 'contactName', message: '联系人姓名至多 50 个字' });
  const phone = input.contactPhone === undefined || input.contactPhone === null || input.contactPhone === '' ? null : checkPhone(input.contactPhone);
  if (phone && !phone.ok) errors.push({ path: 'contactPhone', message: `联系电话有误：${phone.reason}` });
  const v = input.verifier ?? null;
  if (v !== null && (typeof v !== 'object' || Array.isArray(v))) errors.push({ path: 'verifier', message: '核验员账号应为对象（用户名、姓名、初始密码）' });
  else if (v) {
    if (typeof v.username !== 'string' || !/^[A-Za-z0-9_.-]{2,32}$/.test(v.username)) errors.push({ path: 'verifier.username', message: '核验员用户名为 2–32 位字母、数字、下划线、点或连字符' });
    if (!text(v.displayName, 1, 50)) errors.push({ path: 'verifier.displayName', message: '请填写核验员姓名' });
    if (typeof v.password !== 'string' || v.password.length < 10 || v.password.length > 128) errors.push({ path: 'verifier.password', message: '核验员初始密码为 10–128 位（首次登录须修改）' });
  }
  if (errors.length) throw badInput(errors);
  const code = uscc.ok ? uscc.value : '';
  const taken = await p.db.selectFrom('housing_sellers').select('partner').where('uscc', '=', code).executeTakeFirst();
  if (taken) throw new PlatformError(409, `统一社会信用代码 ${code} 已登记为售房单位`, [{ path: 'uscc', message: '该统一社会信用代码已登记' }]);
  if (v && (await usernameTaken(p.db, v.username as string))) throw new PlatformError(409, `用户名「${String(v.username)}」已存在`, [{ path: 'verifier.username', message: '该用户名已存在' }]);
  // The partner record is the cards module's (its own transaction, audited as the system acting for the caller).
  const partner = await addCardPartner(p, null, { code: input.code, name, region: REGION, services: [SERVICE] });
  const row = await p.db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto('housing_sellers')
      .values({ partner: partner.code, name: partner.name, kind: input.kind as HousingSellerKind, uscc: code, contact_name: contactName ?? null, contact_phone: phone?.ok ? phone.value : null, registered_by: c.userId })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'housing_voucher.seller.register', entity: 'card_partner', entityId: partner.code, region: REGION, detail: { kind: r.kind, uscc: code, verifier: v ? v.username : null } });
    if (v) await createUser(p, { username: v.username as string, password: v.password as string, displayName: text(v.displayName, 1, 50)!, role: 'partner_verifier', region: REGION, department: partner.code }, c, { trx, mustChangePassword: true });
    return r;
  });
  return sellerView(row);
}

/** The registered sellers (staff of the office), active first. */
export async function listSellers(p: Platform, c: Caller): Promise<SellerView[]> {
  if (!(c.role === 'clerk' || c.role === 'leader' || c.role === 'admin')) throw forbidden('只有人才办工作人员可以查看售房单位');
  const rows = await p.db.selectFrom('housing_sellers').selectAll().orderBy('registered_at').execute();
  return rows.map(sellerView).sort((a, b) => Number(b.active) - Number(a.active));
}

/** Deactivates a seller with a reason: its verifiers can no longer redeem (vouchers already redeemed stay). */
export async function deactivateSeller(p: Platform, c: Caller, code: string, input: { reason?: unknown }): Promise<SellerView> {
  requireSellerAdmin(c);
  const reason = text(input.reason, 2, 200);
  if (!reason) throw fieldError('reason', '请写明停用理由（2–200 个字）');
  const row = await p.db.transaction().execute(async (trx) => {
    const r = await trx.updateTable('housing_sellers').set({ deactivated_at: new Date(), deactivated_by: c.userId, deactivate_reason: reason }).where('partner', '=', code).where('deactivated_at', 'is', null).returningAll().executeTakeFirst();
    if (!r) {
      const exists = await trx.selectFrom('housing_sellers').select('partner').where('partner', '=', code).executeTakeFirst();
      if (!exists) throw notFound('该售房单位');
      throw conflict('该售房单位已停用');
    }
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'housing_voucher.seller.deactivate', entity: 'card_partner', entityId: code, region: REGION, detail: { reason } });
    return r;
  });
  return sellerView(row);
}

async function sellerName(p: Platform, code: string): Promise<string | undefined> {
  return (await p.db.selectFrom('housing_sellers').select('name').where('partner', '=', code).executeTakeFirst())?.name;
}

// ---------------------------------------------------------------- vouchers

export type HousingVoucherStatus = 'held' | 'issued' | 'redeemed' | 'cancelled' | 'expired';
const STATUS_TEXT: Record<HousingVoucherStatus, string> = { held: '超出预算额度，待第二人复核', issued: '未使用', redeemed: '已核销', cancelled: '已作废', expired: '已过期' };

export interface HousingVoucherView {
  id: number;
  applicationId: number;
  personId: number;
  holderName: string;
  code: string;
  amountFen: number;
  validFrom: string;
  validTo: string;
  status: HousingVoucherStatus;
  statusText: string;
  issuedAt: string;
  /** The issuing clerk's account (a held voucher is confirmed by another). */
  issuedBy: number;
  cancelReason: string | null;
  /** A held voucher: the envelopes it would exceed, in words; a confirmed one beyond them: the second clerk's reason. */
  budgetExcess: string | null;
  overrideReason: string | null;
  redemption: { sellerName: string; contractNo: string; houseAddress: string; totalPriceFen: number; contractDate: string; redeemedAt: string } | null;
}

async function view(p: Platform, r: Row, opts: { fullCode: boolean }): Promise<HousingVoucherView> {
  const status: HousingVoucherStatus = r.status === 'issued' && r.valid_to < todayString(p) ? 'expired' : r.status;
  const person = await personRow(p.db, r.person_id);
  const red = r.status === 'redeemed' ? await p.db.selectFrom('housing_voucher_redemptions').selectAll().where('voucher_id', '=', r.id).executeTakeFirst() : undefined;
  return {
    id: r.id,
    applicationId: r.application_id,
    personId: r.person_id,
    holderName: maskName(person?.name ?? ''),
    code: opts.fullCode ? r.code : maskRedeemCode(r.code),
    amountFen: r.amount_fen,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    status,
    statusText: STATUS_TEXT[status],
    issuedAt: new Date(r.issued_at).toISOString(),
    issuedBy: r.issued_by,
    cancelReason: r.cancel_reason,
    budgetExcess: r.budget_excess?.length ? r.budget_excess.map(excessWords).join('；') : null,
    overrideReason: r.override_reason,
    redemption: red
      ? { sellerName: (await sellerName(p, red.partner)) ?? red.partner, contractNo: red.contract_no, houseAddress: red.house_address, totalPriceFen: red.total_price_fen, contractDate: red.contract_date, redeemedAt: new Date(red.redeemed_at).toISOString() }
      : null,
  };
}

const COMMITMENT_SOURCE = 'housing_voucher';

/** A voucher as a budget commitment: 区财政 of its region, the year it is issued, until its last day. */
const commitmentLine = (r: Pick<Row, 'id' | 'region' | 'amount_fen' | 'valid_from' | 'valid_to'>): CommitmentLine => ({
  source: COMMITMENT_SOURCE,
  ref: String(r.id),
  payer: 'district_finance',
  region: r.region,
  year: Number(r.valid_from.slice(0, 4)),
  amountFen: r.amount_fen,
  expiresOn: r.valid_to,
});

/** The issue itself, audited and told to the holder (at once, or when a held voucher is confirmed). */
async function issued(trx: Transaction<DB>, c: Caller, r: Row, overrideReason?: string): Promise<void> {
  await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: r.confirmed_by === null ? 'housing_voucher.issue' : 'housing_voucher.confirm', entity: 'housing_voucher', entityId: r.id, region: r.region, detail: { applicationId: r.application_id, personId: r.person_id, amountFen: r.amount_fen, validTo: r.valid_to, ...(overrideReason ? { overrideReason } : {}) } });
  await sendMessages(trx, [{ personId: r.person_id, applicationId: r.application_id, text: `您的椒江人才房票联审已通过：房票面额 ${(r.amount_fen / 100).toFixed(2)} 元，有效期至 ${r.valid_to}。请在“我的房票”中查看券码，在登记的售房单位购房时出示使用。` }]);
}

/**
 * A clerk approves a reviewed 房票联审 application and issues its voucher: `amountFen` as the 联审 set it
 * (up to the cap), `validTo` (default and longest: the local validity from today). The same request
 * key, or a second call for the same application, answers with the voucher already issued. One that
 * would exceed the 椒江 budget envelope is held (status held) for a second clerk (`confirmHousingVoucher`).
 */
export async function issueHousingVoucher(p: Platform, c: Caller, applicationId: number, input: { amountFen?: unknown; validTo?: unknown; requestKey?: unknown }): Promise<HousingVoucherView> {
  if (c.role !== 'clerk') throw forbidden('只有人才办经办人员可以核准并发放房票');
  const app = await loadApplication(p, c, applicationId);
  if (app.matter !== HOUSING_VOUCHER_MATTER_CODE) throw fieldError('applicationId', '该申报件不是椒江人才房票联审事项');
  const today = todayString(p);
  const { capFen, validDays } = housingVoucherLimits(today);
  const lastDay = formatDay(p.today() + validDays - 1);
  const errors: FieldError[] = [];
  if (!Number.isSafeInteger(input.amountFen) || (input.amountFen as number) <= 0 || (input.amountFen as number) > capFen) errors.push({ path: 'amountFen', message: `房票面额应为正整数（分），不超过 ${capFen / 100 / 10000} 万元（本地参数，原文未规定金额）` });
  const validTo = input.validTo === undefined || input.validTo === null || input.validTo === '' ? lastDay : input.validTo;
  if (typeof validTo !== 'string' || !isValidDateString(validTo)) errors.push({ path: 'validTo', message: '有效期至应为 YYYY-MM-DD' });
  else if (validTo < today || validTo > lastDay) errors.push({ path: 'validTo', message: `有效期至应在 ${today} 至 ${lastDay} 之间（自发放日起最长 ${validDays} 天，本地参数）` });
  if (typeof input.requestKey !== 'string' || !REQUEST_KEY.test(input.requestKey)) errors.push(requestKeyError());
  if (errors.length) throw badInput(errors);
  const key = input.requestKey as string;
  const earlier = () => p.db.selectFrom('housing_vouchers').selectAll().where((eb) => eb.or([eb('application_id', '=', app.id), eb.and([eb('issued_by', '=', c.userId), eb('issue_key', '=', key)])])).execute();
  const seen = await earlier();
  if (seen.length) {
    const mine = seen.find((r) => r.application_id === app.id);
    if (!mine) throw refuse(409, 'requestKey', '该请求编号已用于另一张房票');
    return view(p, mine, { fullCode: false });
  }
  const holding = await p.db.selectFrom('housing_vouchers').select(['id', 'application_id']).where('person_id', '=', app.person_id!).where('status', '<>', 'cancelled').executeTakeFirst();
  if (holding) throw refuse(409, 'applicationId', `该人才已持有房票（申报件 #${holding.application_id}），不能重复享受；如原房票已过期，请先作废`);
  if (app.state === 'reviewing') await approve(p, c, app.id, {});
  else if (app.state !== 'approved') throw conflict(`该申报件当前状态不能发放房票（应先受理并经人才办、住建局、财政局联审同意）`);
  try {
    const row = await p.db.transaction().execute(async (trx) => {
      // The commitment against the 椒江 envelope, checked under its lock: beyond it, the voucher is held for a second clerk.
      const excess = await commitmentExcess(trx, commitmentLine({ id: 0, region: app.region, amount_fen: input.amountFen as number, valid_from: today, valid_to: validTo as string }), today);
      const r = await trx
        .insertInto('housing_vouchers')
        .values({ application_id: app.id, person_id: app.person_id!, region: app.region, code: newRedeemCode(), amount_fen: input.amountFen as number, valid_from: today, valid_to: validTo as string, issued_by: c.userId, issue_key: key, status: excess.length ? 'held' : 'issued', budget_excess: excess.length ? JSON.stringify(excess) : null })
        .returningAll()
        .executeTakeFirstOrThrow();
      if (excess.length) {
        await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'housing_voucher.budget_flag', entity: 'housing_voucher', entityId: r.id, region: r.region, detail: { applicationId: app.id, amountFen: r.amount_fen, excess } });
        return r;
      }
      await recordCommitment(trx, c, commitmentLine(r));
      await issued(trx, c, r);
      return r;
    });
    return view(p, row, { fullCode: false });
  } catch (e) {
    if (isUniqueViolation(e)) {
      const again = (await earlier()).find((r) => r.application_id === app.id);
      if (again) return view(p, again, { fullCode: false });
      throw refuse(409, 'applicationId', '该人才已持有房票，不能重复享受');
    }
    throw e;
  }
}

/**
 * Another clerk (or a leader) confirms a voucher held because it would exceed the budget envelope:
 * checked again under the envelope's lock — when it still exceeds, only with a reason (kept on the
 * voucher, its commitment and the audit log); the holder is told only now.
 */
export async function confirmHousingVoucher(p: Platform, c: Caller, id: number, input: { reason?: unknown }): Promise<HousingVoucherView> {
  if (!(c.role === 'clerk' || c.role === 'leader')) throw forbidden('只有人才办经办人员或领导可以复核房票');
  const today = todayString(p);
  const row = await p.db.transaction().execute(async (trx) => {
    const v = await trx.selectFrom('housing_vouchers').selectAll().where('id', '=', Number.isSafeInteger(id) ? id : -1).forUpdate().executeTakeFirst();
    if (!v || !visibleRegions(c).includes(v.region)) throw notFound('该房票（或无权查看）');
    if (v.status !== 'held') throw conflict('该房票没有待复核的预算超额');
    if (v.issued_by === c.userId) throw forbidden('超出预算额度的房票须由另一人复核');
    const excess = await commitmentExcess(trx, commitmentLine(v), today);
    const reason = text(input.reason, 4, 200);
    if (excess.length && !reason) throw fieldError('reason', `超出预算额度：${excess.map(excessWords).join('；')}。超额发放须写明理由（4–200 个字）`);
    const r = await trx
      .updateTable('housing_vouchers')
      .set({ status: 'issued', confirmed_by: c.userId, override_reason: excess.length ? reason! : null, budget_excess: excess.length ? JSON.stringify(excess) : null })
      .where('id', '=', v.id)
      .where('status', '=', 'held')
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordCommitment(trx, c, commitmentLine(r), excess.length ? reason : undefined);
    await issued(trx, c, r, excess.length ? reason : undefined);
    return r;
  });
  return view(p, row, { fullCode: false });
}

/** The talent's own vouchers with their codes, newest first. */
export async function myHousingVouchers(p: Platform, c: Caller): Promise<HousingVoucherView[]> {
  if (c.role !== 'talent' || !c.personId) throw forbidden('只有人才本人可以查看自己的房票');
  const rows = await p.db.selectFrom('housing_vouchers').selectAll().where('person_id', '=', c.personId).where('status', '<>', 'held').orderBy('id', 'desc').limit(50).execute();
  return Promise.all(rows.map((r) => view(p, r, { fullCode: true })));
}

const isOfficeStaff = (c: Caller) => c.role === 'clerk' || c.role === 'leader' || c.role === 'admin';

/** The vouchers of the caller's regions, newest first; codes masked (only the holder sees theirs). */
export async function listHousingVouchers(p: Platform, c: Caller): Promise<HousingVoucherView[]> {
  if (!isOfficeStaff(c)) throw forbidden('只有人才办工作人员可以查看房票');
  const regions = visibleRegions(c);
  const rows = await p.db.selectFrom('housing_vouchers').selectAll().where('region', 'in', regions.length ? regions : ['-']).orderBy('id', 'desc').limit(500).execute();
  return Promise.all(rows.map((r) => view(p, r, { fullCode: false })));
}

/** A clerk cancels a voucher not yet redeemed (or one held), with a reason; its commitment is released; the holder is told. */
export async function cancelHousingVoucher(p: Platform, c: Caller, id: number, input: { reason?: unknown }): Promise<HousingVoucherView> {
  if (c.role !== 'clerk') throw forbidden('只有人才办经办人员可以作废房票');
  const row = await p.db.selectFrom('housing_vouchers').selectAll().where('id', '=', Number.isSafeInteger(id) ? id : -1).executeTakeFirst();
  if (!row || !visibleRegions(c).includes(row.region)) throw notFound('该房票（或无权查看）');
  const reason = text(input.reason, 2, 200);
  if (!reason) throw fieldError('reason', '请写明作废理由（2–200 个字）');
  const done = await p.db.transaction().execute(async (trx) => {
    const r = await trx.updateTable('housing_vouchers').set({ status: 'cancelled', cancelled_by: c.userId, cancelled_at: new Date(), cancel_reason: reason }).where('id', '=', row.id).where('status', 'in', ['issued', 'held']).returningAll().executeTakeFirst();
    if (!r) throw conflict(row.status === 'redeemed' ? '该房票已核销，不能作废' : '该房票已作废');
    await releaseCommitment(trx, COMMITMENT_SOURCE, String(row.id), `作废：${reason}`);
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'housing_voucher.cancel', entity: 'housing_voucher', entityId: row.id, region: row.region, detail: { reason } });
    if (row.status === 'issued') await sendMessages(trx, [{ personId: row.person_id, applicationId: row.application_id, text: `您的椒江人才房票已作废。理由：${reason}` }]);
    return r;
  });
  return view(p, done, { fullCode: false });
}

// ---------------------------------------------------------------- redemption

export interface HousingRedemptionInput {
  code?: unknown;
  requestKey?: unknown;
  buyerIdNumber?: unknown;
  contractNo?: unknown;
  houseAddress?: unknown;
  totalPriceFen?: unknown;
  contractDate?: unknown;
}

export interface HousingRedemptionAnswer {
  voucherId: number;
  holderName: string;
  amountFen: number;
  contractNo: string;
  redeemedAt: string;
  statusText: string;
}

/** The seller of the calling verifier (a registered seller of the voucher service). */
async function sellerOfCaller(p: Platform, c: Caller) {
  if (c.role !== 'partner_verifier') throw forbidden('只有售房单位核验员可以核销房票');
  const partner = await partnerOfCaller(p, c);
  const seller = await p.db.selectFrom('housing_sellers').selectAll().where('partner', '=', partner.code).executeTakeFirst();
  if (!seller || !(partner.services as string[]).includes(SERVICE)) throw forbidden('本单位不是登记的售房单位，不能核销房票');
  if (seller.deactivated_at) throw forbidden(`本单位已停用房票核销（${seller.deactivate_reason ?? ''}），请联系椒江区人才办`);
  return { ...partner, kind: seller.kind };
}

/** The calling seller's own organisation (for its phone page). */
export async function mySeller(p: Platform, c: Caller): Promise<{ code: string; name: string; kindText: string; region: string }> {
  const s = await sellerOfCaller(p, c);
  return { code: s.code, name: s.name, kindText: SELLER_KINDS[s.kind], region: s.region };
}


/**
 * A seller's verifier redeems a voucher against a purchase contract, exactly once: the same request
 * (its key) sent again answers as the first time; every other attempt on a used voucher is refused.
 * The grant and its payment enter the ledger in the same transaction.
 */
export async function redeemHousingVoucher(p: Platform, c: Caller, input: HousingRedemptionInput): Promise<HousingRedemptionAnswer> {
  const seller = await sellerOfCaller(p, c);
  const today = todayString(p);
  const code = normaliseRedeemCode(input.code);
  const errors: FieldError[] = [];
  if (!REDEEM_CODE.test(code)) errors.push({ path: 'code', message: '房票券码应为 12 位字母或数字' });
  if (typeof input.requestKey !== 'string' || !REQUEST_KEY.test(input.requestKey)) errors.push(requestKeyError());
  const buyer = parseIdCard(typeof input.buyerIdNumber === 'string' ? input.buyerIdNumber.trim().toUpperCase() : input.buyerIdNumber, p.today());
  if (!buyer.ok) errors.push({ path: 'buyerIdNumber', message: `购房人身份证号有误：${buyer.reason}` });
  const contractNo = text(input.contractNo, 4, 50);
  if (!contractNo) errors.push({ path: 'contractNo', message: '请填写购房合同编号（4–50 个字符）' });
  const houseAddress = text(input.houseAddress, 4, 200);
  if (!houseAddress) errors.push({ path: 'houseAddress', message: '请填写房屋坐落（4–200 个字）' });
  if (!Number.isSafeInteger(input.totalPriceFen) || (input.totalPriceFen as number) <= 0) errors.push({ path: 'totalPriceFen', message: '合同总价应为正整数（分）' });
  if (typeof input.contractDate !== 'string' || !isValidDateString(input.contractDate)) errors.push({ path: 'contractDate', message: '合同签订日期应为 YYYY-MM-DD' });
  else if (input.contractDate > today) errors.push({ path: 'contractDate', message: '合同签订日期不能晚于今天' });
  if (errors.length) throw badInput(errors);
  const key = input.requestKey as string;

  const answer = async (voucherId: number): Promise<HousingRedemptionAnswer> => {
    const v = (await p.db.selectFrom('housing_vouchers').selectAll().where('id', '=', voucherId).executeTakeFirstOrThrow());
    const red = await p.db.selectFrom('housing_voucher_redemptions').selectAll().where('voucher_id', '=', voucherId).executeTakeFirstOrThrow();
    const person = await personRow(p.db, v.person_id);
    return { voucherId, holderName: maskName(person?.name ?? ''), amountFen: red.amount_fen, contractNo: red.contract_no, redeemedAt: new Date(red.redeemed_at).toISOString(), statusText: '已核销' };
  };
  const replay = async () => {
    const r = await p.db.selectFrom('housing_voucher_redemptions').select(['voucher_id']).where('verifier_id', '=', c.userId).where('request_key', '=', key).executeTakeFirst();
    if (!r) return null;
    const v = await p.db.selectFrom('housing_vouchers').select('code').where('id', '=', r.voucher_id).executeTakeFirstOrThrow();
    if (v.code !== code) throw refuse(409, 'requestKey', '该请求编号已用于另一张房票');
    return answer(r.voucher_id);
  };
  const earlier = await replay();
  if (earlier) return earlier;

  const v = await p.db.selectFrom('housing_vouchers').selectAll().where('code', '=', code).executeTakeFirst();
  if (!v) throw notFound('该房票（请核对券码）');
  if (v.region !== seller.region) throw refuse(403, 'code', '该房票限椒江区登记的售房单位核销，本单位不在其使用范围内');
  if (v.status === 'cancelled') throw refuse(409, 'code', '该房票已作废，不能核销');
  if (v.status === 'held') throw notFound('该房票（请核对券码）');
  if (v.status === 'redeemed') throw refuse(409, 'code', '该房票已核销，不能重复使用');
  if (v.valid_to < today) throw refuse(409, 'code', `该房票已于 ${v.valid_to} 过期，不能核销`);
  const holder = await personRow(p.db, v.person_id);
  if (!holder || !buyer.ok || p.vault.lookupHash(buyer.value.number) !== holder.id_hash) throw refuse(422, 'buyerIdNumber', '购房人身份证号与房票持有人不符：房票限持有人本人购房使用');
  if ((input.contractDate as string) < v.valid_from) throw refuse(422, 'contractDate', `合同签订日期早于房票发放日（${v.valid_from}），不能核销`);

  const pkg = loadPolicies().find((x) => x.meta.id === POLICY)!;
  const rule = pkg.rules.find((r) => r.id === 'voucher')!;
  const ent: Entitlement = {
    policy: POLICY,
    rule: rule.id,
    benefit: rule.benefit,
    name: rule.name,
    kind: rule.kind,
    clause: rule.clause,
    text: rule.text,
    beneficiary: rule.beneficiary,
    payer: 'code' in rule.payer ? rule.payer : rule.payer.otherwise,
    status: 'granted',
    amountFen: v.amount_fen,
    explanation: { eligibility: { kind: 'const', label: '房票联审核准', display: `房票联审核准（申报件 #${v.application_id}），面额 ${(v.amount_fen / 100).toFixed(2)} 元` } },
    schedule: { kind: 'once', description: '房票核销时一次兑付（支付给售房单位，抵扣购房款）', instalments: [{ date: today, year: Number(today.slice(0, 4)), amountFen: v.amount_fen, due: true }] },
  };
  try {
    await p.db.transaction().execute(async (trx) => {
      const r = await trx.updateTable('housing_vouchers').set({ status: 'redeemed' }).where('id', '=', v.id).where('status', '=', 'issued').where('valid_to', '>=', today).returning('id').executeTakeFirst();
      if (!r) throw refuse(409, 'code', '该房票已核销，不能重复使用');
      const [grant] = await postGrants(trx, { applicationId: v.application_id, personId: v.person_id, employerId: null, region: v.region, actor: c }, [ent], v.amount_fen);
      await releaseCommitment(trx, COMMITMENT_SOURCE, String(v.id), '已核销：房票金额记入台账');
      const grantRow = (await grantOf(trx, grant!.instalmentKey))!;
      await insertPayment(trx, grantRow, `pay:${grant!.instalmentKey}`, c, null);
      await trx
        .insertInto('housing_voucher_redemptions')
        .values({ voucher_id: v.id, partner: seller.code, verifier_id: c.userId, request_key: key, contract_no: contractNo!, house_address: houseAddress!, total_price_fen: input.totalPriceFen as number, contract_date: input.contractDate as string, amount_fen: v.amount_fen, instalment_key: grant!.instalmentKey })
        .execute();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'housing_voucher.redeem', entity: 'housing_voucher', entityId: v.id, region: v.region, detail: { seller: seller.code, contractNo, amountFen: v.amount_fen, instalmentKey: grant!.instalmentKey } });
      await sendMessages(trx, [{ personId: v.person_id, applicationId: v.application_id, text: `您的椒江人才房票已于${seller.name}核销（购房合同 ${contractNo}），面额 ${(v.amount_fen / 100).toFixed(2)} 元由区财政兑付给售房单位，抵扣购房款。` }]);
    });
  } catch (e) {
    // The same request sent twice at once: the first one redeemed it; any other request is refused.
    if (isUniqueViolation(e)) {
      const again = await replay();
      if (again) return again;
      throw refuse(409, 'contractNo', '该房票已核销，或该购房合同已用于核销另一张房票');
    }
    throw e;
  }
  return answer(v.id);
}
