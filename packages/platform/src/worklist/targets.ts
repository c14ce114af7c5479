// Changing what a target asks: the talent office's administrator changes a target's value, or sets
// its split among counties (分解到县), each with a reason; nothing is overwritten — every change is a
// new row, the latest in force, the history shown with the target and recorded in the audit chain.

import { appendAudit } from '@rencai/store';
import { badInput, forbidden, notFound, type Caller, type FieldError, type Platform } from '../shared/index.js';
import { counties, targetEntry } from './catalogue.js';
import { readFigure, toCenti } from './reports.js';

function requireAdmin(c: Caller): void {
  if (c.role !== 'admin' && !(c.role === 'clerk' && c.region === 'quzhou_city')) throw forbidden('只有市人才办可以调整目标');
}

const reasonOf = (raw: unknown, errors: FieldError[]): string => {
  const r = typeof raw === 'string' ? raw.trim() : '';
  if (!r) errors.push({ path: 'reason', message: '调整目标须说明理由（如：市委人才工作领导小组会议纪要文号）' });
  else if (r.length > 500) errors.push({ path: 'reason', message: '理由不超过 500 字' });
  return r;
};

export async function changeTargetValue(p: Platform, c: Caller, id: string, body: { value?: unknown; reason?: unknown }) {
  requireAdmin(c);
  const e = targetEntry(id);
  if (!e) throw notFound('该指标');
  const errors: FieldError[] = [];
  const reason = reasonOf(body.reason, errors);
  let value = 0;
  try {
    value = readFigure(e.target.measure, body.value, undefined);
    if (value <= 0) errors.push({ path: 'value', message: '目标值应大于 0' });
  } catch (err) {
    errors.push(...((err as { errors?: FieldError[] }).errors ?? [{ path: 'value', message: '请填写目标值' }]));
  }
  if (errors.length) throw badInput(errors);
  await p.db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('worklist_target_values').values({ target_id: id, value_centi: toCenti(value), reason, changed_by: c.userId }).returning('id').executeTakeFirstOrThrow();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'worklist_target.change', entity: 'worklist_target', entityId: row.id, region: 'quzhou_city', detail: { targetId: id, value, reason } });
  });
  return { targetId: id, value };
}

/** Sets the split of a target among counties: { region: value } (0 removes a county), with a reason. */
export async function setTargetSplit(p: Platform, c: Caller, id: string, body: { split?: unknown; reason?: unknown }) {
  requireAdmin(c);
  const e = targetEntry(id);
  if (!e) throw notFound('该指标');
  const errors: FieldError[] = [];
  const reason = reasonOf(body.reason, errors);
  if (e.target.measure === 'percent') errors.push({ path: 'split', message: '比例类目标不分解到县' });
  const raw = body.split && typeof body.split === 'object' && !Array.isArray(body.split) ? (body.split as Record<string, unknown>) : null;
  if (!raw || !Object.keys(raw).length) errors.push({ path: 'split', message: '请填写各县（市、区）的分解数' });
  const parts: Array<[string, number]> = [];
  for (const [region, v] of Object.entries(raw ?? {})) {
    if (!counties().includes(region)) {
      errors.push({ path: `split.${region}`, message: '不是本市的县（市、区）' });
      continue;
    }
    try {
      parts.push([region, readFigure(e.target.measure, v, undefined, `split.${region}`)]);
    } catch (err) {
      errors.push(...((err as { errors?: FieldError[] }).errors ?? []));
    }
  }
  if (errors.length) throw badInput(errors);
  await p.db.transaction().execute(async (trx) => {
    for (const [region, value] of parts) {
      const row = await trx.insertInto('worklist_splits').values({ target_id: id, region, value_centi: toCenti(value), reason, set_by: c.userId }).returning('id').executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'worklist_target.split', entity: 'worklist_target', entityId: row.id, region, detail: { targetId: id, value, reason } });
    }
  });
  return { targetId: id, split: Object.fromEntries(parts) };
}
