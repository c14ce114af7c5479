// Work items the text gives no figure for (建立…机制, 推进…建设) are tracked by dated milestones: the
// city talent office sets each milestone (what, by when) on an item; the item's lead unit marks it
// done with the day and a note; an item stands 正常 while no milestone is past its date undone,
// 滞后 when one is, 已完成 when all are done. Every change is audited; a milestone done stays done.
// Beside the milestones, what the platform itself records about the item (records.ts), for reference.

import { isValidDateString } from '@rencai/engine';
import { appendAudit } from '@rencai/store';
import { badInput, conflict, forbidden, isUnitRole, notFound, todayString, type Caller, type FieldError, type Platform } from '../shared/index.js';
import { displayNames } from '../accounts/index.js';
import { seesWorkList, unitName, workList } from './catalogue.js';
import { itemRecords } from './records.js';

export type ItemStatus = 'done' | 'on_track' | 'lagging' | 'no_plan';
export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = { done: '已完成', on_track: '正常', lagging: '滞后', no_plan: '未设节点' };

const itemOf = (no: string) => workList().tasks.flatMap((t) => t.items.map((i) => ({ task: t, item: i }))).find((x) => x.item.no === no);

function requireOffice(c: Caller): void {
  if (c.role !== 'admin' && !(c.role === 'clerk' && c.region === 'quzhou_city')) throw forbidden('只有市人才办可以设置推进节点');
}

/** Every work item with no figure in the text, its milestones and its status at `today`; a unit's staff see their own items only. */
export async function milestoneItems(p: Platform, c: Caller) {
  if (!seesWorkList(c)) throw notFound('工作清单');
  const today = todayString(p);
  const rows = await p.db.selectFrom('worklist_milestones').selectAll().orderBy('due_on').orderBy('id').execute();
  const names = await displayNames(p.db, rows.map((r) => r.done_by));
  const records = await itemRecords(p, c);
  const out = [];
  for (const task of workList().tasks) {
    for (const item of task.items) {
      if (item.targets.length) continue;
      if (isUnitRole(c) && item.lead[0] !== c.department) continue;
      const ms = rows.filter((r) => r.item_no === item.no);
      const overdue = ms.filter((m) => !m.done_on && m.due_on < today).length;
      const status: ItemStatus = !ms.length ? 'no_plan' : ms.every((m) => m.done_on) ? 'done' : overdue ? 'lagging' : 'on_track';
      out.push({
        itemNo: item.no,
        taskNo: task.no,
        taskTitle: task.title,
        text: item.text,
        leadUnit: item.lead[0]!,
        leadUnitName: unitName(item.lead[0]!),
        partners: item.partners.map(unitName),
        status,
        statusLabel: ITEM_STATUS_LABELS[status],
        overdue,
        records: records.get(item.no) ?? [],
        milestones: ms.map((m) => ({
          id: m.id,
          title: m.title,
          dueOn: m.due_on,
          doneOn: m.done_on,
          doneNote: m.done_note,
          doneBy: m.done_by ? (names.get(m.done_by) ?? null) : null,
          overdue: !m.done_on && m.due_on < today,
          late: !!m.done_on && m.done_on > m.due_on,
        })),
      });
    }
  }
  return { statusLabels: ITEM_STATUS_LABELS, items: out };
}

export async function addMilestone(p: Platform, c: Caller, itemNo: string, body: { title?: unknown; dueOn?: unknown }) {
  requireOffice(c);
  const found = itemOf(itemNo);
  if (!found) throw notFound('该工作事项');
  const errors: FieldError[] = [];
  const title = typeof body.title === 'string' ? body.title.trim() : '';
  if (!title) errors.push({ path: 'title', message: '请填写节点内容' });
  else if (title.length > 200) errors.push({ path: 'title', message: '节点内容不超过 200 字' });
  if (typeof body.dueOn !== 'string' || !isValidDateString(body.dueOn)) errors.push({ path: 'dueOn', message: '完成时限应为 YYYY-MM-DD 格式的日期' });
  if (errors.length) throw badInput(errors);
  return p.db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('worklist_milestones').values({ item_no: itemNo, title, due_on: body.dueOn as string, set_by: c.userId }).returning('id').executeTakeFirstOrThrow();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'worklist_milestone.add', entity: 'worklist_milestone', entityId: row.id, region: 'quzhou_city', detail: { itemNo, title, dueOn: body.dueOn } });
    return { id: row.id };
  });
}

/** The lead unit (its reporter or head) or the talent office marks a milestone done, with the day and what was done. */
export async function completeMilestone(p: Platform, c: Caller, id: number, body: { doneOn?: unknown; note?: unknown }) {
  if (!seesWorkList(c)) throw notFound('该推进节点');
  const m = Number.isSafeInteger(id) ? await p.db.selectFrom('worklist_milestones').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
  const item = m && itemOf(m.item_no);
  if (!m || !item || (isUnitRole(c) && item.item.lead[0] !== c.department)) throw notFound('该推进节点');
  if (!isUnitRole(c) && c.role !== 'admin' && !(c.role === 'clerk' && c.region === 'quzhou_city')) throw forbidden('只有牵头单位或市人才办可以标记节点完成');
  const errors: FieldError[] = [];
  const doneOn = body.doneOn === undefined || body.doneOn === '' ? todayString(p) : body.doneOn;
  if (typeof doneOn !== 'string' || !isValidDateString(doneOn)) errors.push({ path: 'doneOn', message: '完成日期应为 YYYY-MM-DD 格式的日期' });
  else if (doneOn > todayString(p)) errors.push({ path: 'doneOn', message: '完成日期不能晚于今天' });
  const note = typeof body.note === 'string' ? body.note.trim() : '';
  if (!note) errors.push({ path: 'note', message: '请说明完成情况' });
  if (errors.length) throw badInput(errors);
  await p.db.transaction().execute(async (trx) => {
    const done = await trx.updateTable('worklist_milestones').set({ done_on: doneOn as string, done_note: note.slice(0, 1000), done_by: c.userId }).where('id', '=', id).where('done_on', 'is', null).returning('id').executeTakeFirst();
    if (!done) throw conflict('该节点已标记完成');
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'worklist_milestone.done', entity: 'worklist_milestone', entityId: id, region: 'quzhou_city', detail: { itemNo: m.item_no, doneOn, note } });
  });
  return { id, doneOn };
}
