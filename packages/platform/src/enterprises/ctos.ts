// Enterprises' chief technology officers (首席技术官). Seed 004: "近期，市里将公布的第一批企业‘首席技术官’，
// 就是对企业自主评才的一次探索" — the enterprise evaluates its own technical lead and the office designates
// and publishes them by batch. A designation names the batch, the date, the person and post, and the
// document it rests on; one per enterprise per batch (a second answers 409). Withdrawing keeps the row
// with its date and reason. Clerks of the enterprise's county designate and withdraw; staff see their
// regions' list; an enterprise's account sees its own; anything else answers 404. Audited.

import { appendAudit, type Selectable } from '@rencai/store';
import type { EnterpriseCtosTable } from '@rencai/store';
import { regionName } from '@rencai/policies';
import { badInput, conflict, forbidden, isUniqueViolation, notFound, todayString, visibleRegions, type Caller, type FieldError, type Platform, readDay } from '../shared/index.js';
import { loadEnterprise, ownEnterprise, seesEnterprises } from './registration.js';

export interface CtoView {
  id: number;
  enterpriseId: number;
  enterpriseName: string;
  regionName: string;
  batch: string;
  designatedOn: string;
  personName: string;
  post: string;
  basis: string;
  withdrawnOn: string | null;
  withdrawnReason: string | null;
}

type CtoRow = Selectable<EnterpriseCtosTable> & { enterprise_name: string };

const view = (r: CtoRow): CtoView => ({
  id: r.id,
  enterpriseId: r.enterprise_id,
  enterpriseName: r.enterprise_name,
  regionName: regionName(r.region),
  batch: r.batch,
  designatedOn: r.designated_on,
  personName: r.person_name,
  post: r.post,
  basis: r.basis,
  withdrawnOn: r.withdrawn_on,
  withdrawnReason: r.withdrawn_reason,
});


function text(v: unknown, path: string, label: string, min: number, max: number, errors: FieldError[]): string {
  const s = typeof v === 'string' ? v.trim() : '';
  if (s.length < min || s.length > max) errors.push({ path, message: `请填写${label}（${min}–${max} 字）` });
  return s;
}

function requireDesignator(c: Caller): void {
  if (c.role !== 'clerk' && c.role !== 'admin') throw forbidden('只有人才办经办人员可以认定或撤销首席技术官');
}

function ctoQuery(p: Platform) {
  return p.db.selectFrom('enterprise_ctos as t').innerJoin('enterprises as e', 'e.id', 't.enterprise_id').selectAll('t').select('e.name as enterprise_name');
}

/** Designates the enterprise's chief technology officer for a batch (a clerk of its county); the enterprise must be verified. */
export async function designateCto(p: Platform, c: Caller, enterpriseId: number, input: unknown): Promise<CtoView> {
  requireDesignator(c);
  const e = await loadEnterprise(p, c, enterpriseId);
  const i = (input ?? {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const today = todayString(p);
  const batch = text(i.batch, 'batch', '批次（如：第一批）', 1, 20, errors);
  const personName = text(i.personName, 'personName', '首席技术官姓名', 2, 30, errors);
  const post = text(i.post, 'post', '在企业担任的职务', 1, 30, errors);
  const basis = text(i.basis, 'basis', '认定依据（公布文件名称、文号）', 2, 200, errors);
  const designatedOn = readDay(i.designatedOn);
  if (!designatedOn) errors.push({ path: 'designatedOn', message: '请填写认定（公布）日期（年-月-日）' });
  else if (designatedOn > today) errors.push({ path: 'designatedOn', message: `认定日期不能晚于今天（${today}）` });
  if (e.state !== 'verified') errors.push({ path: 'enterpriseId', message: '该企业注册尚未通过核验，不能认定首席技术官' });
  if (errors.length) throw badInput(errors);
  try {
    const id = await p.db.transaction().execute(async (trx) => {
      const r = await trx
        .insertInto('enterprise_ctos')
        .values({ enterprise_id: e.id, region: e.region, batch, designated_on: designatedOn, person_name: personName, post, basis, designated_by: c.userId })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'enterprise.cto_designate', entity: 'enterprise', entityId: e.id, region: e.region, detail: { ctoId: r.id, batch, designatedOn } });
      return r.id;
    });
    return view(await ctoQuery(p).where('t.id', '=', id).executeTakeFirstOrThrow());
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`${e.name}已有${batch}首席技术官的认定，同一批次每家企业只认定一人`);
    throw err;
  }
}

/** Withdraws a designation (a clerk of its county) with the date and a reason; the row stays. */
export async function withdrawCto(p: Platform, c: Caller, id: number, input: unknown): Promise<CtoView> {
  requireDesignator(c);
  const row = Number.isSafeInteger(id) && id > 0 ? await ctoQuery(p).where('t.id', '=', id).executeTakeFirst() : undefined;
  if (!row || !visibleRegions(c).includes(row.region)) throw notFound('该首席技术官认定');
  const i = (input ?? {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const reason = text(i.reason, 'reason', '撤销理由', 2, 200, errors);
  const today = todayString(p);
  const withdrawnOn = readDay(i.withdrawnOn);
  if (!withdrawnOn) errors.push({ path: 'withdrawnOn', message: '请填写撤销日期（年-月-日）' });
  else if (withdrawnOn > today) errors.push({ path: 'withdrawnOn', message: `撤销日期不能晚于今天（${today}）` });
  else if (withdrawnOn < row.designated_on) errors.push({ path: 'withdrawnOn', message: `撤销日期不能早于认定日期（${row.designated_on}）` });
  if (errors.length) throw badInput(errors);
  if (row.withdrawn_on) throw conflict(`该认定已于 ${row.withdrawn_on} 撤销`);
  await p.db.transaction().execute(async (trx) => {
    const done = await trx.updateTable('enterprise_ctos').set({ withdrawn_on: withdrawnOn, withdrawn_reason: reason }).where('id', '=', id).where('withdrawn_on', 'is', null).executeTakeFirst();
    if (!done.numUpdatedRows) throw conflict('该认定已被他人撤销，请刷新');
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'enterprise.cto_withdraw', entity: 'enterprise', entityId: row.enterprise_id, region: row.region, detail: { ctoId: id, withdrawnOn, reason } });
  });
  return view(await ctoQuery(p).where('t.id', '=', id).executeTakeFirstOrThrow());
}

/** The designations the caller may see: staff their regions' (filters: batch, region, enterpriseId), an enterprise's account its own; newest first. */
export async function listCtos(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<CtoView[]> {
  let q = ctoQuery(p);
  if (c.role === 'enterprise') {
    const own = await ownEnterprise(p.db, c);
    if (!own) return [];
    q = q.where('t.enterprise_id', '=', own.id);
  } else {
    if (!seesEnterprises(c)) throw notFound('首席技术官名单');
    const regions = visibleRegions(c);
    if (!regions.length) return [];
    q = q.where('t.region', 'in', regions);
    if (typeof query.region === 'string' && query.region) q = q.where('t.region', '=', query.region);
    const eid = Number(query.enterpriseId);
    if (Number.isSafeInteger(eid) && eid > 0) q = q.where('t.enterprise_id', '=', eid);
  }
  if (typeof query.batch === 'string' && query.batch) q = q.where('t.batch', '=', query.batch);
  return (await q.orderBy('t.designated_on', 'desc').orderBy('t.id', 'desc').limit(500).execute()).map(view);
}

/** The enterprise's designations (for its service page; the caller already sees the enterprise). */
export async function ctosOfEnterprise(p: Platform, enterpriseId: number): Promise<CtoView[]> {
  return (await ctoQuery(p).where('t.enterprise_id', '=', enterpriseId).orderBy('t.designated_on', 'desc').execute()).map(view);
}
