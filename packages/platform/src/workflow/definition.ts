// A workflow as data: its states (with labels, and whether the deadline clock runs in them), its
// actions (from which states to which, who may take them, their label), the deadline in working
// days, whom an overdue case escalates to, and what its holder is told at each step. The engine
// (engine.ts) runs any definition; each workflow brings its definition and the store of its own
// tables — its subjects and their history — so a second workflow is a new definition, not a new
// state machine.

import type { DB, Db, Role, Transaction } from '@rencai/store';
import type { NewMessage } from '../messages/index.js';

export type Trx = Transaction<DB>;

/** Who may take an action: a role of the caller, or the system itself (no caller: a scheduled job, a payment booked). */
export type Taker = Role | 'system';

/** What the engine needs of a subject (a row of the workflow's own table). */
export interface Subject {
  id: number;
  /** One of the definition's states. */
  state: string;
  /** Bumped by every change; a change made on a stale version is refused. */
  version: number;
  /** Recorded with the audit entries. */
  region: string | null;
  /** The promised deadline (YYYY-MM-DD) while the clock runs; null before it starts. */
  due_on: string | null;
}

export interface ActionSpec<S extends string> {
  from: readonly S[];
  to: S;
  takers: readonly Taker[];
  label: string;
  /** False when the action is audited elsewhere already (a payment booked is the ledger's audit entry). */
  audited?: boolean;
}

/** One entry of a subject's history. */
export interface WorkflowEvent {
  subjectId: number;
  action: string;
  from: string | null;
  to: string;
  actorId: number | null;
  reason: string | null;
}

/** What happened, for the holder's message: a move to another state, or a step that kept it. */
export interface Happened<S extends string> {
  kind: 'move' | 'step';
  action: string;
  to: S;
  reason: string | null;
}

/** The workflow's own tables, as its module reads and writes them. */
export interface WorkflowStore<S extends string, T extends Subject> {
  /** Writes a change of the subject (its state and other columns) if its version is still `subject.version`; the new row, else undefined. */
  update(trx: Trx, subject: T, change: Record<string, unknown>): Promise<T | undefined>;
  addEvent(trx: Trx, event: WorkflowEvent): Promise<void>;
  /** Subjects in one of `states` whose deadline is before `today` and that were not escalated yet. */
  overdue(db: Db, states: readonly S[], today: string): Promise<T[]>;
  /** Marks a subject escalated; false when that was done already (by another run). */
  markEscalated(trx: Trx, id: number): Promise<boolean>;
}

export interface WorkflowDefinition<S extends string, A extends string, T extends Subject> {
  /** Names the workflow in the audit log: actions `<name>.<action>`, entity `<name>`. */
  name: string;
  /** The subject in words, for refusals (e.g. 申报件). */
  noun: string;
  states: Record<S, { label: string; /** The promised deadline runs in this state. */ clock?: boolean }>;
  actions: Record<A, ActionSpec<S>>;
  /** Working days promised for a subject, counted from the day its clock starts. */
  workdays(subject: T): number;
  /** The messages telling the subject's holder what happened. */
  notify(subject: T, happened: Happened<S>): NewMessage[];
  /** An overdue subject: the reason recorded in its history, and the messages to those who oversee it. */
  escalation: {
    reason(subject: T): string;
    messages(trx: Trx, subject: T): Promise<NewMessage[]>;
  };
  store: WorkflowStore<S, T>;
}
