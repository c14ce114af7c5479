// The talent-apartment stock (人才公寓房源): each unit of a project in a region (county), its area,
// rooms, monthly rent (fen) and status — available (可配租), offered (已配租待入住), occupied (已入住),
// maintenance (维修中). Kept by the housing clerks: the talent office's clerks and the housing
// bureau's (住建局) reviewers, each within their regions; a unit outside them is not found (404),
// exactly as one that does not exist. Leaders may read.

import { formatYuan, yuanToFen } from '@rencai/engine';
import { REGIONS, regionName } from '@rencai/policies';
import { appendAudit, type ApartmentStatus, type ApartmentsTable, type DB, type Db, type Selectable, type Transaction } from '@rencai/store';
import { type Platform, type Caller, type FieldError, badInput, conflict, fieldError, forbidden, isUniqueViolation, notFound, visibleRegions } from '../shared/index.js';

export type ApartmentRow = Selectable<ApartmentsTable>;
type Q = Db | Transaction<DB>;

export const APARTMENT_STATUS_TEXT: Record<ApartmentStatus, string> = { available: '可配租', offered: '已配租（待入住）', occupied: '已入住', maintenance: '维修中' };

/** Who keeps the stock and allocates: the talent office's clerks and the housing bureau's reviewers. */
export const isHousingClerk = (c: Caller): boolean => c.role === 'clerk' || (c.role === 'reviewer' && c.department === 'housing');

export function requireHousingClerk(c: Caller): void {
  if (!isHousingClerk(c)) throw forbidden('只有人才办经办人员或住建局工作人员可以管理人才公寓');
}

export function requireHousingReader(c: Caller): void {
  if (!isHousingClerk(c) && c.role !== 'leader') throw forbidden('只有人才办、住建局工作人员和领导可以查看人才公寓房源');
}

const inScope = (c: Caller) => {
  const r = visibleRegions(c);
  return r.length ? r : ['-'];
};

export interface ApartmentView {
  id: number;
  region: string;
  regionName: string;
  project: string;
  unitNo: string;
  areaM2: string;
  areaText: string;
  rooms: number;
  rentFen: number;
  rentText: string;
  status: ApartmentStatus;
  statusText: string;
  version: number;
}

/** Area in square decimetres as square metres with two decimals. */
const areaM2 = (dm2: number) => `${Math.floor(dm2 / 100)}.${String(dm2 % 100).padStart(2, '0')}`;

export const apartmentView = (r: ApartmentRow): ApartmentView => ({
  id: r.id,
  region: r.region,
  regionName: regionName(r.region),
  project: r.project,
  unitNo: r.unit_no,
  areaM2: areaM2(r.area_dm2),
  areaText: `${areaM2(r.area_dm2)} ㎡`,
  rooms: r.rooms,
  rentFen: r.rent_fen,
  rentText: `${formatYuan(r.rent_fen)}/月`,
  status: r.status,
  statusText: APARTMENT_STATUS_TEXT[r.status],
  version: r.version,
});

/** A unit the caller may see; otherwise 404, as for one that does not exist. */
export async function loadApartment(p: Platform, c: Caller, id: number, db: Q = p.db): Promise<ApartmentRow> {
  requireHousingReader(c);
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound('该房源');
  const row = await db.selectFrom('apartments').selectAll().where('id', '=', id).where('region', 'in', inScope(c)).executeTakeFirst();
  if (!row) throw notFound('该房源（或无权查看）');
  return row;
}

/** The stock in the caller's regions, optionally of one status or region. */
export async function listApartments(p: Platform, c: Caller, q: { status?: unknown; region?: unknown } = {}): Promise<ApartmentView[]> {
  requireHousingReader(c);
  let sel = p.db.selectFrom('apartments').selectAll().where('region', 'in', inScope(c));
  if (q.status !== undefined && q.status !== '') {
    if (typeof q.status !== 'string' || !Object.hasOwn(APARTMENT_STATUS_TEXT, q.status)) throw fieldError('status', `房源状态应为：${Object.values(APARTMENT_STATUS_TEXT).join('、')}`);
    sel = sel.where('status', '=', q.status as ApartmentStatus);
  }
  if (q.region !== undefined && q.region !== '') sel = sel.where('region', '=', String(q.region));
  return (await sel.orderBy('region').orderBy('project').orderBy('unit_no').execute()).map(apartmentView);
}

/** The fields of a unit, checked; every problem named by its field. */
function readApartment(c: Caller, input: unknown): { region: string; project: string; unit_no: string; area_dm2: number; rooms: number; rent_fen: number } {
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const text = (k: string, label: string, max: number) => {
    const v = typeof i[k] === 'string' ? (i[k] as string).trim() : '';
    if (!v || v.length > max) errors.push({ path: k, message: `请填写${label}（1–${max} 个字）` });
    return v;
  };
  const region = typeof i.region === 'string' ? i.region : '';
  if (!REGIONS.some((r) => r.code === region)) errors.push({ path: 'region', message: '请选择房源所在的县（市、区）' });
  else if (!visibleRegions(c).includes(region)) errors.push({ path: 'region', message: '只能登记本人管辖地区的房源' });
  const project = text('project', '项目及楼栋', 100);
  const unitNo = text('unitNo', '房号', 40);
  let area = 0;
  try {
    area = yuanToFen(i.areaM2 as string | number);
  } catch {
    area = 0;
  }
  if (area < 500 || area > 100000) errors.push({ path: 'areaM2', message: '建筑面积应为 5–1000 平方米的数字（最多两位小数）' });
  const rooms = Number(i.rooms);
  if (!Number.isInteger(rooms) || rooms < 1 || rooms > 9) errors.push({ path: 'rooms', message: '居室数应为 1–9 的整数' });
  let rent = -1;
  try {
    rent = yuanToFen(i.rent as string | number);
  } catch {
    rent = -1;
  }
  if (rent < 0 || rent > 10_000_000) errors.push({ path: 'rent', message: '月租金应为 0–100000 元的金额（最多两位小数）' });
  if (errors.length) throw badInput(errors);
  return { region, project, unit_no: unitNo, area_dm2: area, rooms, rent_fen: rent };
}

/** Registers a unit (available); a unit already registered in the same region and project is a 409 naming the unit number. */
export async function createApartment(p: Platform, c: Caller, input: unknown): Promise<ApartmentView> {
  requireHousingClerk(c);
  const v = readApartment(c, input);
  try {
    return await p.db.transaction().execute(async (trx) => {
      const row = await trx.insertInto('apartments').values({ ...v, created_by: c.userId }).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'apartment.create', entity: 'apartment', entityId: row.id, region: row.region, detail: { project: row.project, unitNo: row.unit_no } });
      return apartmentView(row);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw badInput([{ path: 'unitNo', message: `「${v.project}」已登记房号 ${v.unit_no}` }]);
    throw e;
  }
}

/** Takes a unit out for maintenance or puts it back (only a unit no one is offered or living in). */
export async function setApartmentStatus(p: Platform, c: Caller, id: number, input: { status?: unknown; reason?: unknown }): Promise<ApartmentView> {
  requireHousingClerk(c);
  const to = input.status;
  if (to !== 'available' && to !== 'maintenance') throw fieldError('status', '只能设为“可配租”或“维修中”（配租和入住通过配租办理）');
  return p.db.transaction().execute(async (trx) => {
    const unit = await loadApartment(p, c, id, trx);
    if (unit.status === to) return apartmentView(unit);
    if (unit.status !== 'available' && unit.status !== 'maintenance') throw conflict(`该房源${APARTMENT_STATUS_TEXT[unit.status]}，不能改为${APARTMENT_STATUS_TEXT[to]}`);
    const row = await trx.updateTable('apartments').set({ status: to, version: unit.version + 1, updated_at: new Date() }).where('id', '=', unit.id).where('version', '=', unit.version).returningAll().executeTakeFirst();
    if (!row) throw conflict('房源已被他人修改，请刷新后再试');
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'apartment.status', entity: 'apartment', entityId: unit.id, region: unit.region, detail: { from: unit.status, to, reason: typeof input.reason === 'string' ? input.reason.slice(0, 200) : null } });
    return apartmentView(row);
  });
}
