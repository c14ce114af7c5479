// Row types of the events tables (migration 029): recruitment events and talent activities, their
// series with a host rota (轮值), recruitment posts, registrations with check-in and feedback, and
// interview and offer outcomes.

import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type EventKind = 'special_fair' | 'cloud_fair' | 'night_fair' | 'campus_drive' | 'campus_tour' | 'talent_day' | 'salon' | 'forum' | 'study_class' | 'mixer';
export type EventState = 'draft' | 'published' | 'ended' | 'cancelled';
export type EventOutcomeResult = 'interview' | 'offer' | 'rejected';

export interface EventSeriesTable {
  id: Generated<number>;
  region: string;
  kind: EventKind;
  title: string;
  hosts: string[];
  created_by: number;
  created_at: Timestamp;
}

export interface EventsTable {
  id: Generated<number>;
  region: string;
  kind: EventKind;
  title: string;
  series_id: number | null;
  host: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  place: ColumnType<string, string | undefined, string>;
  online_url: ColumnType<string, string | undefined, string>;
  capacity: number;
  deadline: Timestamp;
  audience: ColumnType<string, string | undefined, string>;
  state: ColumnType<EventState, EventState | undefined, EventState>;
  cancel_reason: string | null;
  created_by: number;
  request_id: string;
  created_at: Timestamp;
}

export interface EventPostsTable {
  id: Generated<number>;
  event_id: number;
  enterprise_id: number;
  demand_id: number;
  enterprise_name: string;
  post: string;
  headcount: number;
  detail: ColumnType<string, string | undefined, string>;
}

export interface EventRegistrationsTable {
  id: Generated<number>;
  event_id: number;
  user_id: number | null;
  person_id: number | null;
  name: string;
  id_hash: string;
  id_enc: string;
  id_masked: string;
  phone_enc: string | null;
  phone_masked: string | null;
  school: ColumnType<string, string | undefined, string>;
  major: ColumnType<string, string | undefined, string>;
  graduation_year: number | null;
  token: string;
  created_at: Timestamp;
  checked_in_at: Date | null;
  checked_in_by: number | null;
  check_in_way: 'scan' | 'manual' | null;
  rating: number | null;
  comment: string | null;
  feedback_at: Date | null;
}

export interface EventOutcomesTable {
  id: Generated<number>;
  registration_id: number;
  enterprise_name: string;
  post: string;
  result: EventOutcomeResult;
  on_day: string;
  recorded_by: number;
  created_at: Timestamp;
}
