// 高层次人才“教育券” (seed 004: “我们先后建立实施了高层次人才‘教育券’……等制度”): a clerk issues a
// voucher to an eligible talent (amount in fen — by default the local parameter (parameters/local_services.yaml),
// the source giving none — validity, purpose), once per clerk request; the talent sees it with its
// code; a school partner's verifier redeems it exactly once (the voucher's guarded state change and a
// unique redemption per voucher and per verifier request: a resent request answers as the first did,
// any other attempt is refused); expired or cancelled vouchers are refused; a clerk may cancel one not
// yet used. The redemption is recorded here, not in the payment ledger (whose grants are the rules'
// cash entitlements): the school is settled outside the platform.

import { formatDay, isValidDateString, type Day } from '@rencai/engine';
import { appendAudit } from '@rencai/store';
import { type Platform, type Caller, REDEEM_CODE, maskRedeemCode, newRedeemCode as newCode, normaliseRedeemCode as normalise, badInput, conflict, fieldError, forbidden, isUniqueViolation, notFound, todayString, visibleRegions, policyParam, type FieldError } from '../shared/index.js';
import { sendMessages } from '../messages/index.js';
import { getPersonRow, personRow } from '../registry/index.js';
import { maskName, partnerOfCaller } from '../cards/index.js';
import { REQUEST_KEY, standingOf, talentPerson, text } from './standing.js';

const SERVICE = 'education_voucher' as const;

const param = (path: string, at: Day): number => Number(policyParam('quzhou-2020', path, at));

/** The default amount (fen) and validity (days) on `at`: local parameters (the source gives neither). */
export const voucherDefaults = (at: Day) => ({ amountFen: param('local.education_voucher.amount', at), validDays: param('local.education_voucher.valid_days', at) });

type Row = NonNullable<Awaited<ReturnType<typeof byId>>>;
const byId = (p: Platform, id: number) => p.db.selectFrom('inkind_vouchers').selectAll().where('id', '=', Number.isSafeInteger(id) ? id : -1).executeTakeFirst();

export interface VoucherView {
  id: number;
  personId: number;
  code: string;
  amountFen: number;
  purpose: string;
  validFrom: string;
  validTo: string;
  status: 'issued' | 'redeemed' | 'cancelled' | 'expired';
  statusText: string;
  issuedAt: string;
  cancelReason: string | null;
}

function view(p: Platform, r: Row): VoucherView {
  const expired = r.status === 'issued' && r.valid_to < todayString(p);
  const status = expired ? 'expired' : r.status;
  return {
    id: r.id,
    personId: r.person_id,
    code: r.code,
    amountFen: r.amount_fen,
    purpose: r.purpose,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    status,
    statusText: { issued: '未使用', redeemed: '已使用', cancelled: '已作废', expired: '已过期' }[status],
    issuedAt: new Date(r.issued_at).toISOString(),
    cancelReason: r.cancel_reason,
  };
}

/** A clerk issues a voucher to an eligible talent in their scope; the same request key answers with the same voucher. */
export async function issueVoucher(p: Platform, c: Caller, input: { personId?: unknown; amountFen?: unknown; purpose?: unknown; validTo?: unknown; requestKey?: unknown }): Promise<VoucherView> {
  if (c.role !== 'clerk') throw forbidden('只有人才办经办人员可以签发教育券');
  const errors: FieldError[] = [];
  if (!Number.isSafeInteger(input.personId) || (input.personId as number) <= 0) errors.push({ path: 'personId', message: '请指定人才（人才库编号）' });
  const defaults = voucherDefaults(p.today());
  const amountFen = input.amountFen === undefined || input.amountFen === null ? defaults.amountFen : input.amountFen;
  if (!Number.isSafeInteger(amountFen) || (amountFen as number) <= 0 || (amountFen as number) > 100_000_00) errors.push({ path: 'amountFen', message: '面额应为正整数（分），不超过 10 万元' });
  const purpose = text(input.purpose, 2, 100);
  if (!purpose) errors.push({ path: 'purpose', message: '请写明用途（2–100 个字，如 子女学前教育费用）' });
  const today = todayString(p);
  const validTo = input.validTo === undefined || input.validTo === null || input.validTo === '' ? formatDay(p.today() + defaults.validDays - 1) : input.validTo;
  if (typeof validTo !== 'string' || !isValidDateString(validTo)) errors.push({ path: 'validTo', message: '有效期至应为 YYYY-MM-DD' });
  else if (validTo < today) errors.push({ path: 'validTo', message: '有效期至不能早于今天' });
  if (typeof input.requestKey !== 'string' || !REQUEST_KEY.test(input.requestKey)) errors.push({ path: 'requestKey', message: '请求编号应为 8–80 位字母、数字、下划线或连字符（重发时不变）' });
  if (errors.length) throw badInput(errors);
  const earlier = () => p.db.selectFrom('inkind_vouchers').selectAll().where('issued_by', '=', c.userId).where('issue_key', '=', input.requestKey as string).executeTakeFirst();
  const seen = await earlier();
  if (seen) {
    if (seen.person_id !== input.personId) throw conflict('该请求编号已用于另一张教育券');
    return view(p, seen);
  }
  const person = await getPersonRow(p, c, input.personId as number).catch(() => {
    throw notFound('该人才（或不在您的管辖范围）');
  });
  const standing = await standingOf(p, person);
  if (!standing.eligible) throw conflict(`不符合高层次人才“教育券”的条件：${standing.reason}`);
  try {
    const row = await p.db.transaction().execute(async (trx) => {
      const r = await trx
        .insertInto('inkind_vouchers')
        .values({ person_id: person.id, region: person.region, code: newCode(), amount_fen: amountFen as number, purpose: purpose!, valid_from: today, valid_to: validTo as string, issued_by: c.userId, issue_key: input.requestKey as string })
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'inkind.voucher.issue', entity: 'voucher', entityId: r.id, region: person.region, detail: { personId: person.id, amountFen: r.amount_fen, validTo: r.valid_to, purpose: r.purpose } });
      await sendMessages(trx, [{ personId: person.id, text: `您获得一张高层次人才“教育券”（${purpose}），有效期至 ${r.valid_to}，可在“我的服务”中查看券码，到合作学校使用。` }]);
      return r;
    });
    return view(p, row);
  } catch (e) {
    if (isUniqueViolation(e)) {
      const again = await earlier();
      if (again) return view(p, again);
    }
    throw e;
  }
}

/** The talent's vouchers, newest first. */
export async function myVouchers(p: Platform, c: Caller): Promise<VoucherView[]> {
  const person = await talentPerson(p, c);
  const rows = await p.db.selectFrom('inkind_vouchers').selectAll().where('person_id', '=', person.id).orderBy('id', 'desc').limit(200).execute();
  return rows.map((r) => view(p, r));
}

/** The vouchers of the office's regions (or of one person), newest first; codes shown only to the talent. */
export async function listVouchers(p: Platform, c: Caller, q: { personId?: number } = {}): Promise<VoucherView[]> {
  if (!(c.role === 'clerk' || c.role === 'leader' || c.role === 'admin')) throw forbidden('只有人才办工作人员可以查看教育券');
  const regions = visibleRegions(c);
  let qb = p.db.selectFrom('inkind_vouchers').selectAll().where('region', 'in', regions.length ? regions : ['-']);
  if (q.personId !== undefined) qb = qb.where('person_id', '=', q.personId);
  const rows = await qb.orderBy('id', 'desc').limit(500).execute();
  return rows.map((r) => ({ ...view(p, r), code: maskRedeemCode(r.code) }));
}

/** A clerk cancels a voucher not yet used, with a reason. */
export async function cancelVoucher(p: Platform, c: Caller, id: number, input: { reason?: unknown }): Promise<VoucherView> {
  if (c.role !== 'clerk') throw forbidden('只有人才办经办人员可以作废教育券');
  const row = await byId(p, id);
  if (!row || !visibleRegions(c).includes(row.region)) throw notFound('该教育券（或无权查看）');
  const reason = text(input.reason, 2, 200);
  if (!reason) throw fieldError('reason', '请写明作废理由（2–200 个字）');
  const done = await p.db.transaction().execute(async (trx) => {
    const r = await trx.updateTable('inkind_vouchers').set({ status: 'cancelled', cancelled_by: c.userId, cancelled_at: new Date(), cancel_reason: reason }).where('id', '=', row.id).where('status', '=', 'issued').returningAll().executeTakeFirst();
    if (!r) throw conflict(row.status === 'redeemed' ? '该教育券已使用，不能作废' : '该教育券已作废');
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'inkind.voucher.cancel', entity: 'voucher', entityId: row.id, region: row.region, detail: { reason } });
    await sendMessages(trx, [{ personId: row.person_id, text: `您的教育券（${row.purpose}）已作废。理由：${reason}` }]);
    return r;
  });
  return view(p, done);
}

export interface RedemptionAnswer {
  voucherId: number;
  maskedName: string;
  amountFen: number;
  purpose: string;
  redeemedAt: string;
  statusText: string;
}

/**
 * A school's verifier redeems a voucher by its code, exactly once: the same request (its key) sent
 * again answers as the first time; every other attempt on a used voucher is refused (409).
 */
export async function redeemVoucher(p: Platform, c: Caller, input: { code?: unknown; requestKey?: unknown }): Promise<RedemptionAnswer> {
  const partner = await partnerOfCaller(p, c);
  if (!(partner.services as string[]).includes(SERVICE)) throw forbidden('本单位不是教育券合作学校');
  const code = normalise(input.code);
  const errors: FieldError[] = [];
  if (!REDEEM_CODE.test(code)) errors.push({ path: 'code', message: '教育券券码应为 12 位字母或数字' });
  if (typeof input.requestKey !== 'string' || !REQUEST_KEY.test(input.requestKey)) errors.push({ path: 'requestKey', message: '请求编号应为 8–80 位字母、数字、下划线或连字符（重发时不变）' });
  if (errors.length) throw badInput(errors);
  const key = input.requestKey as string;
  const answer = async (voucherId: number): Promise<RedemptionAnswer> => {
    const v = (await byId(p, voucherId))!;
    const red = await p.db.selectFrom('inkind_voucher_redemptions').selectAll().where('voucher_id', '=', voucherId).executeTakeFirstOrThrow();
    const person = await personRow(p.db, v.person_id);
    return { voucherId, maskedName: maskName(person?.name ?? ''), amountFen: red.amount_fen, purpose: v.purpose, redeemedAt: new Date(red.redeemed_at).toISOString(), statusText: '已核销' };
  };
  const replay = async () => {
    const r = await p.db.selectFrom('inkind_voucher_redemptions').innerJoin('inkind_vouchers', 'inkind_vouchers.id', 'inkind_voucher_redemptions.voucher_id').select(['inkind_vouchers.id', 'inkind_vouchers.code']).where('inkind_voucher_redemptions.verifier_id', '=', c.userId).where('inkind_voucher_redemptions.request_key', '=', key).executeTakeFirst();
    if (r && r.code !== code) throw conflict('该请求编号已用于另一张教育券');
    return r ? answer(r.id) : null;
  };
  const earlier = await replay();
  if (earlier) return earlier;
  const v = await p.db.selectFrom('inkind_vouchers').selectAll().where('code', '=', code).executeTakeFirst();
  if (!v) throw notFound('该教育券（请核对券码）');
  const today = todayString(p);
  if (v.status === 'cancelled') throw conflict('该教育券已作废，不能使用');
  if (v.status === 'redeemed') throw conflict('该教育券已使用，不能重复使用');
  if (v.valid_to < today) throw conflict(`该教育券已于 ${v.valid_to} 过期，不能使用`);
  if (v.valid_from > today) throw conflict(`该教育券自 ${v.valid_from} 起可用`);
  try {
    await p.db.transaction().execute(async (trx) => {
      const r = await trx.updateTable('inkind_vouchers').set({ status: 'redeemed' }).where('id', '=', v.id).where('status', '=', 'issued').where('valid_to', '>=', today).returning('id').executeTakeFirst();
      if (!r) throw conflict('该教育券已使用，不能重复使用');
      await trx.insertInto('inkind_voucher_redemptions').values({ voucher_id: v.id, partner: partner.code, verifier_id: c.userId, request_key: key, amount_fen: v.amount_fen }).execute();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'inkind.voucher.redeem', entity: 'voucher', entityId: v.id, region: v.region, detail: { partner: partner.code, amountFen: v.amount_fen } });
      await sendMessages(trx, [{ personId: v.person_id, text: `您的教育券（${v.purpose}）已于${partner.name}使用。` }]);
    });
  } catch (e) {
    // The same request sent twice at once: the first one redeemed it; any other request is refused.
    if (isUniqueViolation(e)) {
      const again = await replay();
      if (again) return again;
      throw conflict('该教育券已使用，不能重复使用');
    }
    throw e;
  }
  return answer(v.id);
}
