// 住房公积金“特优贷” referrals (seed 004: “住房公积金‘特优贷’……等制度”; art. 23 创新创业 — the card's
// 银行人才特优贷快速通道, open from the level art23.services.bank_loan gives): the talent asks to be
// referred to a partner bank with the amount they wish; the bank's verifier sees the referrals to its
// own bank only (any other answers 404) and answers — approved with an amount and the rate in words,
// or declined with a reason; the talent sees the answer and is told in a message.

import { appendAudit } from '@rencai/store';
import { type Platform, type Caller, badInput, conflict, fieldError, forbidden, notFound, type FieldError } from '../shared/index.js';
import { sendMessages } from '../messages/index.js';
import { personRow } from '../registry/index.js';
import { maskName, partnerOfCaller, partnersOffering } from '../cards/index.js';
import { serviceOpenFor, talentPerson, text } from './standing.js';

const SERVICE = 'bank_loan' as const;
const STATUS_TEXT = { pending: '待银行答复', approved: '银行已同意', declined: '银行未同意' } as const;
const MAX_FEN = 10_000_000_00; // 1000 万元

type Row = NonNullable<Awaited<ReturnType<typeof byId>>>;
const byId = (p: Platform, id: number) => p.db.selectFrom('inkind_loan_referrals').selectAll().where('id', '=', Number.isSafeInteger(id) ? id : -1).executeTakeFirst();

export interface ReferralView {
  id: number;
  partner: string;
  partnerName: string;
  amountFen: number;
  note: string | null;
  status: Row['status'];
  statusText: string;
  approvedFen: number | null;
  rateText: string | null;
  reason: string | null;
  createdAt: string;
  answeredAt: string | null;
  /** For the bank: the talent's masked name only. */
  maskedName?: string;
}

const view = (r: Row, partnerName: string): ReferralView => ({
  id: r.id,
  partner: r.partner,
  partnerName,
  amountFen: r.amount_fen,
  note: r.note,
  status: r.status,
  statusText: STATUS_TEXT[r.status],
  approvedFen: r.approved_fen,
  rateText: r.rate_text,
  reason: r.reason,
  createdAt: new Date(r.created_at).toISOString(),
  answeredAt: r.answered_at ? new Date(r.answered_at).toISOString() : null,
});

const banks = async (p: Platform) => new Map((await partnersOffering(p, SERVICE)).map((b) => [b.code, b.name]));

/** The partner banks a talent may choose. */
export const loanBanks = (p: Platform) => partnersOffering(p, SERVICE);

/** The talent asks for a referral to a partner bank. */
export async function requestReferral(p: Platform, c: Caller, input: { partner?: unknown; amountFen?: unknown; note?: unknown }): Promise<ReferralView> {
  const person = await talentPerson(p, c);
  const names = await banks(p);
  const errors: FieldError[] = [];
  if (typeof input.partner !== 'string' || !names.has(input.partner)) errors.push({ path: 'partner', message: '请选择提供“特优贷”的合作银行' });
  if (!Number.isSafeInteger(input.amountFen) || (input.amountFen as number) <= 0 || (input.amountFen as number) > MAX_FEN) errors.push({ path: 'amountFen', message: '意向贷款金额应为正整数（分），不超过 1000 万元' });
  const note = input.note === undefined || input.note === null || input.note === '' ? null : text(input.note, 1, 200);
  if (note === undefined) errors.push({ path: 'note', message: '说明不超过 200 个字' });
  if (errors.length) throw badInput(errors);
  const open = await serviceOpenFor(p, person, SERVICE);
  if (!open.open) throw forbidden(`不享受“特优贷”快速通道：${open.reason}`);
  const row = await p.db.transaction().execute(async (trx) => {
    const r = await trx.insertInto('inkind_loan_referrals').values({ person_id: person.id, region: person.region, partner: input.partner as string, amount_fen: input.amountFen as number, note }).returningAll().executeTakeFirstOrThrow();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'inkind.loan.refer', entity: 'loan_referral', entityId: r.id, region: person.region, detail: { partner: r.partner, amountFen: r.amount_fen } });
    return r;
  });
  return view(row, names.get(row.partner)!);
}

/** The talent's referrals and their answers. */
export async function myReferrals(p: Platform, c: Caller): Promise<ReferralView[]> {
  const person = await talentPerson(p, c);
  const names = await banks(p);
  const rows = await p.db.selectFrom('inkind_loan_referrals').selectAll().where('person_id', '=', person.id).orderBy('id', 'desc').limit(200).execute();
  return rows.map((r) => view(r, names.get(r.partner) ?? r.partner));
}

async function bankOf(p: Platform, c: Caller) {
  const partner = await partnerOfCaller(p, c);
  if (!(partner.services as string[]).includes(SERVICE)) throw forbidden('本单位不提供“特优贷”服务');
  return partner;
}

/** The bank's verifier: referrals to their bank only, with the talent's masked name. */
export async function bankReferrals(p: Platform, c: Caller): Promise<ReferralView[]> {
  const bank = await bankOf(p, c);
  const rows = await p.db.selectFrom('inkind_loan_referrals').selectAll().where('partner', '=', bank.code).orderBy('id', 'desc').limit(500).execute();
  const out: ReferralView[] = [];
  for (const r of rows) out.push({ ...view(r, bank.name), maskedName: maskName((await personRow(p.db, r.person_id))?.name ?? '') });
  return out;
}

/** The bank answers a referral to it: approve (amount, rate in words) or decline (reason). */
export async function answerReferral(p: Platform, c: Caller, id: number, input: { decision?: unknown; approvedFen?: unknown; rateText?: unknown; reason?: unknown }): Promise<ReferralView> {
  const bank = await bankOf(p, c);
  const row = await byId(p, id);
  if (!row || row.partner !== bank.code) throw notFound('该转介（或不是转介给本行的）');
  if (input.decision !== 'approve' && input.decision !== 'decline') throw fieldError('decision', '答复应为 approve（同意）或 decline（不同意）');
  const errors: FieldError[] = [];
  let patch: { status: 'approved'; approved_fen: number; rate_text: string } | { status: 'declined'; reason: string };
  if (input.decision === 'approve') {
    if (!Number.isSafeInteger(input.approvedFen) || (input.approvedFen as number) <= 0 || (input.approvedFen as number) > MAX_FEN) errors.push({ path: 'approvedFen', message: '批准金额应为正整数（分），不超过 1000 万元' });
    const rate = text(input.rateText, 2, 100);
    if (!rate) errors.push({ path: 'rateText', message: '请写明利率（如 LPR 减 50 个基点）' });
    patch = { status: 'approved', approved_fen: input.approvedFen as number, rate_text: rate ?? '' };
  } else {
    const reason = text(input.reason, 2, 200);
    if (!reason) errors.push({ path: 'reason', message: '不同意时须说明理由（2–200 个字）' });
    patch = { status: 'declined', reason: reason ?? '' };
  }
  if (errors.length) throw badInput(errors);
  const done = await p.db.transaction().execute(async (trx) => {
    const r = await trx.updateTable('inkind_loan_referrals').set({ ...patch, answered_by: c.userId, answered_at: new Date() }).where('id', '=', row.id).where('status', '=', 'pending').returningAll().executeTakeFirst();
    if (!r) throw conflict('该转介已答复');
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'inkind.loan.answer', entity: 'loan_referral', entityId: row.id, region: row.region, detail: { decision: input.decision } });
    await sendMessages(trx, [{ personId: row.person_id, text: r.status === 'approved' ? `${bank.name}已同意您的“特优贷”申请，批准金额 ${(r.approved_fen! / 100).toFixed(2)} 元，利率：${r.rate_text}。` : `${bank.name}未同意您的“特优贷”申请。理由：${r.reason}` }]);
    return r;
  });
  return view(done, bank.name);
}
