// Row types of the work list's tables (migration 009): units' reports against the targets, their
// history and evidence, target changes, county splits and the notices sent.

import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type WorklistReportState = 'draft' | 'submitted' | 'signed' | 'returned' | 'accepted' | 'superseded';

export interface WorklistReportsTable {
  id: Generated<number>;
  target_id: string;
  unit: string;
  region: string;
  period: string;
  revision: ColumnType<number, number | undefined, number>;
  /** The figure × 100 (whole hundredths); null while a draft has none. */
  value_centi: number | null;
  narrative: ColumnType<string, string | undefined, string>;
  state: ColumnType<WorklistReportState, WorklistReportState | undefined, WorklistReportState>;
  version: ColumnType<number, number | undefined, number>;
  due_on: string | null;
  correction_reason: string | null;
  return_reason: string | null;
  returned_once: ColumnType<boolean, boolean | undefined, boolean>;
  escalated_at: Date | null;
  created_by: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  accepted_at: Date | null;
}

export interface WorklistReportEventsTable {
  id: Generated<number>;
  report_id: number;
  action: string;
  from_state: string | null;
  to_state: string;
  actor_id: number | null;
  reason: string | null;
  created_at: Timestamp;
}

export interface WorklistReportFilesTable {
  id: Generated<number>;
  report_id: number;
  sha256: string;
  mime: string;
  size: number;
  name: string;
  added_by: number;
  added_at: Timestamp;
}

export interface WorklistTargetValuesTable {
  id: Generated<number>;
  target_id: string;
  value_centi: number;
  reason: string;
  changed_by: number;
  changed_at: Timestamp;
}

export interface WorklistSplitsTable {
  id: Generated<number>;
  target_id: string;
  region: string;
  value_centi: number;
  reason: string;
  set_by: number;
  set_at: Timestamp;
}

export interface WorklistNoticesTable {
  kind: 'reminder' | 'overdue';
  target_id: string;
  unit: string;
  region: string;
  period: string;
  sent_at: Timestamp;
}

export interface WorklistMilestonesTable {
  id: Generated<number>;
  item_no: string;
  title: string;
  due_on: string;
  done_on: string | null;
  done_note: string | null;
  done_by: number | null;
  set_by: number;
  created_at: Timestamp;
}
