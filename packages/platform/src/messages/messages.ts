// In-app messages: one at every step of an application (to the applicant) and the overdue
// escalations (to leaders), changes of a receiving account, revoked recognitions, official values.
// Every module sends through `sendMessages`. A caller reads only their own — a talent the person's,
// an employer's HR the organisation's, staff their account's — and marks them read, one by one or
// all at once.

import type { DB, Db, Transaction } from '@rencai/store';
import { type Platform, type Caller, fieldError } from '../shared/index.js';

const MAX_IDS = 200;

/** A message to send: to a person (their talent account), an employer (its HR) or a staff account, about an application or not. */
export interface NewMessage {
  personId?: number | null;
  employerId?: number | null;
  userId?: number;
  applicationId?: number | null;
  text: string;
}

/** Sends messages inside the caller's transaction (or on their own). */
export async function sendMessages(db: Db | Transaction<DB>, messages: NewMessage[]): Promise<void> {
  if (!messages.length) return;
  await db
    .insertInto('messages')
    .values(messages.map((m) => ({ person_id: m.personId ?? null, employer_id: m.employerId ?? null, user_id: m.userId ?? null, application_id: m.applicationId ?? null, text: m.text })))
    .execute();
}

/** The caller's messages, as a query on the messages table. */
function mine(db: Db, c: Caller) {
  const q = db.selectFrom('messages');
  if (c.role === 'talent') return q.where('person_id', '=', c.personId ?? -1).where('employer_id', 'is', null);
  if (c.role === 'employer') return q.where('employer_id', '=', c.employerId ?? -1);
  return q.where('user_id', '=', c.userId);
}

export async function listMessages(p: Platform, c: Caller) {
  const rows = await mine(p.db, c).selectAll().orderBy('id', 'desc').limit(200).execute();
  return rows.map((m) => ({ id: m.id, applicationId: m.application_id, text: m.text, createdAt: m.created_at.toISOString(), read: m.read_at !== null }));
}

/**
 * Marks the caller's messages read: those in `ids` (numbers), or all of them when `ids` is absent.
 * Ids that are not the caller's are ignored (not an error, and not revealed). Returns how many changed.
 */
export async function markMessagesRead(p: Platform, c: Caller, ids: unknown): Promise<{ marked: number }> {
  if (ids !== undefined) {
    if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_IDS) throw fieldError('ids', `应为 1 至 ${MAX_IDS} 个消息编号组成的数组；不传则全部标为已读`);
    const bad = ids.findIndex((x) => !Number.isSafeInteger(x) || (x as number) < 1);
    if (bad >= 0) throw fieldError(`ids[${bad}]`, '消息编号应为正整数');
  }
  const own = mine(p.db, c).select('id').where('read_at', 'is', null);
  const target = ids === undefined ? own : own.where('id', 'in', ids as number[]);
  const r = await p.db.updateTable('messages').set({ read_at: new Date() }).where('id', 'in', target).executeTakeFirst();
  return { marked: Number(r.numUpdatedRows) };
}
