// Paying one due instalment by hand (a single transfer outside a batch), exactly once: a retry with
// the same idempotency key returns the first payment, another key for a paid instalment is a 409,
// and so is an instalment in an open payment batch (the bank pays it; its result file books it) —
// the database refuses that too. Payment batches: batches.ts.

import { appendAudit, type LedgerTable, type Selectable } from '@rencai/store';
import { todayString, visibleRegions, conflict, fieldError, forbidden, isDbCheck, isUniqueViolation, notFound, type Caller, type Platform } from '../shared/index.js';
import { entryByIdempotencyKey, grantOf, insertPayment } from '../ledger/index.js';
import { markApplicationPaidIfComplete } from '../applications/index.js';

export interface PaymentView {
  id: number;
  instalmentKey: string;
  amountFen: number;
  batchId: number | null;
  createdAt: string;
}

const paymentView = (r: Selectable<LedgerTable>): PaymentView => ({ id: r.id, instalmentKey: r.instalment_key, amountFen: r.amount_fen, batchId: r.batch_id, createdAt: r.created_at.toISOString() });

/**
 * Pays one due instalment (a single transfer outside a batch). Retrying with the same idempotency
 * key returns the first payment; another key for an instalment already paid is a 409, and so is an
 * instalment in an open payment batch (the bank pays it; its result file books it) — the database
 * refuses that too (migration 005), so a batch and a manual payment racing cannot both pay.
 */
export async function payInstalment(p: Platform, c: Caller, instalmentKey: unknown, idempotencyKey: unknown): Promise<PaymentView> {
  if (c.role !== 'clerk') throw forbidden('只有人才办经办人员可以登记兑付');
  if (typeof instalmentKey !== 'string' || !instalmentKey) throw fieldError('instalmentKey', '请指定兑付的分期');
  if (typeof idempotencyKey !== 'string' || idempotencyKey.length < 8 || idempotencyKey.length > 200) throw fieldError('idempotencyKey', '幂等键应为 8–200 个字符（同一请求重试时保持不变）');
  const regions = visibleRegions(c);
  const previous = async () => {
    const prior = await entryByIdempotencyKey(p.db, idempotencyKey);
    if (prior) {
      if (prior.instalment_key !== instalmentKey || prior.kind !== 'payment') throw conflict('该幂等键已用于另一笔操作');
      return paymentView(prior);
    }
    return undefined;
  };
  const done = await previous();
  if (done) return done;
  try {
    return await p.db.transaction().execute(async (trx) => {
      const grant = await grantOf(trx, instalmentKey, regions);
      if (!grant) throw notFound('该兑付分期（或无权操作）');
      if (grant.due_on && grant.due_on > todayString(p)) throw conflict(`该分期 ${grant.due_on} 才到期，不能提前兑付`);
      const batch = await trx.selectFrom('batch_items as bi').innerJoin('payment_batches as b', 'b.id', 'bi.batch_id').select(['b.id', 'b.state']).where('bi.instalment_key', '=', instalmentKey).executeTakeFirst();
      if (batch?.state === 'open') throw conflict(inOpenBatch(batch.id));
      const row = await insertPayment(trx, grant, idempotencyKey, c, null);
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'ledger.pay', entity: 'instalment', entityId: instalmentKey, region: grant.region, detail: { amountFen: grant.amount_fen } });
      await markApplicationPaidIfComplete(trx, p, grant.application_id);
      return paymentView(row);
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      const again = await previous();
      if (again) return again;
      throw conflict('该分期已兑付，不能重复兑付');
    }
    // The instalment went into a batch between our check and our write: the database said no.
    if (isDbCheck(e, 'RC001')) throw conflict(inOpenBatch(Number((e as { detail?: string }).detail)));
    throw e;
  }
}

const inOpenBatch = (batchId: number) => `该分期已列入兑付批次 #${batchId}（待兑付），由银行按批次转账并导入结果入账，不能另行登记兑付`;
