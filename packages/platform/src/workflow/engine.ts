// The workflow engine: runs any definition (definition.ts). A move checks that the caller may take
// the action and that it leads from the subject's state, writes the new state on the version the
// caller read (a stale or repeated move is a 409, never applied twice), records it in the subject's
// history, audits it and tells the holder — all in the caller's transaction. Deadlines are counted
// in working days on the calendar, the clock running only in the states the definition marks; a
// subject past its deadline is escalated once, to those the definition names.

import { formatDay, parseDay, type Day } from '@rencai/engine';
import type { WorkCalendar } from '@rencai/domain';
import { appendAudit } from '@rencai/store';
import { conflict, forbidden, ROLE_LABELS, todayString, type Caller, type Platform } from '../shared/index.js';
import { sendMessages } from '../messages/index.js';
import type { Subject, Trx, WorkflowDefinition, WorkflowEvent } from './definition.js';

// A definition of any states, actions and subject (each workflow's own types are checked where it is defined).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDefinition<T extends Subject> = WorkflowDefinition<any, any, T>;

/** Whether `action` leads from `state`: the state it leads to, or the refusal in words. */
export function check<T extends Subject>(def: AnyDefinition<T>, state: string, action: string): { ok: true; to: string } | { ok: false; reason: string } {
  const a = def.actions[action];
  if (!a) return { ok: false, reason: `未知的办理步骤：${action}` };
  if (!(a.from as readonly string[]).includes(state)) return { ok: false, reason: `${def.noun}当前状态为「${def.states[state]?.label ?? state}」，不能${a.label}` };
  return { ok: true, to: a.to };
}

/** Whether the caller (null: the system) may take the action. */
export function mayTake<T extends Subject>(def: AnyDefinition<T>, action: string, c: Caller | null): boolean {
  const takers = (def.actions[action]?.takers ?? []) as readonly string[];
  return takers.includes(c ? c.role : 'system');
}

const actorOf = (c: Caller | null) => ({ actorId: c?.userId ?? null, actorRole: c?.role ?? 'system' });

/**
 * Moves a subject one step: refuses (403) an action the caller may not take, (409) one that does
 * not lead from its state or a version someone else changed meanwhile; writes `patch` with the new
 * state, records the event, audits it (unless the action is audited elsewhere) and tells the holder.
 */
export async function move<T extends Subject>(trx: Trx, def: AnyDefinition<T>, c: Caller | null, subject: T, action: string, reason: string | null, patch: Record<string, unknown> = {}): Promise<T> {
  if (!mayTake(def, action, c)) throw forbidden(`${c ? ROLE_LABELS[c.role] : '系统'}不能${def.actions[action]?.label ?? action}`);
  const t = check(def, subject.state, action);
  if (!t.ok) throw conflict(t.reason);
  const row = await def.store.update(trx, subject, { ...patch, state: t.to });
  if (!row) throw conflict(`${def.noun}已被他人处理，请刷新后再操作`);
  await def.store.addEvent(trx, { subjectId: subject.id, action, from: subject.state, to: t.to, actorId: c?.userId ?? null, reason });
  if (def.actions[action]!.audited !== false) {
    await appendAudit(trx, { ...actorOf(c), action: `${def.name}.${action}`, entity: def.name, entityId: subject.id, region: subject.region, detail: { from: subject.state, to: t.to, reason } });
  }
  await sendMessages(trx, def.notify(subject, { kind: 'move', action, to: t.to, reason }));
  return row;
}

/** A step that keeps the state (a later decision, closing open rules): the same checks of the version, event, audit and message. */
export async function step<T extends Subject>(trx: Trx, def: AnyDefinition<T>, c: Caller, subject: T, action: string, reason: string, patch: Record<string, unknown>): Promise<T> {
  const row = await def.store.update(trx, subject, patch);
  if (!row) throw conflict(`${def.noun}已被他人处理，请刷新后再操作`);
  await def.store.addEvent(trx, { subjectId: subject.id, action, from: subject.state, to: subject.state, actorId: c.userId, reason });
  await appendAudit(trx, { ...actorOf(c), action: `${def.name}.${action}`, entity: def.name, entityId: subject.id, region: subject.region, detail: { reason } });
  await sendMessages(trx, def.notify(subject, { kind: 'step', action, to: subject.state, reason }));
  return row;
}

/** Records an event that is neither a move nor a step (the subject created, an opinion given, an amount adjusted). */
export async function record<T extends Subject>(trx: Trx, def: AnyDefinition<T>, event: WorkflowEvent): Promise<void> {
  await def.store.addEvent(trx, event);
}

/** The deadline: `workdays` working days after `from` (YYYY-MM-DD) on the calendar. */
export function dueOn(calendar: WorkCalendar, from: string | Day, workdays: number): string {
  return formatDay(calendar.addWorkdays(typeof from === 'string' ? parseDay(from) : from, workdays));
}

/** The states in which the deadline runs. */
export function clockStates<T extends Subject>(def: AnyDefinition<T>): string[] {
  return Object.keys(def.states).filter((s) => def.states[s]?.clock);
}

/** Where a subject stands against its deadline today: whether the clock runs, the working days left (negative when late), overdue. */
export function clock<T extends Subject>(def: AnyDefinition<T>, calendar: WorkCalendar, today: Day, subject: Pick<T, 'state' | 'due_on'>): { running: boolean; workdaysLeft: number | null; overdue: boolean } {
  const running = !!def.states[subject.state]?.clock && !!subject.due_on;
  const due = subject.due_on ? parseDay(subject.due_on) : null;
  const workdaysLeft = running && due !== null ? (due >= today ? calendar.workdaysBetween(today, due) : -calendar.workdaysBetween(due, today)) : null;
  return { running, workdaysLeft, overdue: running && due !== null && due < today };
}

/** Escalates every subject past its deadline (once each): recorded, messaged to those who oversee it, audited. Returns how many were late. */
export async function escalateOverdue<T extends Subject>(p: Platform, def: AnyDefinition<T>): Promise<number> {
  const late = await def.store.overdue(p.db, clockStates(def), todayString(p));
  for (const s of late) {
    await p.db.transaction().execute(async (trx) => {
      if (!(await def.store.markEscalated(trx, s.id))) return;
      await def.store.addEvent(trx, { subjectId: s.id, action: 'escalate', from: s.state, to: s.state, actorId: null, reason: def.escalation.reason(s) });
      await sendMessages(trx, await def.escalation.messages(trx, s));
      await appendAudit(trx, { actorId: null, actorRole: 'system', action: `${def.name}.escalate`, entity: def.name, entityId: s.id, region: s.region, detail: { dueOn: s.due_on } });
    });
  }
  return late.length;
}
