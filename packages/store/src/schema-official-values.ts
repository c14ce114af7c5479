// Row type of the official values table (migration 008): dated parameter values entered by one
// official and confirmed by another, never overwritten.

import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string | undefined, string>;

export type OfficialValueState = 'proposed' | 'confirmed' | 'rejected' | 'superseded';

export interface OfficialValuesTable {
  id: Generated<number>;
  policy: string;
  path: string;
  from_day: string;
  /** In the parameter's engine unit (fen for money). */
  value: Json<string | number | boolean>;
  /** {doc, article?, text, source? (URL)} as the engine's Reference. */
  reference: Json<{ doc: string; article?: string; text: string; source?: string }>;
  state: ColumnType<OfficialValueState, OfficialValueState | undefined, OfficialValueState>;
  proposed_by: number;
  proposed_at: Timestamp;
  decided_by: number | null;
  decided_at: Date | null;
  reject_reason: string | null;
  /** The affected decisions the confirming official was shown. */
  impact: Json<unknown> | null;
  generation: number | null;
  superseded_by: number | null;
  superseded_generation: number | null;
  superseded_at: Date | null;
}
