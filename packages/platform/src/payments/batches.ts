// Payment batches for the finance bureau: the due, unpaid grant instalments of a region gathered
// into a batch (each instalment in at most one batch), exported as Excel, and marked paid when the
// bank's result file is imported — all of the batch in one transaction or none of it. Importing the
// same result again is harmless; a batch interrupted half-way (the process killed) left nothing and
// is simply imported again. An instalment in an open batch is paid only through it (the database
// refuses a manual payment for it, and a batch line for an instalment already paid); a line found
// already booked when the result comes in is reported, not booked twice, and the batch still closes. The export is the one place a full bank account number leaves the
// registry (the finance bureau transfers to it): it is decrypted there and the export is audited as
// a reveal; every other view shows the masked number.

import { fenToYuanString, formatDay } from '@rencai/engine';
import { safeWorkbook } from '@rencai/domain';
import { regionName } from '@rencai/policies';
import { appendAudit, type Selectable, type PaymentBatchesTable } from '@rencai/store';
import { chinaDate, type Platform, visibleRegions, type Caller, badInput, conflict, fieldError, forbidden, isDbCheck, isUniqueViolation, notFound, type FieldError, failpoint, newWorkbook } from '../shared/index.js';
import { PAYER_LABELS, applicationsPaidInBatch, dueUnpaidGrants, grantOf, grantsByKey, insertPayment, paymentOf } from '../ledger/index.js';
import { payeesOf } from '../registry/index.js';
import { markApplicationPaidIfComplete } from '../applications/index.js';
import { readTable } from '../tables/index.js';

type BatchRow = Selectable<PaymentBatchesTable>;

const batchView = (b: BatchRow) => ({ id: b.id, region: b.region, regionName: regionName(b.region), state: b.state, stateLabel: b.state === 'paid' ? '已兑付' : '待兑付', totalFen: b.total_fen, items: b.items, createdAt: b.created_at.toISOString(), paidAt: b.paid_at?.toISOString() ?? null });

const requireFinanceRole = (c: Caller) => {
  if (c.role !== 'clerk') throw forbidden('只有人才办经办人员可以办理兑付批次');
};

async function loadBatch(p: Platform, c: Caller, id: number): Promise<BatchRow> {
  const regions = visibleRegions(c);
  const b = await p.db.selectFrom('payment_batches').selectAll().where('id', '=', id).where('region', 'in', regions.length ? regions : ['-']).executeTakeFirst();
  if (!b) throw notFound('该兑付批次（或无权查看）');
  return b;
}

/**
 * A batch of the region's due, unpaid and unbatched instalments whose payee has a registered
 * receiving account; the others are held back (counted in `heldBack`) until the payee registers
 * one — a line the bank cannot pay would otherwise block the whole all-or-nothing batch.
 */
export async function createBatch(p: Platform, c: Caller, region: unknown, idempotencyKey: unknown) {
  requireFinanceRole(c);
  if (typeof region !== 'string' || !visibleRegions(c).includes(region)) throw fieldError('region', '地区不存在或不在您的管辖范围');
  if (typeof idempotencyKey !== 'string' || idempotencyKey.length < 8) throw fieldError('idempotencyKey', '幂等键至少 8 个字符');
  const prior = await p.db.selectFrom('payment_batches').selectAll().where('idempotency_key', '=', idempotencyKey).executeTakeFirst();
  if (prior) return batchView(prior);
  try {
    return await p.db.transaction().execute(async (trx) => {
      const due = await dueUnpaidGrants(trx, region, formatDay(p.today()), trx.selectFrom('batch_items').select('batch_items.instalment_key'));
      if (!due.length) throw conflict(`${regionName(region)}目前没有到期未兑付的款项`);
      // The payee is the person when the grant names one, else the employer (as in the export).
      const payees = await payeesOf(trx, due);
      const hasAccount = (d: (typeof due)[number]) => (d.person_id !== null ? payees.persons.get(d.person_id)?.bank_account_enc : d.employer_id !== null ? payees.employers.get(d.employer_id)?.bank_account_enc : null) != null;
      const ready = due.filter(hasAccount);
      const held = due.filter((d) => !hasAccount(d));
      const heldBack = { items: held.length, totalFen: held.reduce((s, d) => s + d.amount_fen, 0) };
      if (!ready.length) throw conflict(`${regionName(region)}有 ${held.length} 笔到期款项，但收款人均未登记收款账户，暂不能生成批次；请通知收款人在门户中登记`);
      const total = ready.reduce((s, d) => s + d.amount_fen, 0);
      const b = await trx.insertInto('payment_batches').values({ region, state: 'open', total_fen: total, items: ready.length, created_by: c.userId, idempotency_key: idempotencyKey }).returningAll().executeTakeFirstOrThrow();
      await trx.insertInto('batch_items').values(ready.map((d) => ({ batch_id: b.id, instalment_key: d.instalment_key, amount_fen: d.amount_fen }))).execute();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'batch.create', entity: 'batch', entityId: b.id, region, detail: { items: ready.length, totalFen: total, heldBack } });
      return { ...batchView(b), heldBack };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('有款项正被另一个批次处理，请刷新后重试');
    // A line was paid by hand while the batch was being made: the database refused it; nothing was written.
    if (isDbCheck(e, 'RC003')) throw conflict(`${e.message}（刚由经办人员另行兑付），请重新生成批次`);
    throw e;
  }
}

export async function listBatches(p: Platform, c: Caller) {
  requireFinanceRole(c);
  const regions = visibleRegions(c);
  const rows = await p.db.selectFrom('payment_batches').selectAll().where('region', 'in', regions.length ? regions : ['-']).orderBy('id', 'desc').limit(200).execute();
  return rows.map(batchView);
}

/** A batch's lines in instalment order: each item with its grant (from the ledger) and its payee's record (from the registry). */
async function batchLines(p: Platform, batchId: number) {
  const items = await p.db.selectFrom('batch_items').select(['instalment_key', 'amount_fen']).where('batch_id', '=', batchId).orderBy('instalment_key').execute();
  const grants = await grantsByKey(p.db, items.map((i) => i.instalment_key));
  const lines = items.flatMap((i) => {
    const g = grants.get(i.instalment_key);
    return g ? [{ ...i, g }] : [];
  });
  const payees = await payeesOf(p.db, lines.map((l) => l.g));
  return lines.map(({ instalment_key, amount_fen, g }) => {
    const person = g.person_id !== null ? payees.persons.get(g.person_id) : undefined;
    const employer = g.employer_id !== null ? payees.employers.get(g.employer_id) : undefined;
    return {
      instalment_key, amount_fen, benefit: g.benefit, clause: g.clause, payer: g.payer, city_fen: g.city_fen, county_fen: g.county_fen, unit_fen: g.unit_fen, due_on: g.due_on, application_id: g.application_id,
      person_name: person?.name ?? null, id_masked: person?.id_masked ?? null, person_bank: person?.bank_name ?? null, person_account_enc: person?.bank_account_enc ?? null, person_account_masked: person?.bank_account_masked ?? null,
      employer_name: employer?.name ?? null, uscc: employer?.uscc ?? null, employer_bank: employer?.bank_name ?? null, employer_account_enc: employer?.bank_account_enc ?? null, employer_account_masked: employer?.bank_account_masked ?? null,
    };
  });
}

type BatchLine = Awaited<ReturnType<typeof batchLines>>[number];

/** Who is paid and into which account: the person when the grant names one, else the employer (as 收款人 always was). */
const payeeOf = (l: BatchLine) =>
  l.person_name !== null
    ? { name: l.person_name, bank: l.person_bank, accountEnc: l.person_account_enc, accountMasked: l.person_account_masked }
    : { name: l.employer_name ?? '', bank: l.employer_bank, accountEnc: l.employer_account_enc, accountMasked: l.employer_account_masked };

export const NO_ACCOUNT = '（未登记收款账户）';

/**
 * The batch as an Excel workbook for the finance bureau: ID numbers masked, and for each line the
 * payee's 户名, 开户银行 and full 收款账号 (decrypted here: the export is audited as a reveal of them).
 * A payee with no registered account shows NO_ACCOUNT, and a row under the total counts them. The
 * first 13 columns and the header row are unchanged, so the bank's result file imports as before.
 */
export async function exportBatch(p: Platform, c: Caller, id: number): Promise<Buffer> {
  requireFinanceRole(c);
  const b = await loadBatch(p, c, id);
  const lines = await batchLines(p, id);
  const wb = await newWorkbook();
  wb.creator = 'rencai';
  const ws = wb.addWorksheet(`兑付批次${id}`);
  ws.columns = [
    { header: '兑付键', key: 'key', width: 40 },
    { header: '收款人', key: 'payee', width: 24 },
    { header: '证件号（脱敏）', key: 'idno', width: 22 },
    { header: '待遇', key: 'benefit', width: 28 },
    { header: '条款', key: 'clause', width: 30 },
    { header: '资金来源', key: 'payer', width: 18 },
    { header: '到期日', key: 'due', width: 12 },
    { header: '金额（元）', key: 'amount', width: 14 },
    { header: '市级（元）', key: 'city', width: 14 },
    { header: '县级（元）', key: 'county', width: 14 },
    { header: '单位（元）', key: 'unit', width: 14 },
    { header: '结果（成功/失败）', key: 'result', width: 16 },
    { header: '银行流水号', key: 'ref', width: 20 },
    { header: '户名', key: 'holder', width: 24 },
    { header: '开户银行', key: 'bank', width: 26 },
    // Text, not a number: a 19-digit account would otherwise become 6.22848E+18 in Excel.
    { header: '收款账号', key: 'account', width: 34, style: { numFmt: '@' } },
  ];
  let missing = 0;
  for (const l of lines) {
    const payee = payeeOf(l);
    if (!payee.accountEnc) missing += 1;
    ws.addRow({
      key: l.instalment_key,
      payee: l.person_name ?? l.employer_name ?? '',
      idno: l.id_masked ?? l.uscc ?? '',
      benefit: l.benefit,
      clause: l.clause,
      payer: PAYER_LABELS[l.payer] ?? l.payer,
      due: l.due_on,
      amount: fenToYuanString(l.amount_fen),
      city: fenToYuanString(l.city_fen),
      county: fenToYuanString(l.county_fen),
      unit: fenToYuanString(l.unit_fen),
      result: '',
      ref: '',
      holder: payee.name,
      bank: payee.bank ?? '',
      account: payee.accountEnc ? p.vault.decrypt(payee.accountEnc) : NO_ACCOUNT,
    });
  }
  ws.addRow({});
  ws.addRow({ key: `合计 ${lines.length} 笔`, amount: fenToYuanString(b.total_fen) });
  ws.getRow(1).font = { bold: true };
  if (missing) {
    const note = `${missing} 笔缺少收款账户：收款账号列标为“${NO_ACCOUNT}”，请先在人才库登记后再转账`;
    // Under the total, with an empty 兑付键 so the bank's result file still imports unchanged…
    ws.addRow({ payee: note }).font = { bold: true, color: { argb: 'FFC00000' } };
    // …and at the top, as a note on the 收款账号 header (the header's text stays as the import reads it).
    ws.getRow(1).getCell('account').note = note;
  }
  await p.db.transaction().execute((trx) =>
    appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'batch.export', entity: 'batch', entityId: id, region: b.region, detail: { revealed: 'bankAccount', lines: lines.length, withAccount: lines.length - missing, missingAccount: missing } }),
  );
  safeWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface BankRow {
  row: number;
  key: string;
  ok: boolean;
  ref: string;
}

/** A line of the result file whose instalment the ledger already shows paid (not through this batch). */
export interface AlreadyBooked {
  row: number;
  instalmentKey: string;
  paymentId: number;
  message: string;
}

/** Whether the caller may import a result file for this batch: checked before the upload is read. */
export async function mayImportBankResult(p: Platform, c: Caller, id: number): Promise<void> {
  requireFinanceRole(c);
  await loadBatch(p, c, id);
}

/**
 * Imports the bank's result file (the exported workbook with 结果 filled in, or a CSV with columns
 * 兑付键,结果,银行流水号). Every line of the batch must be there and successful; otherwise nothing is
 * written and the report says which rows fail. All payments and the batch state commit together.
 * A line whose instalment the ledger already shows paid (booked before the database kept the two
 * paths apart) is not booked again: it is reported line by line in `alreadyBooked` — the bank paid
 * it too, so it may have been paid twice — and the rest of the batch is booked and the batch closed.
 */
export async function importBankResult(p: Platform, c: Caller, id: number, content: Buffer, filename: string) {
  requireFinanceRole(c);
  const b = await loadBatch(p, c, id);
  if (b.state === 'paid') return { batch: batchView(b), paid: 0, alreadyPaid: true, alreadyBooked: [] as AlreadyBooked[] };
  const records = await readTable(content, filename);
  const items = await p.db.selectFrom('batch_items').select(['instalment_key', 'amount_fen']).where('batch_id', '=', id).execute();
  const wanted = new Map(items.map((i) => [i.instalment_key, i.amount_fen]));
  const errors: FieldError[] = [];
  const rows: BankRow[] = [];
  const firstRow = new Map<string, number>();
  records.forEach((r, i) => {
    const key = r['兑付键'] ?? '';
    if (!key || key.startsWith('合计')) return;
    const row = i + 2;
    if (!wanted.has(key)) errors.push({ path: `第${row}行.兑付键`, message: `「${key}」不属于本批次` });
    if (firstRow.has(key)) errors.push({ path: `第${row}行.兑付键`, message: `「${key}」与第${firstRow.get(key)}行重复` });
    else firstRow.set(key, row);
    const result = r['结果（成功/失败）'] ?? r['结果'] ?? '';
    if (result !== '成功' && result !== '失败') errors.push({ path: `第${row}行.结果`, message: '结果应为“成功”或“失败”' });
    else if (result === '失败') errors.push({ path: `第${row}行.结果`, message: '银行返回失败：整批不入账，请核实后重新导入' });
    rows.push({ row, key, ok: result === '成功', ref: r['银行流水号'] ?? '' });
  });
  const seen = new Set(rows.map((r) => r.key));
  for (const k of wanted.keys()) if (!seen.has(k)) errors.push({ path: '兑付键', message: `结果文件缺少「${k}」` });
  if (errors.length) throw badInput(errors);

  const { paid, alreadyBooked } = await p.db.transaction().execute(async (trx) => {
    const fresh = await trx.selectFrom('payment_batches').select(['state']).where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    if (fresh.state === 'paid') return { paid: 0, alreadyBooked: [] as AlreadyBooked[] };
    let n = 0;
    const booked: AlreadyBooked[] = [];
    for (const r of rows) {
      const prior = await paymentOf(trx, r.key);
      if (prior) {
        const how = prior.batch_id === null ? '经办人员另行登记兑付' : `兑付批次 #${prior.batch_id}`;
        booked.push({ row: r.row, instalmentKey: r.key, paymentId: prior.id, message: `该分期已于 ${chinaDate(prior.created_at)} 由${how}入账（台账 #${prior.id}），本次不重复入账；银行本次也已支付，可能重复支付，请核实并追回` });
        continue;
      }
      const grant = await grantOf(trx, r.key);
      if (!grant) throw new Error(`兑付批次 #${id} 的分期 ${r.key} 在台账中没有核定记录`);
      await insertPayment(trx, grant, `batch${id}:${r.key}`, c, id);
      n += 1;
      if (n === 1) failpoint('batch.after-first-payment');
    }
    await trx.updateTable('payment_batches').set({ state: 'paid', paid_at: new Date() }).where('id', '=', id).execute();
    const apps = await applicationsPaidInBatch(trx, id);
    for (const a of apps) await markApplicationPaidIfComplete(trx, p, a);
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'batch.paid', entity: 'batch', entityId: id, region: b.region, detail: { items: n, totalFen: b.total_fen, alreadyBooked: booked.map((x) => ({ instalmentKey: x.instalmentKey, paymentId: x.paymentId })) } });
    return { paid: n, alreadyBooked: booked };
  });
  const after = await loadBatch(p, c, id);
  if (paid === 0 && alreadyBooked.length === 0 && after.state === 'paid') return { batch: batchView(after), paid: 0, alreadyPaid: true, alreadyBooked: [] as AlreadyBooked[] };
  return { batch: batchView(after), paid, alreadyPaid: false, alreadyBooked };
}

export async function getBatch(p: Platform, c: Caller, id: number) {
  requireFinanceRole(c);
  const b = await loadBatch(p, c, id);
  const lines = await batchLines(p, id);
  const view = lines.map((l) => {
    const payee = payeeOf(l);
    return { instalmentKey: l.instalment_key, payee: l.person_name ?? l.employer_name, idNumber: l.id_masked ?? l.uscc, bankName: payee.bank, bankAccountMasked: payee.accountMasked, benefit: l.benefit, clause: l.clause, dueOn: l.due_on, amountFen: l.amount_fen, applicationId: l.application_id };
  });
  return { ...batchView(b), missingAccounts: view.filter((l) => !l.bankAccountMasked).length, lines: view };
}

