// The store most workflows need: the subjects' own table (state, version, updated_at, due_on and a
// column stamped when an overdue subject is escalated) and its history table (one row per event,
// pointing at the subject). A workflow whose tables are shaped so names them; others write their own.

import type { DB } from '@rencai/store';
import type { Subject, WorkflowStore } from './definition.js';

export interface TableStoreSpec {
  /** The subjects' table. */
  table: keyof DB & string;
  /** The history table, and its column naming the subject. */
  events: keyof DB & string;
  subjectColumn: string;
  /** The time the subject was escalated (null until then). */
  escalatedColumn: string;
}

export function tableStore<S extends string, T extends Subject>(spec: TableStoreSpec): WorkflowStore<S, T> {
  // Kysely types a query by its table's literal name; here the name is the caller's, checked against
  // the schema's tables by TableStoreSpec, so the builder is used untyped.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Untyped = any;
  const table = spec.table as Untyped;
  const escalated = spec.escalatedColumn as Untyped;
  return {
    update: (trx, subject, change) =>
      (trx as Untyped)
        .updateTable(table)
        .set({ ...change, version: subject.version + 1, updated_at: new Date() })
        .where('id', '=', subject.id)
        .where('version', '=', subject.version)
        .returningAll()
        .executeTakeFirst() as Promise<T | undefined>,
    async addEvent(trx, e) {
      await (trx as Untyped)
        .insertInto(spec.events)
        .values({ [spec.subjectColumn]: e.subjectId, action: e.action, from_state: e.from, to_state: e.to, actor_id: e.actorId, reason: e.reason })
        .execute();
    },
    overdue: (db, states, today) =>
      (db as Untyped).selectFrom(table).selectAll().where('state', 'in', [...states]).where('due_on', '<', today).where(escalated, 'is', null).execute() as Promise<T[]>,
    async markEscalated(trx, id) {
      return !!(await (trx as Untyped).updateTable(table).set({ [spec.escalatedColumn]: new Date() }).where('id', '=', id).where(escalated, 'is', null).returning('id').executeTakeFirst());
    },
  };
}
