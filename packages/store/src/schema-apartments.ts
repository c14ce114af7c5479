// Row types of the talent apartments' tables (migration 015): the stock, the waiting list and the tenancies.

import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type ApartmentStatus = 'available' | 'offered' | 'occupied' | 'maintenance';
export type WaitlistStatus = 'waiting' | 'offered' | 'housed' | 'removed' | 'left';
export type TenancyStatus = 'offered' | 'declined' | 'accepted' | 'active' | 'ended';
export type TenancyEndKind = 'purchase' | 'resigned' | 'expired' | 'other';

export interface ApartmentsTable {
  id: Generated<number>;
  region: string;
  /** 项目及楼栋，如“衢州未来社区人才公寓 3 幢”. */
  project: string;
  unit_no: string;
  /** Area in square decimetres (1 ㎡ = 100 dm²), exact. */
  area_dm2: number;
  rooms: number;
  rent_fen: number;
  status: ColumnType<ApartmentStatus, ApartmentStatus | undefined, ApartmentStatus>;
  version: ColumnType<number, number | undefined, number>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ApartmentWaitlistTable {
  id: Generated<number>;
  application_id: number;
  person_id: number;
  region: string;
  /** Lower first: 0–5 the art. 20 level, 6 the others (see apartments/waitlist.ts). */
  priority: number;
  priority_label: string;
  approved_on: string;
  status: ColumnType<WaitlistStatus, WaitlistStatus | undefined, WaitlistStatus>;
  declines: ColumnType<number, number | undefined, number>;
  end_reason: string | null;
  created_at: Timestamp;
}

export interface ApartmentTenanciesTable {
  id: Generated<number>;
  apartment_id: number;
  waitlist_id: number;
  person_id: number;
  region: string;
  status: ColumnType<TenancyStatus, TenancyStatus | undefined, TenancyStatus>;
  offered_by: number;
  offered_at: Timestamp;
  out_of_order_reason: string | null;
  answered_at: Date | null;
  decline_reason: string | null;
  move_in: string | null;
  ended_on: string | null;
  end_kind: TenancyEndKind | null;
  end_note: string | null;
  version: ColumnType<number, number | undefined, number>;
}
